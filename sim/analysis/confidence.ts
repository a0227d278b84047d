/**
 * t-based confidence intervals of a mean and of paired differences. Missing
 * values (NaN: a team with no members has no morale) are skipped, and `n`
 * counts the values used. An interval can be clipped to the range its values
 * must lie in (a share to [0, 1]).
 */
import { mean, sampleSd } from './descriptive.ts';
import { tQuantile } from './tDistribution.ts';

/** A mean with its confidence interval `[lo, hi]`. */
export interface MeanEstimate {
  readonly mean: number;
  readonly ci95: readonly [number, number];
  readonly n: number;
}

/** The values that are not missing (not NaN), in order; the input itself when none is missing. */
export function present(values: ArrayLike<number>): ArrayLike<number> {
  let missing = 0;
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) missing++;
  if (missing === 0) return values;
  const out = new Float64Array(values.length - missing);
  let o = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out[o++] = values[i];
  return out;
}

/**
 * Mean and t-based confidence interval (default 95%): mean ± t(1 − α/2, n − 1) · sd / √n,
 * over the values that are not missing (NaN). With fewer than two values the interval is
 * [NaN, NaN] (it cannot be estimated); with none the mean is NaN too. A sample of identical
 * values gives a zero-width interval.
 */
export function meanWithCi(values: ArrayLike<number>, level = 0.95): MeanEstimate {
  const used = present(values);
  const n = used.length;
  const m = mean(used);
  if (n < 2) return { mean: m, ci95: [NaN, NaN], n };
  const sd = sampleSd(used);
  if (sd === 0) return { mean: m, ci95: [m, m], n };
  const half = (tQuantile(1 - (1 - level) / 2, n - 1) * sd) / Math.sqrt(n);
  return { mean: m, ci95: [m - half, m + half], n };
}

/**
 * The estimate with its interval clipped to `[low, high]`, the range the true mean must lie in (a share's is [0, 1]).
 * Clipping never removes the true mean from an interval, so coverage stays at least the nominal level; the t interval
 * alone can reach below 0 or above 1 when runs vary a lot near a bound.
 */
export function clipInterval(estimate: MeanEstimate, range: readonly [number, number] | undefined): MeanEstimate {
  if (!range) return estimate;
  const [lo, hi] = estimate.ci95;
  const clip = (x: number) => (Number.isNaN(x) ? x : Math.min(range[1], Math.max(range[0], x)));
  const clipped: [number, number] = [clip(lo), clip(hi)];
  return clipped[0] === lo && clipped[1] === hi ? estimate : { ...estimate, ci95: clipped };
}

/** The range of a difference of two values in `range`: [low − high, high − low]. */
export function differenceRange(range: readonly [number, number] | undefined): readonly [number, number] | undefined {
  return range ? [range[0] - range[1], range[1] - range[0]] : undefined;
}

/**
 * Element-wise differences `treatment[i] − control[i]` of two runs on the same
 * seeds (common random numbers). Identical inputs give exact zeros; a pair with a
 * missing side gives NaN (missing), which the interval then skips.
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
