/**
 * The work a worker does for one batch: run each numbered run of the plan and
 * keep the organisation's series of the chosen metrics, as one flat
 * Float64Array (run-major, then week, then metric). Pure: the browser worker
 * and the unit tests call the same function.
 */
import { createRunner } from '../../../../sim/index.ts';
import { seedOf, runStride, variantOf, type EnsemblePlan, type RunBatch } from './plan.ts';

/** One runner per worker: each run reuses the arrays of the one before (bit-identical results). */
const runner = createRunner();

export function computeBatch(plan: EnsemblePlan, batch: RunBatch): Float64Array {
  const stride = runStride(plan);
  const keep = plan.metricIndices;
  const out = new Float64Array(batch.count * stride);
  for (let i = 0; i < batch.count; i++) {
    const run = batch.start + i;
    const scenario = plan.scenarios[variantOf(plan, run)];
    const result = runner.run(scenario, { seed: seedOf(plan, run), weeks: plan.weeks, stories: false });
    const units = result.teamNames.length + 1;
    const metrics = result.metricKeys.length;
    const org = units - 1;
    // A run may stop early (everyone left); missing weeks stay NaN so no statistic mistakes them for zeros.
    for (let w = 0; w < plan.weeks; w++) {
      const row = i * stride + w * keep.length;
      const base = (w * units + org) * metrics;
      for (let k = 0; k < keep.length; k++) out[row + k] = w < result.weeks ? result.values[base + keep[k]] : NaN;
    }
  }
  return out;
}
