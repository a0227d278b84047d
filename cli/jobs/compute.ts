/**
 * Running one unit: the same function serves the in-process path and the
 * worker threads, so both give identical results.
 */
import { runScenario, type Scenario } from '../../sim/index.ts';
import { finalQuarterMeans } from '../../sim/analysis/index.ts';
import type { UnitKind, UnitResult, UnitTask } from './job.ts';

/** Runs one unit of a job. */
export function computeUnit(scenarios: readonly Scenario[], kind: UnitKind, task: UnitTask): UnitResult {
  const result = runScenario(scenarios[task.scenario], { seed: task.seed, weeks: task.weeks });
  return kind === 'full' ? result : finalQuarterMeans(result);
}
