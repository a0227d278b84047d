/**
 * Reading a run's results: the one place that knows how `RunResult.values`
 * is laid out, and how the ensembles' blocks of series are. Everything that
 * reads a value by week, unit and metric (tidy rows, summaries, experiments'
 * measures, the workers, the pages) goes through these functions.
 *
 * A run's values are week-major: for week w (1-based), unit u (a team index
 * in `teamNames` order, or `teamNames.length` for the whole organisation) and
 * metric column m, the value is at ((w − 1) · units + u) · M + m, where
 * units = teams + 1 and M = `metricKeys.length`. A missing value (a team with
 * no members has no morale) is NaN; every summary here skips it.
 */
import type { RunResult } from './types.ts';

/** What the functions below read of a run. */
export type RunValues = Pick<RunResult, 'weeks' | 'teamNames' | 'metricKeys' | 'values'>;

/** Units of a run: each team, then the organisation. */
export function unitsOf(run: Pick<RunResult, 'teamNames'>): number {
  return run.teamNames.length + 1;
}

/** The organisation's unit index (after the teams). */
export function orgUnit(run: Pick<RunResult, 'teamNames'>): number {
  return run.teamNames.length;
}

/** Values per week: every unit's every metric. */
export function weekLength(run: Pick<RunResult, 'teamNames' | 'metricKeys'>): number {
  return unitsOf(run) * run.metricKeys.length;
}

/** How many values a run of `weeks` weeks with `teams` teams and `metrics` metrics holds. */
export function valueCount(weeks: number, teams: number, metrics: number): number {
  return weeks * (teams + 1) * metrics;
}

/** Index in `values` of `week` (1-based), `unit` and metric column `metric`. */
export function valueIndex(run: Pick<RunResult, 'teamNames' | 'metricKeys'>, week: number, unit: number, metric: number): number {
  return ((week - 1) * unitsOf(run) + unit) * run.metricKeys.length + metric;
}

/** The value of metric column `metric` for `unit` in `week` (1-based). */
export function valueAt(run: Pick<RunResult, 'teamNames' | 'metricKeys' | 'values'>, week: number, unit: number, metric: number): number {
  return run.values[valueIndex(run, week, unit, metric)];
}

/** The weekly series (week 1 first) of metric column `metric` for `unit` (default: the organisation). */
export function series(run: RunValues, metric: number, unit: number = orgUnit(run)): Float64Array {
  const out = new Float64Array(run.weeks);
  for (let w = 1; w <= run.weeks; w++) out[w - 1] = valueAt(run, w, unit, metric);
  return out;
}

/** The values of weeks `fromWeek`…`toWeek` (1-based, inclusive), every unit and metric, as a new array. */
export function weekRows(run: Pick<RunResult, 'teamNames' | 'metricKeys' | 'values'>, fromWeek: number, toWeek: number): Float64Array {
  const length = weekLength(run);
  return run.values.slice((fromWeek - 1) * length, toWeek * length);
}

/**
 * Sum and count of the present values among `count` values of `values` from `start`, `stride` apart (missing NaN
 * skipped), summed in index order so the same inputs give the same bits everywhere.
 */
function presentSum(values: ArrayLike<number>, start: number, count: number, stride: number): { sum: number; n: number } {
  let sum = 0;
  let n = 0;
  for (let i = 0, at = start; i < count; i++, at += stride) {
    const v = values[at];
    if (Number.isNaN(v)) continue;
    sum += v;
    n++;
  }
  return { sum, n };
}

/** Mean of the present values among `count` values from `start`, `stride` apart; NaN when every one is missing. */
export function meanOfPresent(values: ArrayLike<number>, start: number, count: number, stride: number): number {
  const { sum, n } = presentSum(values, start, count, stride);
  return n > 0 ? sum / n : NaN;
}

/** Number of weeks in the final quarter of a run of `weeks` weeks: ceil(weeks / 4), at least one. */
export function finalQuarterWeeks(weeks: number): number {
  return Math.max(1, Math.ceil(weeks / 4));
}

/**
 * The final-quarter summary of a run: each metric's mean over the last quarter of its weeks, for `unit` (default: the
 * organisation). Compare, sweep and the screenings summarise runs this way so start-up transients do not dominate.
 * Missing weeks are skipped; a metric missing in every week of the final quarter is NaN.
 */
export function finalQuarter(run: RunValues, unit: number = orgUnit(run)): Float64Array {
  const metrics = run.metricKeys.length;
  const span = Math.min(run.weeks, finalQuarterWeeks(run.weeks));
  const out = new Float64Array(metrics);
  for (let k = 0; k < metrics; k++) out[k] = meanOfPresent(run.values, valueIndex(run, run.weeks - span + 1, unit, k), span, weekLength(run));
  return out;
}

/** Each metric's sum over all weeks for `unit` (missing weeks skipped; NaN when missing in every week): totals of flows. */
export function runTotals(run: RunValues, unit: number = orgUnit(run)): Float64Array {
  const metrics = run.metricKeys.length;
  const out = new Float64Array(metrics);
  for (let k = 0; k < metrics; k++) {
    const { sum, n } = presentSum(run.values, valueIndex(run, 1, unit, k), run.weeks, weekLength(run));
    out[k] = n > 0 ? sum : NaN;
  }
  return out;
}

/**
 * A block of series, the ensembles' layout: `runs` runs, each `weeks` weeks of `columns` kept organisation metrics,
 * run-major then week then column (sim/batch computes it; the compare page reads it).
 */
export interface SeriesBlock {
  readonly weeks: number;
  /** Metric columns kept per week. */
  readonly columns: number;
}

/** Numbers per run in a block. */
export function blockStride(block: SeriesBlock): number {
  return block.weeks * block.columns;
}

/** Index in a block of run `run`, week `week` (0-based) and column `column`. */
export function blockIndex(block: SeriesBlock, run: number, week: number, column: number): number {
  return run * blockStride(block) + week * block.columns + column;
}

/** Run `run`'s series of one column (weeks 0…weeks − 1). */
export function blockSeries(values: Float64Array, block: SeriesBlock, run: number, column: number): Float64Array {
  const out = new Float64Array(block.weeks);
  for (let w = 0; w < block.weeks; w++) out[w] = values[blockIndex(block, run, w, column)];
  return out;
}

/** Run `run`'s mean of one column over the final quarter of the block's weeks (missing weeks skipped; NaN when all are). */
export function blockFinalQuarter(values: Float64Array, block: SeriesBlock, run: number, column: number): number {
  const span = finalQuarterWeeks(block.weeks);
  return meanOfPresent(values, blockIndex(block, run, block.weeks - span, column), span, block.columns);
}
