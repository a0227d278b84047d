/**
 * The worker pool: runs a range of a job's units on node:worker_threads (or
 * in-process for one thread) and reports each result with its unit number.
 * Batches are handed out as workers free up, so completion order varies; the
 * caller orders results by unit number (see InOrder).
 */
import { Worker } from 'node:worker_threads';
import { validateScenario, type Scenario } from '../../sim/index.ts';
import { WARM_UP_SCENARIO_INPUT } from '../../sim/engine/warmup.ts';
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

/** The smallest batch worth a message round trip. */
const MIN_BATCH = 4;

/**
 * Units in the next batch when `remaining` units are left: guided
 * self-scheduling — a share of what is left (about a quarter of each thread's
 * remaining part), at most 512 and at least MIN_BATCH — so early batches are large
 * (cheap messaging) and the last ones small, and no thread sits idle at the end
 * while another finishes a big batch.
 */
export function nextBatchSize(remaining: number, threads: number): number {
  return Math.max(1, Math.min(remaining, 512, Math.max(MIN_BATCH, Math.ceil(remaining / (threads * 4)))));
}

function runOnWorkers(job: Job, range: UnitRange, options: PoolOptions, onResult: (unit: number, result: UnitResult) => void): Promise<void> {
  const count = range.end - range.start;
  // No more threads than batches of the smallest size: a thread that would get no batch is not started.
  const threads = Math.min(options.threads, Math.ceil(count / MIN_BATCH));
  const source = workerSource();
  const workers: Worker[] = [];
  /** First unit of each batch handed out, by batch number. */
  const batchStart: number[] = [];
  let nextUnit = range.start;
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
      if (nextUnit >= range.end) return;
      const start = nextUnit;
      const end = start + nextBatchSize(range.end - start, threads);
      nextUnit = end;
      const batch = batchStart.push(start) - 1;
      const tasks: UnitTask[] = [];
      for (let u = start; u < end; u++) tasks.push(job.task(u));
      worker.postMessage({ batch, tasks } satisfies BatchRequest);
    };
    for (let t = 0; t < threads; t++) {
      const workerData = { scenarios: job.scenarios, kind: job.kind, warmUp: job.kind === 'game' ? undefined : warmUpScenario() };
      const worker = source.kind === 'code' ? new Worker(source.code, { eval: true, workerData }) : new Worker(source.url, { workerData });
      workers.push(worker);
      worker.on('message', (reply: BatchReply) => {
        if (settled) return;
        if ('error' in reply) {
          finish(new Error(`a worker thread failed while running batch ${reply.batch}: ${reply.error}`));
          return;
        }
        // Hand out the next batch before reading this one's results, so the worker never waits on the main thread.
        dispatch(worker);
        const start = batchStart[reply.batch];
        reply.results.forEach((result, i) => onResult(start + i, result));
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
