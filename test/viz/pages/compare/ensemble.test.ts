import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../../sim/scenario/parse.ts';
import { resolveVariant, variantNames } from '../../../../sim/scenario/variants.ts';
import { METRIC_INDEX } from '../../../../sim/metrics.ts';
import healthyTeam from '../../../../scenarios/healthy-team.json' with { type: 'json' };
import type { UnitRange } from '../../../../sim/batch/plan.ts';
import { runStride, seedOf, totalRuns, variantOf, type EnsemblePlan } from '../../../../viz/pages/compare/ensemble/plan.ts';
import { computeBatch } from '../../../../viz/pages/compare/ensemble/compute.ts';
import { EnsembleCancelled, runEnsemble, type BatchRunner } from '../../../../viz/pages/compare/ensemble/scheduler.ts';
import { finalQuarterValues, quantileBands, quantileSorted } from '../../../../viz/pages/compare/ensemble/aggregate.ts';
import { summarise } from '../../../../viz/pages/compare/ensemble/summary.ts';

const scenario = (() => {
  const parsed = parseScenarioText(JSON.stringify(healthyTeam));
  if (!parsed.ok) throw new Error('library scenario must be valid');
  return parsed.scenario;
})();

function realPlan(runsPerVariant: number, weeks = 26): EnsemblePlan {
  const scenarios = variantNames(scenario).map((name) => {
    const resolved = resolveVariant(scenario, name);
    if (!resolved.ok) throw new Error(name);
    return resolved.scenario;
  });
  return { scenarios, runsPerVariant, baseSeed: 7, weeks, metricIndices: [METRIC_INDEX.morale_mean, METRIC_INDEX.turnover_annualised] };
}

/** A fake worker: answers after a pseudo-random delay so batches finish out of order. */
function delayedRunner(compute: (batch: UnitRange) => Float64Array, salt: number): BatchRunner<Float64Array> {
  return (batch) =>
    new Promise((resolve) => {
      const delay = ((batch.start * 7919 + salt * 104729) % 13) + 1;
      setTimeout(() => resolve(compute(batch)), delay);
    });
}

/** A plan whose "runs" are synthetic: value = run·1000 + week·10 + column, so misplacement shows. */
const syntheticPlan: EnsemblePlan = { scenarios: [scenario, scenario, scenario], runsPerVariant: 5, baseSeed: 1, weeks: 4, metricIndices: [0, 1] };
function syntheticBatch(batch: UnitRange): Float64Array {
  const stride = runStride(syntheticPlan);
  const count = batch.end - batch.start;
  const out = new Float64Array(count * stride);
  for (let i = 0; i < count; i++) {
    for (let w = 0; w < syntheticPlan.weeks; w++) for (let k = 0; k < 2; k++) out[i * stride + w * 2 + k] = (batch.start + i) * 1000 + w * 10 + k;
  }
  return out;
}

describe('ensemble scheduling', () => {
  it('gives every variant the same seeds (common random numbers)', () => {
    const plan = { scenarios: [scenario, scenario], runsPerVariant: 4, baseSeed: 10, weeks: 4, metricIndices: [0] };
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((r) => seedOf(plan, r))).toEqual([10, 11, 12, 13, 10, 11, 12, 13]);
    expect([0, 3, 4, 7].map((r) => variantOf(plan, r))).toEqual([0, 0, 1, 1]);
    expect([0, 1, 2].map((r) => seedOf({ ...plan, baseSeed: 4294967295 }, r))).toEqual([4294967295, 0, 1]);
  });

  it('places each batch by run number whatever order the workers answer in', async () => {
    const out = await runEnsemble(syntheticPlan, [0, 1, 2].map((s) => delayedRunner(syntheticBatch, s)), { limits: { min: 2, max: 2 } });
    expect(out).toEqual(syntheticBatch({ start: 0, end: totalRuns(syntheticPlan) }));
  });

  it('gives bit-identical results with 1 and with 3 workers on the real engine', async () => {
    const plan = realPlan(6);
    const one = await runEnsemble(plan, [delayedRunner((b) => computeBatch(plan, b), 0)], { limits: { min: 1, max: 1 } });
    const three = await runEnsemble(plan, [1, 2, 3].map((s) => delayedRunner((b) => computeBatch(plan, b), s)), { limits: { min: 2, max: 2 } });
    expect(Buffer.from(three.buffer).equals(Buffer.from(one.buffer))).toBe(true);
    expect(one.length).toBe(totalRuns(plan) * runStride(plan));
  });

  it('reports progress up to the total and stops when cancelled', async () => {
    const seen: number[] = [];
    await runEnsemble(syntheticPlan, [delayedRunner(syntheticBatch, 0)], { limits: { min: 4, max: 4 }, onProgress: (p) => seen.push(p.done) });
    expect(seen).toEqual([4, 8, 12, 15]);
    const controller = new AbortController();
    const cancelled = runEnsemble(syntheticPlan, [delayedRunner(syntheticBatch, 0)], {
      limits: { min: 1, max: 1 },
      signal: controller.signal,
      onProgress: (p) => p.done === 2 && controller.abort(),
    });
    await expect(cancelled).rejects.toBeInstanceOf(EnsembleCancelled);
  });
});

describe('ensemble aggregation', () => {
  it('interpolates quantiles like R type 7', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    expect(quantileSorted(sorted, 0.5)).toBe(6);
    expect(quantileSorted(sorted, 0.25)).toBe(3.5);
    expect(quantileSorted(sorted, 0.05)).toBeCloseTo(1.5, 12);
    expect(quantileSorted([4], 0.9)).toBe(4);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });

  // Two variants × 5 runs × 4 weeks × 1 metric; variant 1 is variant 0 plus (run + 1).
  const plan = { scenarios: [scenario, scenario], runsPerVariant: 5, weeks: 4, metricIndices: [0] };
  const values = new Float64Array(2 * 5 * 4);
  for (let v = 0; v < 2; v++) for (let r = 0; r < 5; r++) for (let w = 0; w < 4; w++) values[(v * 5 + r) * 4 + w] = 10 * r + w + (v === 1 ? r + 1 : 0);

  it('bands hold the median and the 50% and 90% ranges of the runs week by week', () => {
    const bands = quantileBands(values, plan, 0, 0);
    // Week 0 values across runs: 0, 10, 20, 30, 40.
    expect(bands.p50[0]).toBe(20);
    expect(bands.p25[0]).toBe(10);
    expect(bands.p75[0]).toBe(30);
    expect(bands.p05[0]).toBeCloseTo(2, 12);
    expect(bands.p95[0]).toBeCloseTo(38, 12);
    expect(Array.from(bands.p50)).toEqual([20, 21, 22, 23]);
  });

  it('takes the final quarter (the last week of four) and pairs variants by seed', () => {
    expect(Array.from(finalQuarterValues(values, plan, 0, 0))).toEqual([3, 13, 23, 33, 43]);
    const [base, other] = summarise(values, plan, 0);
    expect(base.level.mean).toBe(23);
    expect(base.difference).toBeNull();
    // Differences 1, 2, 3, 4, 5: mean 3, sd √2.5, t(0.975, 4) = 2.776445.
    expect(other.difference?.mean).toBe(3);
    const half = (2.7764451 * Math.sqrt(2.5)) / Math.sqrt(5);
    expect(other.difference?.ci95[0]).toBeCloseTo(3 - half, 5);
    expect(other.clear).toBe(true);
  });
});
