/**
 * Runs an ensemble over any number of batch runners (browser workers, or
 * plain functions in tests). Runners pull the next batch when they are free;
 * each result is copied to the place its run numbers own, so the output does
 * not depend on the number of runners or on who answers first.
 */
import { batchSizeFor, planBatches, runStride, totalRuns, type EnsemblePlan, type RunBatch } from './plan.ts';

/** Runs one batch somewhere and resolves with its values (batch.count × stride numbers). */
export type BatchRunner = (batch: RunBatch) => Promise<Float64Array>;

export interface EnsembleProgress {
  readonly done: number;
  readonly total: number;
}

export class EnsembleCancelled extends Error {
  override readonly name = 'EnsembleCancelled';
  constructor() {
    super('The ensemble was cancelled.');
  }
}

/**
 * Resolves with every run's values in run order (total × stride numbers).
 * `onProgress` is called after each batch; the caller throttles drawing.
 */
export async function runEnsemble(
  plan: EnsemblePlan,
  runners: readonly BatchRunner[],
  options: { onProgress?: (progress: EnsembleProgress) => void; signal?: AbortSignal; batchSize?: number } = {},
): Promise<Float64Array> {
  const total = totalRuns(plan);
  const stride = runStride(plan);
  const output = new Float64Array(total * stride);
  const batches = planBatches(total, options.batchSize ?? batchSizeFor(total, runners.length));
  let next = 0;
  let done = 0;
  const checkCancelled = () => {
    if (options.signal?.aborted) throw new EnsembleCancelled();
  };
  const drain = async (runner: BatchRunner) => {
    while (next < batches.length) {
      checkCancelled();
      const batch = batches[next++];
      const values = await runner(batch);
      checkCancelled();
      if (values.length !== batch.count * stride) {
        throw new Error(`a worker returned ${values.length} numbers for ${batch.count} runs; expected ${batch.count * stride}`);
      }
      output.set(values, batch.start * stride);
      done += batch.count;
      options.onProgress?.({ done, total });
    }
  };
  await Promise.all(runners.map(drain));
  return output;
}
