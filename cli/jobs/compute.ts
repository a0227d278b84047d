/**
 * Running one unit: the same function serves the in-process path and the
 * worker threads, so both give identical results.
 */
import { runScenario } from '../../sim/engine/simulation.ts';
import type { Scenario } from '../../sim/index.ts';
import { finalQuarterMeans } from '../../sim/analysis/index.ts';
import type { UnitKind, UnitResult, UnitTask } from './job.ts';

/** Runs one unit of a job. */
export function computeUnit(scenarios: readonly Scenario[], kind: UnitKind, task: UnitTask): UnitResult {
  // Stories and their text never change a metric (test/sim/log.test.ts), so batch runs skip them.
  const result = runScenario(scenarios[task.scenario], { seed: task.seed, weeks: task.weeks, stories: false });
  return kind === 'full' ? result : finalQuarterMeans(result);
}
