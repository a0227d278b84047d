/**
 * One axis convention for both pages: a share or a level (morale, trust, the
 * burnout share) is drawn on 0–100% unless the trainer zooms in; any other
 * metric on the range its values span, never beyond the range it can take
 * (annualised turnover and counts never below 0).
 */
import { METRICS, type MetricKey, type MetricSpec } from '../../sim/metrics.ts';
import { sharedDomain } from './week-chart.ts';

const SPECS = new Map<string, MetricSpec>(METRICS.map((m) => [m.key, m]));

/** Whether the metric is drawn on the whole 0–100% scale unless zoomed (its values lie in [0, 1]). */
export function fullScale(key: MetricKey): boolean {
  const spec = SPECS.get(key);
  return (spec?.kind === 'share' || spec?.kind === 'level') && spec.range?.[0] === 0 && spec.range[1] === 1;
}

/**
 * The y domain of a chart of the metric over these series: [0, 1] for a share or level unless `zoom`; otherwise the
 * series' span, padded, taking in 0 for counts and rates (which start at 0), and clipped to the metric's range.
 */
export function metricDomain(key: MetricKey, series: readonly ArrayLike<number>[], zoom = false): [number, number] {
  if (!zoom && fullScale(key)) return [0, 1];
  const spec = SPECS.get(key);
  const fromZero = spec?.kind === 'count' || spec?.kind === 'rate';
  const [lo, hi] = sharedDomain(series, fromZero && !zoom);
  const range = spec?.range;
  if (!range) return [lo, hi];
  const clippedLo = Math.max(range[0], lo);
  const clippedHi = Math.min(range[1], hi);
  return clippedHi > clippedLo ? [clippedLo, clippedHi] : [range[0], Number.isFinite(range[1]) ? range[1] : range[0] + 1];
}
