/**
 * Summaries of an ensemble for drawing: per-week quantile bands of one metric
 * per variant, and per-run final-quarter values for the summary table. The
 * statistics themselves (means, t intervals, paired differences) come from
 * sim/analysis; the quantile bands are here because sim/analysis has none.
 */
import { finalQuarterWeeks } from '../../../../sim/analysis/index.ts';
import { runStride, type EnsemblePlan } from './plan.ts';

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
 * statistics (Hyndman & Fan type 7, the default of R and NumPy). NaN when empty.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

type Layout = Pick<EnsemblePlan, 'runsPerVariant' | 'weeks' | 'metricIndices'>;

/** The value of run `run` (within `variant`) at `week` (0-based) of the metric in column `column`. */
function at(values: Float64Array, plan: Layout, variant: number, run: number, week: number, column: number): number {
  const stride = runStride(plan);
  return values[(variant * plan.runsPerVariant + run) * stride + week * plan.metricIndices.length + column];
}

/** Quantile bands of one metric column for one variant, week by week; runs with no value that week are left out. */
export function quantileBands(values: Float64Array, plan: Layout, variant: number, column: number): QuantileBands {
  const bands: QuantileBands = {
    p05: new Float64Array(plan.weeks),
    p25: new Float64Array(plan.weeks),
    p50: new Float64Array(plan.weeks),
    p75: new Float64Array(plan.weeks),
    p95: new Float64Array(plan.weeks),
  };
  const sample = new Float64Array(plan.runsPerVariant);
  for (let w = 0; w < plan.weeks; w++) {
    let n = 0;
    for (let r = 0; r < plan.runsPerVariant; r++) {
      const v = at(values, plan, variant, r, w, column);
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
  const out = new Float64Array(plan.runsPerVariant);
  for (let r = 0; r < plan.runsPerVariant; r++) {
    let sum = 0;
    let n = 0;
    for (let w = from - 1; w < to; w++) {
      const v = at(values, plan, variant, r, w, column) - (minusColumn === undefined ? 0 : at(values, plan, variant, r, w, minusColumn));
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
  const out = new Float64Array(plan.weeks);
  for (let w = 0; w < plan.weeks; w++) out[w] = at(values, plan, variant, run, w, column);
  return out;
}
