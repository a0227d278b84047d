/**
 * A pool of worker threads for numbered units that each give a Float64Array
 * (a seed's experiment values, a design point's outputs). The worker module
 * calls serveTasks (taskWorker.ts) with a function of the pool's `init`; the
 * same function runs in this thread when one thread is asked for. Results are
 * returned by unit number, never by completion order, so any thread count
 * gives identical results.
 *
 * Workers start from a bundle of their module built once per process with
 * esbuild (workers then load in well under a second instead of registering tsx
 * in each thread); when bundling is impossible they start through tsx
 * (bootstrap.mjs): slower to start, same results.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { nextBatchSize } from '../jobs/pool.ts';
import type { TaskReply, TaskRequest } from './taskWorker.ts';

export interface TaskPoolOptions<Init> {
  /** The worker module: it calls serveTasks(makeCompute). */
  readonly entry: URL;
  /** Passed to the worker's makeCompute (structured-cloned: plain data only). */
  readonly init: Init;
  /** The same compute function, built in this thread, used when `threads` ≤ 1. */
  readonly local: (init: Init) => (unit: number) => Float64Array;
  readonly units: number;
  readonly threads: number;
  /** Called as units complete (in any order), with how many are done. */
  readonly onProgress?: (done: number) => void;
}

/** Computes units 0 … units − 1 and returns their results in unit order. */
export async function runTasks<Init>(options: TaskPoolOptions<Init>): Promise<Float64Array[]> {
  const results: Float64Array[] = new Array(options.units);
  if (options.units === 0) return results;
  if (options.threads <= 1) {
    const compute = options.local(options.init);
    for (let u = 0; u < options.units; u++) {
      results[u] = compute(u);
      options.onProgress?.(u + 1);
      // Let a progress bar draw and output flush between units.
      if (u % 8 === 7) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return results;
  }
  await onWorkers(options, (unit, value) => (results[unit] = value));
  return results;
}

const bundles = new Map<string, string | null>();

/** The worker module bundled as one CommonJS script, or null when esbuild cannot bundle it. */
function bundle(entry: URL): string | null {
  const key = entry.href;
  if (!bundles.has(key)) {
    try {
      const result = buildSync({
        entryPoints: [fileURLToPath(entry)],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        write: false,
        logLevel: 'silent',
      });
      bundles.set(key, result.outputFiles[0].text);
    } catch {
      bundles.set(key, null);
    }
  }
  return bundles.get(key) ?? null;
}

function startWorker(entry: URL, init: unknown): Worker {
  const code = bundle(entry);
  if (code !== null) return new Worker(code, { eval: true, workerData: { init } });
  return new Worker(new URL('./bootstrap.mjs', import.meta.url), { workerData: { init, entry: entry.href } });
}

function onWorkers<Init>(options: TaskPoolOptions<Init>, onResult: (unit: number, value: Float64Array) => void): Promise<void> {
  const count = options.units;
  const threads = Math.min(options.threads, count);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  let settled = false;
  return new Promise<void>((resolve, reject) => {
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const dispatch = (worker: Worker) => {
      if (next >= count) return;
      const start = next;
      next = Math.min(count, start + nextBatchSize(count - start, threads));
      worker.postMessage({ start, end: next } satisfies TaskRequest);
    };
    for (let t = 0; t < threads; t++) {
      const worker = startWorker(options.entry, options.init);
      workers.push(worker);
      worker.on('message', (reply: TaskReply) => {
        if (settled) return;
        if ('error' in reply) {
          finish(new Error(`a worker thread failed on units ${reply.start}–${reply.end - 1}: ${reply.error}`));
          return;
        }
        dispatch(worker);
        reply.results.forEach((value, i) => onResult(reply.start + i, value));
        done += reply.results.length;
        options.onProgress?.(done);
        if (done === count) finish();
      });
      worker.on('error', (error) => finish(new Error(`a worker thread crashed: ${error.message}`)));
      worker.on('exit', (code) => {
        if (!settled && code !== 0) finish(new Error(`a worker thread exited unexpectedly (code ${code})`));
      });
      dispatch(worker);
    }
  });
}
