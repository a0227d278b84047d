/**
 * The ensemble's summary table: per variant the mean over a window of weeks
 * (the final quarter, or the weeks the scenario's note names) with its 95%
 * interval, and the paired difference from the baseline (same seeds) with its
 * 95% interval and how many seeds differ in each direction.
 */
import { clipInterval, differenceRange, excludesZero, meanWithCi, pairedDifferenceCi, pairedDifferences, type MeanEstimate } from '../../../../sim/analysis/index.ts';
import { METRICS, type MetricSpec } from '../../../../sim/metrics.ts';
import { finalQuarterWindow, windowValues, type WeekWindow } from './aggregate.ts';
import type { EnsemblePlan } from './plan.ts';
import { signCount, type SignCount } from './words.ts';

export interface SummaryRow {
  readonly variant: number;
  readonly level: MeanEstimate;
  /** Null for the baseline itself. */
  readonly difference: MeanEstimate | null;
  /** Whether the difference's 95% interval lies wholly on one side of zero (at full precision; the page checks it as printed). */
  readonly clear: boolean;
  /** Seeds on which the variant is higher and lower than the baseline (null for the baseline). */
  readonly signs: SignCount | null;
}

type SummaryPlan = Pick<EnsemblePlan, 'runsPerVariant' | 'weeks' | 'metricIndices' | 'scenarios'>;

/** The range a window's value can take: a mean keeps the metric's range, a sum of counts only its lower bound. */
function windowRange(range: readonly [number, number] | undefined, window: WeekWindow, minus: boolean): readonly [number, number] | undefined {
  if (!range || minus) return undefined;
  return window.aggregate === 'mean' ? range : [range[0] * (window.to - window.from + 1), Infinity];
}

/**
 * Summary rows for one metric column over `window` (the final quarter unless given), variant 0 being the baseline the
 * others are paired with; with `minusColumn`, of that column subtracted week by week.
 */
export function summarise(values: Float64Array, plan: SummaryPlan, column: number, window: WeekWindow = finalQuarterWindow(plan.weeks), minusColumn?: number): SummaryRow[] {
  const finals = plan.scenarios.map((_, v) => windowValues(values, plan, v, column, window, minusColumn));
  // Intervals are clipped to the range the metric can take (a share's is [0, 1]), as the CLI's compare does.
  const range = windowRange((METRICS[plan.metricIndices[column]] as MetricSpec | undefined)?.range, window, minusColumn !== undefined);
  return finals.map((final, variant) => {
    const level = clipInterval(meanWithCi(final), range);
    if (variant === 0) return { variant, level, difference: null, clear: false, signs: null };
    const difference = clipInterval(pairedDifferenceCi(final, finals[0]), differenceRange(range));
    return { variant, level, difference, clear: excludesZero(difference.ci95), signs: signCount(pairedDifferences(final, finals[0])) };
  });
}

/** One comparison: `treatment` − `control` (variant indices) over a window, with its interval and sign counts. */
export function compareVariants(values: Float64Array, plan: SummaryPlan, column: number, window: WeekWindow, treatment: number, control: number, minusColumn?: number): { difference: MeanEstimate; signs: SignCount } {
  const a = windowValues(values, plan, treatment, column, window, minusColumn);
  const b = windowValues(values, plan, control, column, window, minusColumn);
  const range = windowRange((METRICS[plan.metricIndices[column]] as MetricSpec | undefined)?.range, window, minusColumn !== undefined);
  return { difference: clipInterval(pairedDifferenceCi(a, b), differenceRange(range)), signs: signCount(pairedDifferences(a, b)) };
}
