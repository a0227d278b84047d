/**
 * The worker side of the task pool (pool.ts): a worker module calls
 * serveTasks with a function that turns the pool's `init` into a compute
 * function, and answers each range of units with their results, in order,
 * transferring the arrays instead of copying them.
 */
import { parentPort, workerData } from 'node:worker_threads';

export interface TaskRequest {
  readonly start: number;
  readonly end: number;
}

export type TaskReply =
  | { readonly start: number; readonly end: number; readonly results: Float64Array[] }
  | { readonly start: number; readonly end: number; readonly error: string };

export function serveTasks<Init>(makeCompute: (init: Init) => (unit: number) => Float64Array): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks must run in a worker thread (cli/parallel/pool.ts starts one)');
  const compute = makeCompute((workerData as { init: Init }).init);
  port.on('message', ({ start, end }: TaskRequest) => {
    try {
      const results: Float64Array[] = [];
      for (let u = start; u < end; u++) results.push(compute(u));
      port.postMessage({ start, end, results } satisfies TaskReply, [...new Set(results.map((r) => r.buffer as ArrayBuffer))]);
    } catch (error) {
      port.postMessage({ start, end, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies TaskReply);
    }
  });
}
