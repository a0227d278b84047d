/**
 * The ensemble's summary table: per variant the mean final-quarter value with
 * its 95% interval, and the paired difference from the baseline (same seeds)
 * with its 95% interval, flagged where the interval excludes zero.
 */
import { clipInterval, differenceRange, excludesZero, meanWithCi, pairedDifferenceCi, type MeanEstimate } from '../../../../sim/analysis/index.ts';
import { METRICS, type MetricSpec } from '../../../../sim/metrics.ts';
import { finalQuarterValues } from './aggregate.ts';
import type { EnsemblePlan } from './plan.ts';

export interface SummaryRow {
  readonly variant: number;
  readonly level: MeanEstimate;
  /** Null for the baseline itself. */
  readonly difference: MeanEstimate | null;
  /** Whether the difference's 95% interval lies wholly on one side of zero. */
  readonly clear: boolean;
}

/** Summary rows for one metric column, variant 0 being the baseline the others are paired with. */
export function summarise(values: Float64Array, plan: Pick<EnsemblePlan, 'runsPerVariant' | 'weeks' | 'metricIndices' | 'scenarios'>, column: number): SummaryRow[] {
  const finals = plan.scenarios.map((_, v) => finalQuarterValues(values, plan, v, column));
  // Intervals are clipped to the range the metric can take (a share's is [0, 1]), as the CLI's compare does.
  const range = (METRICS[plan.metricIndices[column]] as MetricSpec | undefined)?.range;
  return finals.map((final, variant) => {
    const level = clipInterval(meanWithCi(final), range);
    if (variant === 0) return { variant, level, difference: null, clear: false };
    const difference = clipInterval(pairedDifferenceCi(final, finals[0]), differenceRange(range));
    return { variant, level, difference, clear: excludesZero(difference.ci95) };
  });
}
