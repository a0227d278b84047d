/**
 * Running a job's units: on the CLI's worker-thread pool (cli/parallel/pool.ts, the worker being ./worker.ts), or in
 * this thread for one thread, with the batch core's computer either way (sim/batch/compute.ts).
 */
import { createUnitComputer, type UnitResult } from '../../sim/batch/compute.ts';
import type { UnitRange } from '../../sim/batch/plan.ts';
import { validateScenario, type Scenario } from '../../sim/index.ts';
import { WARM_UP_SCENARIO_INPUT } from '../../sim/engine/warmup.ts';
import { runPool } from '../parallel/pool.ts';
import type { Job } from './job.ts';
import type { JobWorkerInit } from './worker.ts';

export interface PoolOptions {
  /** Worker threads to use; 1 runs in this thread unless `forceWorkers`. */
  readonly threads: number;
  /** Use a worker even for one thread (the benchmark measures scaling this way). */
  readonly forceWorkers?: boolean;
  /** Called as units complete (in any order), with how many are done. */
  readonly onProgress?: (done: number) => void;
}

let warmUpCache: Scenario | undefined;

/** The engine's warm-up scenario, validated once per process (workers do not load the validator). */
export function warmUpScenario(): Scenario {
  if (!warmUpCache) {
    const result = validateScenario(WARM_UP_SCENARIO_INPUT);
    if (!result.ok) throw new Error(`the engine's warm-up scenario is invalid (a bug): ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    warmUpCache = result.scenario;
  }
  return warmUpCache;
}

/**
 * Runs units `range.start … range.end − 1` of `job`, calling `onResult` for each as it completes (in any order).
 * Resolves when all are done; rejects with a readable message if a worker fails.
 */
export function runUnits(job: Job, range: UnitRange, options: PoolOptions, onResult: (unit: number, result: UnitResult) => void): Promise<void> {
  const init: JobWorkerInit = { plan: job.plan, kind: job.kind, warmUp: job.kind === 'game' ? undefined : warmUpScenario() };
  return runPool({
    entry: new URL('./worker.ts', import.meta.url),
    init,
    local: ({ plan, kind }) => {
      const computer = createUnitComputer();
      return (unit) => computer.unit(plan, kind, unit);
    },
    range,
    threads: options.threads,
    forceWorkers: options.forceWorkers,
    onProgress: options.onProgress,
    onResult,
  });
}
