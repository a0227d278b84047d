/**
 * When annualised turnover is shown, and what a small team sees instead.
 *
 * The engine's annualised turnover is the quits of the last 13 weeks over the
 * mean headcount, times 4, so one quit moves it by 4 ÷ headcount: 33 points
 * in a team of 12 (one or two quits read as "60–70% turnover" and alarm a
 * room), 10 points at 40 people. The rule: the rate is shown only for weeks
 * where the mean headcount over its 13-week window is at least
 * MIN_HEADCOUNT_FOR_TURNOVER, so a single quit moves it by at most 10 points;
 * an organisation that starts smaller is shown the people who left, as a
 * count (per month and in all), on both pages.
 */
import { trailingMean } from '../charts/week-chart.ts';

/** People (mean headcount over the rate's 13-week window) below which annualised turnover is not shown. */
export const MIN_HEADCOUNT_FOR_TURNOVER = 40;

/** The window annualised turnover is computed over (weeks). */
export const TURNOVER_WINDOW_WEEKS = 13;

/** Whether a rate over this headcount is shown (one quit moves it by at most 10 points). */
export function turnoverMeaningful(headcount: number): boolean {
  return Number.isFinite(headcount) && headcount >= MIN_HEADCOUNT_FOR_TURNOVER;
}

/** Whether an organisation of this size at the start is shown annualised turnover at all (else: people who left, a count). */
export function showsTurnover(startingPeople: number): boolean {
  return turnoverMeaningful(startingPeople);
}

/** The turnover series with the weeks the rule leaves out set to NaN (a gap): where the window's mean headcount is too small. */
export function meaningfulTurnover(turnover: ArrayLike<number>, headcount: Float64Array): Float64Array {
  const window = trailingMean(headcount, TURNOVER_WINDOW_WEEKS);
  const out = new Float64Array(turnover.length);
  for (let i = 0; i < out.length; i++) out[i] = turnoverMeaningful(window[i]) ? turnover[i] : NaN;
  return out;
}

/** Running total of a weekly count (people who left so far); a missing week adds nothing. */
export function runningTotal(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i])) sum += values[i];
    out[i] = sum;
  }
  return out;
}
