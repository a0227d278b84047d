/**
 * Ensemble worker: holds one plan and runs batches of it on request. Results
 * travel back as transferred Float64Arrays (no copying, no objects), so the
 * page stays responsive however many runs are going.
 */
import * as Comlink from 'comlink';
import { computeBatch } from './compute.ts';
import type { EnsemblePlan, RunBatch } from './plan.ts';

let plan: EnsemblePlan | null = null;

const api = {
  /** Sets the plan every following batch belongs to. */
  setPlan(next: EnsemblePlan): void {
    plan = next;
  },
  /** Runs one batch of the current plan. */
  run(batch: RunBatch): Float64Array {
    if (!plan) throw new Error('no ensemble plan was set');
    const values = computeBatch(plan, batch);
    return Comlink.transfer(values, [values.buffer]);
  },
};

export type EnsembleWorkerApi = typeof api;

Comlink.expose(api);
