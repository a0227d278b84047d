/**
 * The worker pool: runs a range of a job's units on node:worker_threads (or
 * in-process for one thread) and reports each result with its unit number.
 * Batches are handed out as workers free up, so completion order varies; the
 * caller orders results by unit number (see InOrder).
 */
import { Worker } from 'node:worker_threads';
import { computeUnit } from './compute.ts';
import type { Job, UnitResult, UnitTask } from './job.ts';
import type { BatchReply, BatchRequest } from './worker.ts';
import { workerSource } from './workerSource.ts';

export interface PoolOptions {
  /** Worker threads to use; 1 runs in this thread unless `forceWorkers`. */
  readonly threads: number;
  /** Use a worker even for one thread (the benchmark measures scaling this way). */
  readonly forceWorkers?: boolean;
  /** Called as units complete (in any order), with how many are done. */
  readonly onProgress?: (done: number) => void;
}

/** A half-open range of unit numbers. */
export interface UnitRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Runs units `range.start … range.end − 1` of `job`, calling `onResult` for
 * each as it completes (in any order). Resolves when all are done; rejects
 * with a readable message if a worker fails.
 */
export async function runUnits(job: Job, range: UnitRange, options: PoolOptions, onResult: (unit: number, result: UnitResult) => void): Promise<void> {
  const count = range.end - range.start;
  if (count <= 0) return;
  if (options.threads <= 1 && !options.forceWorkers) {
    for (let u = range.start; u < range.end; u++) {
      onResult(u, computeUnit(job.scenarios, job.kind, job.task(u)));
      options.onProgress?.(u - range.start + 1);
      // Let pending output writes proceed, so a long in-process job streams instead of buffering.
      if ((u - range.start) % 16 === 15) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return;
  }
  await runOnWorkers(job, range, options, onResult);
}

/** Units per batch: enough batches for balance (about 8 per thread), few enough to keep messaging cheap. */
export function batchSize(count: number, threads: number): number {
  return Math.max(1, Math.min(512, Math.ceil(count / (threads * 8))));
}

function runOnWorkers(job: Job, range: UnitRange, options: PoolOptions, onResult: (unit: number, result: UnitResult) => void): Promise<void> {
  const count = range.end - range.start;
  const size = batchSize(count, options.threads);
  const batches = Math.ceil(count / size);
  const threads = Math.min(options.threads, batches);
  const source = workerSource();
  const workers: Worker[] = [];
  let nextBatch = 0;
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
      if (nextBatch >= batches) return;
      const batch = nextBatch++;
      const start = range.start + batch * size;
      const end = Math.min(range.end, start + size);
      const tasks: UnitTask[] = [];
      for (let u = start; u < end; u++) tasks.push(job.task(u));
      worker.postMessage({ batch, tasks } satisfies BatchRequest);
    };
    for (let t = 0; t < threads; t++) {
      const workerData = { scenarios: job.scenarios, kind: job.kind };
      const worker = source.kind === 'code' ? new Worker(source.code, { eval: true, workerData }) : new Worker(source.url, { workerData });
      workers.push(worker);
      worker.on('message', (reply: BatchReply) => {
        if (settled) return;
        if ('error' in reply) {
          finish(new Error(`a worker thread failed while running batch ${reply.batch}: ${reply.error}`));
          return;
        }
        const start = range.start + reply.batch * size;
        reply.results.forEach((result, i) => onResult(start + i, result));
        done += reply.results.length;
        options.onProgress?.(done);
        if (done === count) finish();
        else dispatch(worker);
      });
      worker.on('error', (error) => finish(new Error(`a worker thread crashed: ${error.message}`)));
      worker.on('exit', (code) => {
        if (!settled && code !== 0) finish(new Error(`a worker thread exited unexpectedly (code ${code})`));
      });
      dispatch(worker);
    }
  });
}

/**
 * Re-orders results by unit number: `push` accepts them in any order and
 * calls `emit` for each in strict sequence from `start`.
 */
export class InOrder<T> {
  private next: number;
  private readonly pending = new Map<number, T>();

  constructor(
    start: number,
    private readonly emit: (unit: number, value: T) => void,
  ) {
    this.next = start;
  }

  push(unit: number, value: T): void {
    this.pending.set(unit, value);
    for (let v = this.pending.get(this.next); v !== undefined || this.pending.has(this.next); v = this.pending.get(this.next)) {
      this.pending.delete(this.next);
      this.emit(this.next++, v as T);
    }
  }

  /** Units still waiting for an earlier one. */
  get waiting(): number {
    return this.pending.size;
  }
}
