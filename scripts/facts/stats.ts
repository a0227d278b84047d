/**
 * Paired statistics for the stylized facts: the mean paired difference and its
 * 95% t interval, from the same module the CLI and the compare page use.
 */
import { meanWithCi } from '../../sim/analysis/index.ts';

export interface PairedSummary {
  readonly n: number;
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

/** Mean and 95% CI of paired differences (an interval that cannot be estimated is infinite, so it never passes). */
export function pairedSummary(diffs: readonly number[]): PairedSummary {
  const estimate = meanWithCi(diffs);
  const [lo, hi] = estimate.ci95;
  if (Number.isNaN(lo)) return { n: estimate.n, mean: estimate.mean, lo: -Infinity, hi: Infinity };
  return { n: estimate.n, mean: estimate.mean, lo, hi };
}
