/**
 * Summaries of an ensemble for drawing: per-week quantile bands of one metric
 * per variant, and per-run final-quarter values for the summary table, read
 * from the ensemble's block of series (sim/results.ts). The statistics
 * themselves come from sim/analysis (means, t intervals, paired differences)
 * and d3-array (quantiles).
 */
import { quantileSorted as d3QuantileSorted } from 'd3-array';
import { blockFinalQuarter, blockIndex, blockSeries } from '../../../../sim/results.ts';
import { blockOf, type EnsemblePlan } from './plan.ts';

/** Per-week quantiles of one metric for one variant: the 90% band, the 50% band and the median. */
export interface QuantileBands {
  readonly p05: Float64Array;
  readonly p25: Float64Array;
  readonly p50: Float64Array;
  readonly p75: Float64Array;
  readonly p95: Float64Array;
}

/**
 * Quantile of ascending-sorted values with linear interpolation between order
 * statistics (Hyndman & Fan type 7, the default of R and NumPy): d3-array's,
 * NaN when empty.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  // d3-array reads any array-like by index and length; its types ask for an Array.
  return d3QuantileSorted(sorted as unknown as number[], p) ?? NaN;
}

type Layout = Pick<EnsemblePlan, 'runsPerVariant' | 'weeks' | 'metricIndices'>;


/** Quantile bands of one metric column for one variant, week by week; runs with no value that week are left out. */
export function quantileBands(values: Float64Array, plan: Layout, variant: number, column: number): QuantileBands {
  const bands: QuantileBands = {
    p05: new Float64Array(plan.weeks),
    p25: new Float64Array(plan.weeks),
    p50: new Float64Array(plan.weeks),
    p75: new Float64Array(plan.weeks),
    p95: new Float64Array(plan.weeks),
  };
  const block = blockOf(plan);
  const sample = new Float64Array(plan.runsPerVariant);
  for (let w = 0; w < plan.weeks; w++) {
    let n = 0;
    for (let r = 0; r < plan.runsPerVariant; r++) {
      const v = values[blockIndex(block, variant * plan.runsPerVariant + r, w, column)];
      if (!Number.isNaN(v)) sample[n++] = v;
    }
    const sorted = sample.subarray(0, n).sort();
    bands.p05[w] = quantileSorted(sorted, 0.05);
    bands.p25[w] = quantileSorted(sorted, 0.25);
    bands.p50[w] = quantileSorted(sorted, 0.5);
    bands.p75[w] = quantileSorted(sorted, 0.75);
    bands.p95[w] = quantileSorted(sorted, 0.95);
  }
  return bands;
}

/**
 * Each run's mean of one metric over the final quarter of the weeks (the
 * summary sim/analysis uses, so start-up transients do not dominate), in seed
 * order: index i of every variant is the same seed, ready for pairing.
 */
export function finalQuarterValues(values: Float64Array, plan: Layout, variant: number, column: number): Float64Array {
  const block = blockOf(plan);
  return Float64Array.from({ length: plan.runsPerVariant }, (_, r) => blockFinalQuarter(values, block, variant * plan.runsPerVariant + r, column));
}

/** One run's whole series of a metric column (for single-run playback). */
export function runSeries(values: Float64Array, plan: Layout, variant: number, run: number, column: number): Float64Array {
  return blockSeries(values, blockOf(plan), variant * plan.runsPerVariant + run, column);
}
