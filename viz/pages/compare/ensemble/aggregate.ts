/**
 * Summaries of an ensemble for drawing: per-week quantile bands of one metric
 * per variant, and per-run final-quarter values for the summary table, read
 * from the ensemble's block of series (sim/results.ts). The statistics
 * themselves come from sim/analysis (means, t intervals, paired differences)
 * and d3-array (quantiles).
 */
import { quantileSorted as d3QuantileSorted } from 'd3-array';
import { blockIndex, blockSeries, finalQuarterWeeks } from '../../../../sim/results.ts';
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

/** A window of weeks a run is summarised over (1-based, inclusive), by its mean or its total. */
export interface WeekWindow {
  readonly from: number;
  readonly to: number;
  readonly aggregate: 'mean' | 'sum';
}

/** The final quarter of a run of `weeks` weeks, averaged: the summary sim/analysis uses (start-up transients do not dominate). */
export function finalQuarterWindow(weeks: number): WeekWindow {
  return { from: weeks - finalQuarterWeeks(weeks) + 1, to: weeks, aggregate: 'mean' };
}

/**
 * Each run's mean (or total) of one metric column over a window of weeks, in seed order: index i of every variant is
 * the same seed, ready for pairing. With `minusColumn`, the quantity is that column subtracted week by week (survey
 * minus truth). Missing weeks are left out; a run missing in every week of the window is NaN.
 */
export function windowValues(values: Float64Array, plan: Layout, variant: number, column: number, window: WeekWindow, minusColumn?: number): Float64Array {
  const from = Math.max(1, Math.min(plan.weeks, window.from));
  const to = Math.max(from, Math.min(plan.weeks, window.to));
  const block = blockOf(plan);
  const at = (run: number, week: number, c: number) => values[blockIndex(block, variant * plan.runsPerVariant + run, week, c)];
  const out = new Float64Array(plan.runsPerVariant);
  for (let r = 0; r < plan.runsPerVariant; r++) {
    let sum = 0;
    let n = 0;
    for (let w = from - 1; w < to; w++) {
      const v = at(r, w, column) - (minusColumn === undefined ? 0 : at(r, w, minusColumn));
      if (!Number.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    out[r] = n === 0 ? NaN : window.aggregate === 'sum' ? sum : sum / n;
  }
  return out;
}

/** Each run's mean of one metric over the final quarter of the weeks, in seed order. */
export function finalQuarterValues(values: Float64Array, plan: Layout, variant: number, column: number): Float64Array {
  return windowValues(values, plan, variant, column, finalQuarterWindow(plan.weeks));
}

/** One run's whole series of a metric column (for single-run playback). */
export function runSeries(values: Float64Array, plan: Layout, variant: number, run: number, column: number): Float64Array {
  return blockSeries(values, blockOf(plan), variant * plan.runsPerVariant + run, column);
}
