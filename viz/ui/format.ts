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

/**
 * Whether a metric reads as a percentage: every share and level (0–1) and annualised turnover. One convention for both
 * pages: morale is "61%" on the trainer's charts and on the compare page alike, never 0.61 on one of them.
 */
export function isPercent(key: MetricKey): boolean {
  const kind = METRIC_SPECS.get(key)?.kind;
  return kind === 'share' || kind === 'level' || key === 'turnover_annualised';
}

/** The unit a difference of the metric is written in: percentage points for percentages ("+3.1 pts"). */
export function differenceUnit(key: MetricKey): string {
  return isPercent(key) ? 'pts' : '';
}

/**
 * Decimals a value of the metric is printed with (of the percentage, for a percentage): whole percentages, one decimal
 * below 10%; differences of percentages to a tenth of a point; counts whole (one decimal for a mean); other rates to two
 * decimals (three for a difference).
 */
export function printedDecimals(key: MetricKey, value: number, difference = false): number {
  if (isPercent(key)) return difference || Math.abs(value) < 0.1 ? 1 : 0;
  if (METRIC_SPECS.get(key)?.kind === 'count') return Number.isInteger(value) ? 0 : 1;
  return difference ? 3 : 2;
}

/** The number as printed (a percentage in percent), e.g. 0.0004 morale → 0 at one decimal of a point. */
export function printedValue(key: MetricKey, value: number, decimals: number): number {
  const scaled = isPercent(key) ? value * 100 : value;
  return Number(scaled.toFixed(decimals));
}

function printed(key: MetricKey, value: number, decimals: number, signed: boolean): string {
  const shown = printedValue(key, value, decimals);
  // A value that prints as zero is written without a sign ("0.0", not "+0.0" or "-0.0").
  const sign = signed && shown > 0 ? '+' : '';
  return `${sign}${(shown === 0 ? 0 : shown).toFixed(decimals)}`;
}

/** A metric value for people: "62%", "0.71", "12"; `signed` for differences ("+3.1 pts" for a difference of percentages). */
export function formatMetric(key: MetricKey, value: number, signed = false): string {
  if (!Number.isFinite(value)) return '–';
  const text = printed(key, value, printedDecimals(key, value, signed), signed);
  if (!isPercent(key)) return text;
  return signed ? `${text} pts` : `${text}%`;
}

/**
 * A difference with its interval as printed: "+3.1 pts (+1.0 to +5.2)". Decimals are added (at most three more) while
 * a difference that is not zero would print as zero, so a small effect is never shown as "+0.0 (+0.0 to +0.0)"; `excludesZero`
 * says whether the interval lies on one side of zero *as printed* (an end that prints as 0 does not).
 */
export function formatDifference(key: MetricKey, mean: number, ci: readonly [number, number]): { text: string; excludesZero: boolean } {
  if (!Number.isFinite(mean)) return { text: '–', excludesZero: false };
  const base = isPercent(key) ? 1 : METRIC_SPECS.get(key)?.kind === 'count' ? 1 : 3;
  let decimals = base;
  while (mean !== 0 && printedValue(key, mean, decimals) === 0 && decimals < base + 3) decimals++;
  const unit = isPercent(key) ? ' pts' : '';
  const hasCi = Number.isFinite(ci[0]) && Number.isFinite(ci[1]);
  const interval = hasCi ? ` (${printed(key, ci[0], decimals, true)} to ${printed(key, ci[1], decimals, true)})` : '';
  const excludesZero = hasCi && (printedValue(key, ci[0], decimals) > 0 || printedValue(key, ci[1], decimals) < 0);
  return { text: `${printed(key, mean, decimals, true)}${unit}${interval}`, excludesZero };
}

/** Tick format for a metric's axis; with the axis's domain, percentages get the decimals a narrow (zoomed) axis needs. */
export function axisFormat(key: MetricKey, domain?: readonly [number, number]): (value: number) => string {
  if (!isPercent(key)) return (v) => String(Number(v.toPrecision(3)));
  const span = domain ? Math.abs(domain[1] - domain[0]) * 100 : 100;
  const decimals = span >= 8 ? 0 : span >= 0.8 ? 1 : 2;
  return (v) => `${(Math.abs(v) < 1e-12 ? 0 : v * 100).toFixed(decimals)}%`;
}
