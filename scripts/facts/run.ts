/**
 * Helpers to run scenarios for the facts: build a validated scenario from a
 * plain object, run it on a seed, and read metric series.
 */
import { createSimulation } from '../../sim/engine/simulation.ts';
import { METRIC_INDEX, METRIC_KEYS, type MetricKey } from '../../sim/metrics.ts';
import { validateScenario } from '../../sim/scenario/parse.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import type { RunResult } from '../../sim/types.ts';

/** Validates a scenario object (throws with the problems if invalid: these are our own definitions). */
export function scenario(input: Record<string, unknown>): Scenario {
  const r = validateScenario({ schemaVersion: 1, name: 'fact', ...input });
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return r.scenario;
}

/** `n` teams of `size` members named T1..Tn, with extra fields per team. */
export function teams(n: number, size: number, extra: Record<string, unknown> = {}): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({ name: `T${i + 1}`, size, ...extra }));
}

/** A finished run: metrics plus the log. */
export interface Run {
  readonly result: RunResult;
}

/** Runs a scenario on one seed without stories (fast). */
export function run(sc: Scenario, seed: number): Run {
  const sim = createSimulation(sc, { seed, stories: false });
  sim.step(sim.weeks);
  return { result: sim.result() };
}

/** The weekly series of a metric for a unit (default: the organisation). */
export function series(r: Run, key: MetricKey, unit?: number): number[] {
  const res = r.result;
  const units = res.teamNames.length + 1;
  const u = unit ?? units - 1;
  const M = METRIC_KEYS.length;
  const m = METRIC_INDEX[key];
  const out: number[] = [];
  for (let w = 0; w < res.weeks; w++) out.push(res.values[(w * units + u) * M + m]);
  return out;
}

/** Mean of a metric over weeks [from, to] (1-based, inclusive). */
export function meanOver(r: Run, key: MetricKey, from = 1, to = Infinity, unit?: number): number {
  const s = series(r, key, unit);
  const end = Math.min(to, s.length);
  let sum = 0;
  for (let w = from; w <= end; w++) sum += s[w - 1];
  return sum / Math.max(1, end - from + 1);
}

/** Sum of a metric over weeks [from, to]. */
export function sumOver(r: Run, key: MetricKey, from = 1, to = Infinity, unit?: number): number {
  const s = series(r, key, unit);
  const end = Math.min(to, s.length);
  let sum = 0;
  for (let w = from; w <= end; w++) sum += s[w - 1];
  return sum;
}
