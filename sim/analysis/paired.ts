/**
 * Summaries of runs on common seeds that a person reads without statistics:
 * a metric over a window of weeks, and in how many seeds one run came out
 * above, below or level with the other ("in 88 of 100 futures").
 */

/**
 * A weekly series (index 0 = week 1) over weeks `from`–`to` (1-based, inclusive): the total when `sum`, otherwise
 * the mean. Missing weeks (NaN: a team with no members) are left out; NaN when every week is missing or the series
 * is shorter than the window's start.
 */
export function windowValue(series: ArrayLike<number>, from: number, to: number, sum: boolean): number {
  let total = 0;
  let n = 0;
  for (let w = Math.max(1, from); w <= Math.min(to, series.length); w++) {
    const v = series[w - 1];
    if (Number.isNaN(v)) continue;
    total += v;
    n++;
  }
  if (n === 0) return NaN;
  return sum ? total : total / n;
}

/** How many paired seeds came out higher, lower and level in `treatment` than in `control` (pairs with a missing side left out). */
export interface PairedSigns {
  readonly higher: number;
  readonly lower: number;
  readonly same: number;
  /** Pairs counted: higher + lower + same. */
  readonly n: number;
}

export function pairedSigns(treatment: ArrayLike<number>, control: ArrayLike<number>): PairedSigns {
  if (treatment.length !== control.length) {
    throw new RangeError(`paired samples must have the same length, got ${treatment.length} and ${control.length}`);
  }
  let higher = 0;
  let lower = 0;
  let same = 0;
  for (let i = 0; i < treatment.length; i++) {
    const d = treatment[i] - control[i];
    if (Number.isNaN(d)) continue;
    if (d > 0) higher++;
    else if (d < 0) lower++;
    else same++;
  }
  return { higher, lower, same, n: higher + lower + same };
}
