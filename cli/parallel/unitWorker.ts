/**
 * The worker side of the pool (pool.ts): a worker module calls serveUnits
 * with a function that turns the pool's `init` into a compute function, and
 * answers each batch of units with their results in order, transferring the
 * typed arrays (a Float64Array, or a RunResult's values) instead of copying them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { UnitRange } from '../../sim/batch/plan.ts';

export type UnitReply<R> =
  | { readonly start: number; readonly end: number; readonly results: R[] }
  | { readonly start: number; readonly end: number; readonly error: string };

/** The buffers of a result's typed arrays: the result itself, or its `values`. */
function buffersOf(result: unknown): ArrayBuffer[] {
  if (ArrayBuffer.isView(result)) return [result.buffer as ArrayBuffer];
  const values = (result as { values?: unknown } | null)?.values;
  return ArrayBuffer.isView(values) ? [values.buffer as ArrayBuffer] : [];
}

export function serveUnits<Init, R>(makeCompute: (init: Init) => (unit: number) => R): void {
  const port = parentPort;
  if (!port) throw new Error('serveUnits must run in a worker thread (cli/parallel/pool.ts starts one)');
  // Before the first batch is read (batches queue meanwhile): a compute function may warm the engine up here.
  const compute = makeCompute((workerData as { init: Init }).init);
  port.on('message', ({ start, end }: UnitRange) => {
    try {
      const results: R[] = [];
      for (let u = start; u < end; u++) results.push(compute(u));
      port.postMessage({ start, end, results } satisfies UnitReply<R>, [...new Set(results.flatMap(buffersOf))]);
    } catch (error) {
      port.postMessage({ start, end, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies UnitReply<R>);
    }
  });
}
