/**
 * A pool of ensemble workers, one per core, for one ensemble at a time: the
 * browser's transport for the batch core (sim/batch/), each worker a batch
 * runner through comlink.
 * Cancelling terminates the workers outright (a batch in progress cannot be
 * interrupted otherwise); the next ensemble starts fresh ones.
 */
import * as Comlink from 'comlink';
import type { CompareWorkerApi } from '../worker.ts';
import { EnsembleCancelled, runEnsemble, type EnsembleProgress } from './scheduler.ts';
import { totalRuns, type EnsemblePlan } from './plan.ts';
import { BROWSER_BATCHES, workersFor } from '../../../../sim/batch/sizing.ts';

/** Workers to start: every core the browser reports, at most 8, never more than batches (sim/batch/sizing.ts). */
export function workerCount(runs: number): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 2;
  return workersFor(runs, Math.min(cores, 8), BROWSER_BATCHES);
}

export interface EnsembleJob {
  readonly result: Promise<Float64Array>;
  cancel(): void;
}

/** Starts an ensemble on fresh workers; they are terminated when it ends, fails or is cancelled. */
export function startEnsemble(plan: EnsemblePlan, onProgress: (progress: EnsembleProgress) => void): EnsembleJob {
  const controller = new AbortController();
  const workers: Worker[] = [];
  const remotes: Comlink.Remote<CompareWorkerApi>[] = [];
  const count = workerCount(totalRuns(plan));
  let failWith: (error: Error) => void = () => {};
  const failure = new Promise<never>((_, reject) => {
    failWith = reject;
  });
  for (let i = 0; i < count; i++) {
    const worker = new Worker(new URL('../worker.ts', import.meta.url), { type: 'module', name: `ensemble-${i}` });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      failWith(new Error(`An ensemble worker stopped: ${event.message || 'unknown error'}.`));
    });
    workers.push(worker);
    remotes.push(Comlink.wrap<CompareWorkerApi>(worker));
  }
  const stop = () => workers.forEach((w) => w.terminate());
  const run = async () => {
    await Promise.all(remotes.map((r) => r.setPlan(plan)));
    return runEnsemble(
      plan,
      remotes.map((remote) => (batch) => remote.run(batch)),
      { onProgress, signal: controller.signal },
    );
  };
  const cancelled = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new EnsembleCancelled()));
  });
  const result = Promise.race([run(), failure, cancelled]).finally(stop);
  return {
    result,
    cancel: () => controller.abort(),
  };
}
