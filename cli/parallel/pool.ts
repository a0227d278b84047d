/**
 * The CLI's one pool of worker threads: a thin Node transport over the batch
 * core (sim/batch/). Units are computed by a worker module that calls
 * serveUnits (unitWorker.ts) with a function of the pool's `init`; with one
 * thread the same kind of function runs here instead. Batches are handed out
 * by sim/batch/schedule.ts as workers free up, so completion order varies;
 * each result is reported with its unit number, and callers keep results by
 * unit number (sim/batch/order.ts), so any thread count gives identical output.
 *
 * Workers start from a bundle of their module built once per process with
 * esbuild (about 0.08 s to start, where registering tsx in each thread took
 * about 0.5 s of CPU); when bundling is impossible they start through tsx
 * (bootstrap.mjs: Node 20 cannot load .ts in a worker without registering tsx
 * there first): slower to start, same results.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import type { UnitRange } from '../../sim/batch/plan.ts';
import { runBatches, type BatchRunner } from '../../sim/batch/schedule.ts';
import { CLI_BATCHES, workersFor, type BatchLimits } from '../../sim/batch/sizing.ts';
import type { UnitReply } from './unitWorker.ts';

export interface PoolOptions<Init, R> {
  /** The worker module: it calls serveUnits(makeCompute). */
  readonly entry: URL;
  /** Passed to the worker's makeCompute (structured-cloned: plain data only). */
  readonly init: Init;
  /** The compute function for this thread, used when `threads` ≤ 1 (and `forceWorkers` is off). */
  readonly local: (init: Init) => (unit: number) => R;
  readonly range: UnitRange;
  /** Worker threads to use; 1 computes in this thread unless `forceWorkers`. */
  readonly threads: number;
  /** Use a worker even for one thread (the benchmark measures scaling this way). */
  readonly forceWorkers?: boolean;
  /** Batch sizes (sim/batch/sizing.ts); CLI_BATCHES unless the units are heavy. */
  readonly limits?: BatchLimits;
  /** Called as units complete (in any order), with how many are done. */
  readonly onProgress?: (done: number) => void;
  /** Each unit's result, as it completes (in any order). */
  readonly onResult: (unit: number, result: R) => void;
}

/** Computes every unit of `options.range`; rejects with a readable message if a worker fails. */
export async function runPool<Init, R>(options: PoolOptions<Init, R>): Promise<void> {
  const { range } = options;
  if (range.end <= range.start) return;
  if (options.threads <= 1 && !options.forceWorkers) {
    const compute = options.local(options.init);
    for (let u = range.start; u < range.end; u++) {
      options.onResult(u, compute(u));
      options.onProgress?.(u - range.start + 1);
      // Let a progress bar draw and pending output writes proceed, so a long job streams instead of buffering.
      if ((u - range.start) % 8 === 7) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return;
  }
  await onWorkers(options);
}

/** Computes units 0 … units − 1 and returns their results in unit order. */
export async function runTasks<Init, R>(options: Omit<PoolOptions<Init, R>, 'range' | 'onResult'> & { readonly units: number }): Promise<R[]> {
  const results: R[] = new Array(options.units);
  await runPool({ ...options, range: { start: 0, end: options.units }, onResult: (unit, result) => (results[unit] = result) });
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

/** A worker thread as a batch runner: one batch in flight at a time, answered in order. */
function workerRunner<R>(worker: Worker, failure: Promise<never>): BatchRunner<R[]> {
  let waiting: ((reply: UnitReply<R>) => void) | undefined;
  worker.on('message', (reply: UnitReply<R>) => waiting?.(reply));
  return (batch) => {
    const answer = new Promise<R[]>((resolve, reject) => {
      waiting = (reply) => {
        waiting = undefined;
        if ('error' in reply) reject(new Error(`a worker thread failed on units ${reply.start}–${reply.end - 1}: ${reply.error}`));
        else resolve(reply.results);
      };
    });
    worker.postMessage(batch);
    return Promise.race([answer, failure]);
  };
}

async function onWorkers<Init, R>(options: PoolOptions<Init, R>): Promise<void> {
  const { range } = options;
  const limits = options.limits ?? CLI_BATCHES;
  const threads = workersFor(range.end - range.start, options.threads, limits);
  const workers: Worker[] = [];
  let fail: (error: Error) => void = () => {};
  const failure = new Promise<never>((_, reject) => (fail = reject));
  failure.catch(() => {});
  let done = 0;
  try {
    for (let t = 0; t < threads; t++) {
      const worker = startWorker(options.entry, options.init);
      worker.on('error', (error) => fail(new Error(`a worker thread crashed: ${error.message}`)));
      worker.on('exit', (code) => {
        if (code !== 0) fail(new Error(`a worker thread exited unexpectedly (code ${code})`));
      });
      workers.push(worker);
    }
    await runBatches(
      range,
      workers.map((w) => workerRunner<R>(w, failure)),
      {
        limits,
        onBatch: (batch, results) => {
          results.forEach((result, i) => options.onResult(batch.start + i, result));
          done += results.length;
          options.onProgress?.(done);
        },
      },
    );
  } finally {
    for (const w of workers) {
      w.removeAllListeners('exit');
      void w.terminate();
    }
  }
}
