/** Display formatting and the shared colour scale (formatting only: no model quantity is computed here). */
import { METRICS, type MetricKey } from '../../sim/metrics.ts';
import { scaleSequential } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';

/** Morale colour: viridis, readable by people with the common colour-vision deficiencies and in greyscale. */
export const moraleColour = scaleSequential(interpolateViridis).domain([0, 1]).clamp(true);

/** A 0–1 level as a percentage, e.g. 0.634 → "63%". */
export function percent(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value * 100)}%` : '–';
}

/** A number with at most `digits` decimals, without trailing zeros. */
export function decimal(value: number, digits = 2): string {
  return Number.isFinite(value) ? String(Number(value.toFixed(digits))) : '–';
}

/** A reciprocity style's key (from the run's style list) in words. */
export function styleName(styleKey: string | undefined): string {
  const names: Record<string, string> = { giver: 'giver', matcher: 'matcher', taker: 'taker', reputation: 'reputation-minded' };
  return names[styleKey ?? ''] ?? 'unknown style';
}

/** Tenure in weeks as words: "3 weeks", "1 year 4 weeks". */
export function tenure(weeks: number): string {
  const years = Math.floor(weeks / 52);
  const rest = weeks % 52;
  const y = years > 0 ? `${years} year${years === 1 ? '' : 's'}` : '';
  const w = rest > 0 || years === 0 ? `${rest} week${rest === 1 ? '' : 's'}` : '';
  return [y, w].filter(Boolean).join(' ');
}

const METRIC_SPECS = new Map<string, (typeof METRICS)[number]>(METRICS.map((m) => [m.key, m]));

/** A metric's name for people. */
export function metricLabel(key: MetricKey): string {
  return METRIC_SPECS.get(key)?.label ?? key;
}

/** Whether a metric reads best as a percentage (shares, and annualised turnover). */
export function isPercent(key: MetricKey): boolean {
  return METRIC_SPECS.get(key)?.kind === 'share' || key === 'turnover_annualised';
}

/** A metric value for people: "62%", "0.71", "12"; `signed` for differences ("+3.1%"). */
export function formatMetric(key: MetricKey, value: number, signed = false): string {
  if (!Number.isFinite(value)) return '–';
  const sign = signed && value > 0 ? '+' : '';
  if (isPercent(key)) return `${sign}${(value * 100).toFixed(Math.abs(value) < 0.1 ? 1 : 0)}%`;
  if (METRIC_SPECS.get(key)?.kind === 'count') return `${sign}${Number.isInteger(value) ? value : value.toFixed(1)}`;
  // Differences of levels are often small: one more decimal keeps them from rounding to the same number.
  return `${sign}${value.toFixed(signed ? 3 : 2)}`;
}

/** Tick format for a metric's axis. */
export function axisFormat(key: MetricKey): (value: number) => string {
  return isPercent(key) ? (v) => `${Math.round(v * 100)}%` : (v) => String(Number(v.toPrecision(3)));
}
