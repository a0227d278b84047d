/**
 * Paired statistics for the stylized facts: mean paired difference and a 95%
 * confidence interval with a Student t quantile (Cornish–Fisher expansion of
 * the normal quantile, accurate to about 1e-3 for df ≥ 10).
 */

/** 97.5% quantile of Student's t with df degrees of freedom. */
export function tQuantile975(df: number): number {
  const z = 1.959963984540054;
  const z3 = z * z * z;
  const z5 = z3 * z * z;
  const z7 = z5 * z * z;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df * df * df);
}

export interface PairedSummary {
  readonly n: number;
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

/** Mean and 95% CI of paired differences. */
export function pairedSummary(diffs: readonly number[]): PairedSummary {
  const n = diffs.length;
  const mean = diffs.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? diffs.reduce((a, b) => a + (b - mean) * (b - mean), 0) / (n - 1) : 0;
  const half = n > 1 ? tQuantile975(n - 1) * Math.sqrt(variance / n) : Infinity;
  return { n, mean, lo: mean - half, hi: mean + half };
}
