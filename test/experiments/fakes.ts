/** Stand-in runs whose metrics are known exactly, for tests of the runners. */
import { METRIC_INDEX, METRIC_KEYS, type MetricKey } from '../../sim/metrics.ts';
import type { RunResult } from '../../sim/types.ts';
import { valueCount, valueIndex } from '../../sim/results.ts';

/** A run whose metrics are given per week by `value(metric, week, unit)` (unit = team index, or teams for the organisation). */
export function fakeResult(teamNames: readonly string[], weeks: number, value: (metric: MetricKey, week: number, unit: number) => number): RunResult {
  const layout = { teamNames, metricKeys: METRIC_KEYS };
  const values = new Float64Array(valueCount(weeks, teamNames.length, METRIC_KEYS.length));
  for (let w = 1; w <= weeks; w++) {
    for (let u = 0; u <= teamNames.length; u++) for (const k of METRIC_KEYS) values[valueIndex(layout, w, u, METRIC_INDEX[k])] = value(k, w, u);
  }
  return { engineVersion: 'test', seed: 0, weeks, teamNames, metricKeys: METRIC_KEYS, values };
}
