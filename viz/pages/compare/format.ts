/** Number formats for metrics, by kind (shares and annualised turnover as percentages). */
import { METRICS, type MetricKey } from '../../../sim/metrics.ts';

const SPEC = new Map<string, (typeof METRICS)[number]>(METRICS.map((m) => [m.key, m]));

export function metricLabel(key: MetricKey): string {
  return SPEC.get(key)?.label ?? key;
}

/** Whether a metric reads best as a percentage. */
export function isPercent(key: MetricKey): boolean {
  return SPEC.get(key)?.kind === 'share' || key === 'turnover_annualised';
}

/** A metric value for people: "62%", "0.71", "12". */
export function formatMetric(key: MetricKey, value: number, signed = false): string {
  if (!Number.isFinite(value)) return '–';
  const sign = signed && value > 0 ? '+' : '';
  if (isPercent(key)) return `${sign}${(value * 100).toFixed(Math.abs(value) < 0.1 ? 1 : 0)}%`;
  if (SPEC.get(key)?.kind === 'count') return `${sign}${Number.isInteger(value) ? value : value.toFixed(1)}`;
  // Differences of levels are often small: one more decimal keeps them from rounding to the same number.
  return `${sign}${value.toFixed(signed ? 3 : 2)}`;
}

/** Tick format for a metric's axis. */
export function axisFormat(key: MetricKey): (value: number) => string {
  return isPercent(key) ? (v) => `${Math.round(v * 100)}%` : (v) => String(Number(v.toPrecision(3)));
}
