/**
 * Running one unit: the same function serves the in-process path and the
 * worker threads, so both give identical results.
 */
import { createRunner } from '../../sim/engine/simulation.ts';
import { WARM_UP_SEEDS } from '../../sim/engine/warmup.ts';
import type { Scenario } from '../../sim/index.ts';
import { finalQuarter } from '../../sim/results.ts';
import type { UnitKind, UnitResult, UnitTask } from './job.ts';
import { computeGameUnit } from './gameJob.ts';

/** One runner per thread: each run reuses the arrays of the one before instead of allocating its own (bit-identical). */
const runner = createRunner();

/** Runs the engine's warm-up scenario (see sim/engine/warmup.ts) through this thread's runner; results are discarded. */
export function warmUp(scenario: Scenario): void {
  for (const seed of WARM_UP_SEEDS) runner.run(scenario, { seed, stories: false });
}

/** Runs one unit of a job. */
export function computeUnit(scenarios: readonly Scenario[], kind: UnitKind, task: UnitTask): UnitResult {
  if (kind === 'game') return computeGameUnit(scenarios[task.scenario], task.seed);
  // Stories and their text never change a metric (test/sim/log.test.ts), so batch runs skip them.
  const result = runner.run(scenarios[task.scenario], { seed: task.seed, weeks: task.weeks, stories: false });
  return kind === 'full' ? result : finalQuarter(result);
}
