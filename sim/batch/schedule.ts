/**
 * Running a range of units on any number of batch runners — worker threads
 * in Node, Web Workers in the browser, or plain functions in tests. Each
 * runner pulls the next batch as soon as it answers (the next batch is handed
 * out before the answer is read, so a worker never waits on its caller); the
 * caller receives each batch with its unit range and keeps results by unit
 * number (order.ts), so nothing depends on the number of runners or on who
 * answers first.
 */
import type { UnitRange } from './plan.ts';
import { BatchQueue, CLI_BATCHES, type BatchLimits } from './sizing.ts';

/** Computes one batch somewhere and resolves with its result. */
export type BatchRunner<R> = (batch: UnitRange) => Promise<R>;

/** Thrown when the schedule's signal is aborted. */
export class BatchCancelled extends Error {
  override readonly name: string = 'BatchCancelled';
  constructor(message = 'The runs were cancelled.') {
    super(message);
  }
}

export interface ScheduleOptions<R> {
  readonly limits?: BatchLimits;
  readonly signal?: AbortSignal;
  /** Each batch's result, as it arrives (in any order). */
  readonly onBatch: (batch: UnitRange, result: R) => void;
}

/** Runs every unit of `range` on `runners`; rejects with the first failure (no further batch is handed out then). */
export async function runBatches<R>(range: UnitRange, runners: readonly BatchRunner<R>[], options: ScheduleOptions<R>): Promise<void> {
  const queue = new BatchQueue(range, runners.length, options.limits ?? CLI_BATCHES);
  let failed = false;
  const stopping = () => {
    if (options.signal?.aborted) throw new BatchCancelled();
    return failed;
  };
  const drain = async (runner: BatchRunner<R>) => {
    if (stopping()) return;
    let batch = queue.take();
    let pending = batch && runner(batch);
    while (batch && pending) {
      const result = await pending;
      if (stopping()) return;
      const next = queue.take();
      pending = next && runner(next);
      try {
        options.onBatch(batch, result);
      } catch (error) {
        pending?.catch(() => {});
        throw error;
      }
      batch = next;
    }
  };
  await Promise.all(
    runners.map((runner) =>
      drain(runner).catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    ),
  );
}
