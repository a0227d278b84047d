/**
 * The paired comparison behind every library claim: variant − baseline over
 * the same seeds (common random numbers), with a two-sided 95% t interval
 * from sim/analysis.
 */
import { mean, pairedDifferenceCi } from '../../sim/analysis/index.ts';
import type { Direction } from './claims.ts';

export interface PairedSummary {
  readonly n: number;
  /** Mean of variant − baseline. */
  readonly mean: number;
  readonly low: number;
  readonly high: number;
  readonly baselineMean: number;
  readonly variantMean: number;
}

export function pairedDifference(baseline: readonly number[], variant: readonly number[]): PairedSummary {
  const est = pairedDifferenceCi(variant, baseline);
  return {
    n: est.n,
    mean: est.mean,
    low: est.ci95[0],
    high: est.ci95[1],
    baselineMean: mean(baseline),
    variantMean: mean(variant),
  };
}

/** True when the whole interval lies on the claimed side of zero. */
export function supports(summary: PairedSummary, direction: Direction): boolean {
  return direction === 'higher' ? summary.low > 0 : summary.high < 0;
}

export function formatSummary(s: PairedSummary, digits = 4): string {
  const f = (x: number) => x.toFixed(digits);
  return `Δ = ${f(s.mean)} [${f(s.low)}, ${f(s.high)}] (baseline ${f(s.baselineMean)}, variant ${f(s.variantMean)}, n = ${s.n})`;
}
