/**
 * The work a worker does for one batch: run each numbered run of the plan and
 * keep the organisation's series of the chosen metrics, as one flat
 * Float64Array (run-major, then week, then metric). Pure: the browser worker
 * and the unit tests call the same function.
 */
import { createRunner } from '../../../../sim/index.ts';
import { blockIndex, blockStride, orgUnit, valueAt } from '../../../../sim/results.ts';
import { seedOf, variantOf, type EnsemblePlan, type RunBatch } from './plan.ts';

/** One runner per worker: each run reuses the arrays of the one before (bit-identical results). */
const runner = createRunner();

export function computeBatch(plan: EnsemblePlan, batch: RunBatch): Float64Array {
  const keep = plan.metricIndices;
  const block = { weeks: plan.weeks, columns: keep.length };
  const out = new Float64Array(batch.count * blockStride(block));
  for (let i = 0; i < batch.count; i++) {
    const run = batch.start + i;
    const scenario = plan.scenarios[variantOf(plan, run)];
    const result = runner.run(scenario, { seed: seedOf(plan, run), weeks: plan.weeks, stories: false });
    const org = orgUnit(result);
    // A run may stop early (everyone left); missing weeks stay NaN so no statistic mistakes them for zeros.
    for (let w = 0; w < plan.weeks; w++) {
      for (let k = 0; k < keep.length; k++) out[blockIndex(block, i, w, k)] = w < result.weeks ? valueAt(result, w + 1, org, keep[k]) : NaN;
    }
  }
  return out;
}
