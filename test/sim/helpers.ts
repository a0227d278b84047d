/** Small scenario builders for the engine tests. */
import { validateScenario } from '../../sim/scenario/parse.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { METRIC_INDEX, METRIC_KEYS, type MetricKey } from '../../sim/metrics.ts';
import type { RunResult } from '../../sim/types.ts';

export function scenario(input: Record<string, unknown>): Scenario {
  const r = validateScenario({ schemaVersion: 2, name: 'test', ...input });
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return r.scenario;
}

/** Value of a metric in a week (1-based) for a unit (default: organisation). */
export function metric(r: RunResult, key: MetricKey, week: number, unit = r.teamNames.length): number {
  const units = r.teamNames.length + 1;
  return r.values[((week - 1) * units + unit) * METRIC_KEYS.length + METRIC_INDEX[key]];
}

/** Sum of a metric over all weeks for a unit. */
export function total(r: RunResult, key: MetricKey, unit = r.teamNames.length): number {
  let sum = 0;
  for (let w = 1; w <= r.weeks; w++) sum += metric(r, key, w, unit);
  return sum;
}
