/**
 * Worker thread of the pool: receives the job's scenarios once (workerData),
 * then batches of unit tasks, and answers each batch with its results in
 * order, transferring the typed arrays instead of copying them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../../sim/index.ts';
import { computeUnit, warmUp } from './compute.ts';
import type { UnitKind, UnitResult, UnitTask } from './job.ts';

interface WorkerInit {
  readonly scenarios: readonly Scenario[];
  readonly kind: UnitKind;
  /** The validated warm-up scenario (sim/engine/warmup.ts), run once before the first batch. */
  readonly warmUp?: Scenario;
}

export interface BatchRequest {
  readonly batch: number;
  readonly tasks: readonly UnitTask[];
}

export type BatchReply = { readonly batch: number; readonly results: UnitResult[] } | { readonly batch: number; readonly error: string };

const init = workerData as WorkerInit;
const port = parentPort;
if (!port) throw new Error('cli/jobs/worker.ts must run as a worker thread');
// Before the first batch is read (batches queue meanwhile): optimised code that has seen every branch.
if (init.warmUp) warmUp(init.warmUp);

port.on('message', (request: BatchRequest) => {
  try {
    const results = request.tasks.map((task) => computeUnit(init.scenarios, init.kind, task));
    const transfer = [...new Set(results.map((r) => (r instanceof Float64Array ? r.buffer : r.values.buffer)))] as ArrayBuffer[];
    port.postMessage({ batch: request.batch, results } satisfies BatchReply, transfer);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    port.postMessage({ batch: request.batch, error: message } satisfies BatchReply);
  }
});
