/**
 * How the validation suite decides a claim on one block of seeds: every
 * measured quantity is an estimate with a 95% interval, and a threshold is
 * passed only when the whole interval lies on its passing side. When the
 * interval straddles the threshold the block is "undecided" (more seeds would
 * be needed), which does not pass. So sampling noise cannot turn a FAIL into a
 * PASS, and a PASS is not one lucky draw.
 *
 *   - a share of seeds (how often something happens): Wilson score interval;
 *   - a mean over seeds, or a mean paired difference: Student's t interval;
 *   - several intervals judged together (one per strategy): Bonferroni, each at
 *     level 1 − 0.05/K, so the family is wrong with chance at most 5%.
 */
import { meanWithCi, pairedDifferences, tQuantile } from '../../sim/analysis/index.ts';

export type Verdict = 'pass' | 'fail' | 'undecided';
export type Interval = readonly [number, number];

/** The normal quantile of a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/** A count of seeds out of `n` with its 95% Wilson score interval (good coverage near 0% and 100%, unlike the normal approximation). */
export interface ShareEstimate {
  readonly count: number;
  readonly n: number;
  readonly share: number;
  readonly ci: Interval;
}

export function wilson(count: number, n: number): ShareEstimate {
  if (!(n > 0) || count < 0 || count > n) throw new RangeError(`a share needs 0 ≤ count ≤ n and n > 0, got ${count} of ${n}`);
  const p = count / n;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At 0 and n the interval reaches 0 and 1 exactly (rounding would leave 1 − 1e-16).
  return { count, n, share: p, ci: [count === 0 ? 0 : Math.max(0, centre - half), count === n ? 1 : Math.min(1, centre + half)] };
}

/** A mean over seeds with its t interval (at `level`, default 95%). */
export interface MeanEstimate {
  readonly mean: number;
  readonly n: number;
  readonly ci: Interval;
}

export function meanEstimate(values: readonly number[], level = 0.95): MeanEstimate {
  if (values.length < 2) throw new RangeError(`a mean with an interval needs at least 2 seeds, got ${values.length}`);
  const e = meanWithCi(values, level);
  return { mean: e.mean, n: e.n, ci: e.ci95 };
}

/** The mean of a[i] − b[i] (the same seed numbers) with its t interval. */
export function pairedEstimate(a: readonly number[], b: readonly number[], level = 0.95): MeanEstimate {
  return meanEstimate(Array.from(pairedDifferences(a, b)), level);
}

/** The level of each of `k` intervals judged together so that all hold with chance at least 95% (Bonferroni). */
export const bonferroni = (k: number): number => 1 - 0.05 / k;

/** Pass when the interval lies wholly at or above `threshold`, fail when wholly below. */
export function atLeast(ci: Interval, threshold: number): Verdict {
  if (ci[0] >= threshold) return 'pass';
  return ci[1] < threshold ? 'fail' : 'undecided';
}

/** Pass when the interval lies wholly at or below `threshold`, fail when wholly above. */
export function atMost(ci: Interval, threshold: number): Verdict {
  if (ci[1] <= threshold) return 'pass';
  return ci[0] > threshold ? 'fail' : 'undecided';
}

/** Pass when the interval lies wholly above zero (a positive effect), fail when wholly below; an interval containing 0 is undecided. */
export function positive(ci: Interval): Verdict {
  if (ci[0] > 0) return 'pass';
  return ci[1] < 0 ? 'fail' : 'undecided';
}

/**
 * Equivalence: pass when the interval lies wholly inside [−margin, margin] (the effect, if any, is smaller than the
 * margin), fail when it lies wholly outside (the effect is larger), undecided otherwise.
 */
export function within(ci: Interval, margin: number): Verdict {
  if (ci[0] >= -margin && ci[1] <= margin) return 'pass';
  return ci[0] > margin || ci[1] < -margin ? 'fail' : 'undecided';
}

/** Several verdicts together: fail if any fails, otherwise undecided if any is, otherwise pass. */
export function allOf(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('fail')) return 'fail';
  return verdicts.includes('undecided') ? 'undecided' : 'pass';
}

/** Exact equality on every seed (for what has no randomness). */
export function everySeed(equal: readonly boolean[]): Verdict {
  return equal.every(Boolean) ? 'pass' : 'fail';
}

/** The t quantile used by an interval at `level` with n seeds (for reporting half-widths). */
export const tFactor = (level: number, n: number): number => tQuantile(1 - (1 - level) / 2, n - 1);

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** "18/20 (95% CI 70–97%)" */
export function formatShare(e: ShareEstimate): string {
  return `${e.count}/${e.n} (95% CI ${Math.round(e.ci[0] * 100)}–${percent(e.ci[1])})`;
}

/** "0.82 [0.78, 0.86]" (`digits` decimals). */
export function formatMean(e: MeanEstimate, digits = 2): string {
  return `${fixed(e.mean, digits)} [${fixed(e.ci[0], digits)}, ${fixed(e.ci[1], digits)}]`;
}

/** Signed, with a true minus sign: "+0.012", "−0.004". */
export function formatSigned(e: MeanEstimate, digits = 3): string {
  const f = (x: number) => `${x < 0 ? '−' : '+'}${Math.abs(x).toFixed(digits)}`;
  return `${f(e.mean)} [${f(e.ci[0])}, ${f(e.ci[1])}]`;
}

function fixed(x: number, digits: number): string {
  const text = x.toFixed(digits);
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

export const VERDICT_TEXT: Record<Verdict, string> = { pass: 'PASS', fail: 'FAIL', undecided: 'UNDECIDED' };
