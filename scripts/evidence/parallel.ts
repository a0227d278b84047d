/**
 * Runs an evidence plan with its seeds split over worker threads. Each seed is
 * computed whole by one thread and the summaries are taken in seed order, so
 * the result is identical to runEvidence's for any number of threads.
 */
import { runTasks } from '../../cli/parallel/pool.ts';
import { HEAVY_BATCHES } from '../../sim/batch/sizing.ts';
import { distinctSeeds, evidenceFromValues, type Evidence, type EvidencePlan } from '../../sim/experiments/index.ts';
import { seedComputer, type EvidenceInit } from './compute.ts';
import { planIds } from './plan.ts';

export interface ParallelOptions {
  readonly threads: number;
  /** Called with seeds done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Each distinct seed's values (as seedValues gives them), computed on `threads` worker threads (in this thread when 1). */
export async function computeSeedValues(plan: EvidencePlan, options: ParallelOptions): Promise<Map<number, Float64Array>> {
  const seeds = distinctSeeds(plan.blocks);
  const init: EvidenceInit = { plan: planIds(plan), seeds };
  const values = await runTasks({
    entry: new URL('./worker.ts', import.meta.url),
    init,
    local: seedComputer,
    units: seeds.length,
    threads: options.threads,
    limits: HEAVY_BATCHES,
    onProgress: (done) => options.onProgress?.(done, seeds.length),
  });
  return new Map(seeds.map((s, i) => [s, values[i]]));
}

/** The plan's evidence, its seeds computed on `threads` worker threads: identical to runEvidence's. */
export async function computeEvidence(plan: EvidencePlan, options: ParallelOptions): Promise<Evidence> {
  const values = await computeSeedValues(plan, options);
  return evidenceFromValues(plan, (seed) => values.get(seed)!);
}
