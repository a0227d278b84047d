/**
 * t-based confidence intervals of a mean and of paired differences.
 */
import { mean, sampleSd } from './descriptive.ts';
import { tQuantile } from './tDistribution.ts';

/** A mean with its confidence interval `[lo, hi]`. */
export interface MeanEstimate {
  readonly mean: number;
  readonly ci95: readonly [number, number];
  readonly n: number;
}

/**
 * Mean and t-based confidence interval (default 95%): mean ± t(1 − α/2, n − 1) · sd / √n.
 * With fewer than two values the interval is [NaN, NaN] (it cannot be estimated).
 * A sample of identical values gives a zero-width interval.
 */
export function meanWithCi(values: ArrayLike<number>, level = 0.95): MeanEstimate {
  const n = values.length;
  const m = mean(values);
  if (n < 2) return { mean: m, ci95: [NaN, NaN], n };
  const sd = sampleSd(values);
  if (sd === 0) return { mean: m, ci95: [m, m], n };
  const half = (tQuantile(1 - (1 - level) / 2, n - 1) * sd) / Math.sqrt(n);
  return { mean: m, ci95: [m - half, m + half], n };
}

/**
 * Element-wise differences `treatment[i] − control[i]` of two runs on the same
 * seeds (common random numbers). Identical inputs give exact zeros.
 */
export function pairedDifferences(treatment: ArrayLike<number>, control: ArrayLike<number>): Float64Array {
  if (treatment.length !== control.length) {
    throw new RangeError(`paired samples must have the same length, got ${treatment.length} and ${control.length}`);
  }
  const out = new Float64Array(treatment.length);
  for (let i = 0; i < out.length; i++) out[i] = treatment[i] - control[i];
  return out;
}

/** Mean paired difference with its confidence interval (a paired t interval). */
export function pairedDifferenceCi(treatment: ArrayLike<number>, control: ArrayLike<number>, level = 0.95): MeanEstimate {
  return meanWithCi(pairedDifferences(treatment, control), level);
}

/** Whether an interval lies wholly on one side of zero. */
export function excludesZero(ci: readonly [number, number]): boolean {
  return ci[0] > 0 || ci[1] < 0;
}
