/**
 * Computing units on the engine: the one function the CLI's worker threads,
 * its in-process path and the compare page's Web Workers all call, so every
 * transport gives the same numbers. A computer owns one engine runner, which
 * reuses each run's arrays for the next (bit-identical to fresh runs): make
 * one per thread or worker.
 */
import { createRunner } from '../engine/simulation.ts';
import { WARM_UP_SEEDS } from '../engine/warmup.ts';
import { runGame } from '../game/run.ts';
import { blockIndex, blockStride, finalQuarter, orgUnit, valueAt } from '../results.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { RunResult } from '../types.ts';
import { unitTask, type RunPlan, type UnitRange } from './plan.ts';

/** What a unit gives back: the whole run, its organisation's final-quarter means (one per metric), or a classic game's rows. */
export type UnitKind = 'full' | 'final' | 'game';

/** A RunResult for `full`; a Float64Array for `final` (one mean per metric) and `game` (the rows of sim/game/results.ts). */
export type UnitResult = RunResult | Float64Array;

export interface UnitComputer {
  /** Runs the engine's warm-up scenario (sim/engine/warmup.ts) so the code is optimised before the first unit; results are discarded. */
  warmUp(scenario: Scenario): void;
  /** Computes unit `unit` of `plan`. */
  unit(plan: RunPlan, kind: UnitKind, unit: number): UnitResult;
  /**
   * The organisation's weekly series of the metric columns `metrics` for every unit of `batch`, as one block of series
   * (sim/results.ts: unit-major, then week, then column). A run that stops early (everyone left) leaves its later weeks
   * NaN, so no statistic mistakes them for zeros.
   */
  seriesBlock(plan: RunPlan, metrics: readonly number[], batch: UnitRange): Float64Array;
}

export function createUnitComputer(): UnitComputer {
  const runner = createRunner();
  // Stories and their text never change a metric (test/sim/log.test.ts), so batch runs skip them.
  const run = (plan: RunPlan, unit: number): RunResult => {
    const task = unitTask(plan, unit);
    return runner.run(plan.scenarios[task.scenario], { seed: task.seed, weeks: task.weeks, stories: false });
  };
  return {
    warmUp(scenario) {
      for (const seed of WARM_UP_SEEDS) runner.run(scenario, { seed, stories: false });
    },
    unit(plan, kind, unit) {
      if (kind === 'game') {
        const task = unitTask(plan, unit);
        const game = plan.scenarios[task.scenario].game;
        if (!game) throw new Error('a game unit needs a scenario with a game section');
        return runGame(game, task.seed).values;
      }
      const result = run(plan, unit);
      return kind === 'full' ? result : finalQuarter(result);
    },
    seriesBlock(plan, metrics, batch) {
      const block = { weeks: plan.weeks, columns: metrics.length };
      const out = new Float64Array((batch.end - batch.start) * blockStride(block));
      for (let unit = batch.start; unit < batch.end; unit++) {
        const result = run(plan, unit);
        const org = orgUnit(result);
        for (let w = 0; w < plan.weeks; w++) {
          for (let k = 0; k < metrics.length; k++) out[blockIndex(block, unit - batch.start, w, k)] = w < result.weeks ? valueAt(result, w + 1, org, metrics[k]) : NaN;
        }
      }
      return out;
    },
  };
}
