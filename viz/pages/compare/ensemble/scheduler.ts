/**
 * Runs an ensemble over any number of batch runners (browser workers, or
 * plain functions in tests) with the batch core's scheduler
 * (sim/batch/schedule.ts): runners pull the next batch when they are free, and
 * each result is copied to the place its run numbers own, so the output does
 * not depend on the number of runners or on who answers first.
 */
import { placeBatch } from '../../../../sim/batch/order.ts';
import type { UnitRange } from '../../../../sim/batch/plan.ts';
import { BatchCancelled, runBatches, type BatchRunner } from '../../../../sim/batch/schedule.ts';
import { BROWSER_BATCHES, type BatchLimits } from '../../../../sim/batch/sizing.ts';
import { runStride, totalRuns, type EnsemblePlan } from './plan.ts';

export type { BatchRunner };
/** What a cancelled ensemble rejects with. */
export { BatchCancelled as EnsembleCancelled };

export interface EnsembleProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * Resolves with every run's values in run order (total × stride numbers).
 * `onProgress` is called after each batch; the caller throttles drawing.
 */
export async function runEnsemble(
  plan: EnsemblePlan,
  runners: readonly BatchRunner<Float64Array>[],
  options: { onProgress?: (progress: EnsembleProgress) => void; signal?: AbortSignal; limits?: BatchLimits } = {},
): Promise<Float64Array> {
  const total = totalRuns(plan);
  const stride = runStride(plan);
  const output = new Float64Array(total * stride);
  let done = 0;
  await runBatches({ start: 0, end: total }, runners, {
    limits: options.limits ?? BROWSER_BATCHES,
    signal: options.signal,
    onBatch: (batch: UnitRange, values) => {
      placeBatch(output, batch, values, stride);
      done += batch.end - batch.start;
      options.onProgress?.({ done, total });
    },
  });
  return output;
}
