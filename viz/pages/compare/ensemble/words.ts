/**
 * Results in words beside their intervals: "higher in 88 of 100 futures" is
 * the share of paired seeds (the same people and luck, the variant or not)
 * on which the difference has the stated sign. A room reads that more surely
 * than an interval, and it is exactly what the ensemble counted.
 */

/** How many paired seeds have a positive and a negative difference (exact ties and missing pairs are neither). */
export interface SignCount {
  readonly higher: number;
  readonly lower: number;
  /** Pairs with a difference at all (not missing). */
  readonly n: number;
}

export function signCount(differences: ArrayLike<number>): SignCount {
  let higher = 0;
  let lower = 0;
  let n = 0;
  for (let i = 0; i < differences.length; i++) {
    const d = differences[i];
    if (Number.isNaN(d)) continue;
    n++;
    if (d > 0) higher++;
    else if (d < 0) lower++;
  }
  return { higher, lower, n };
}

/** "in 88 of 100 futures", "in all 100 futures", "in none of the 100 futures". */
export function inFutures(count: number, n: number): string {
  if (n === 0) return 'in no future (no runs to compare)';
  if (count === n) return n === 1 ? 'in the one future' : `in all ${n} futures`;
  if (count === 0) return `in none of the ${n} futures`;
  return `in ${count} of ${n} future${n === 1 ? '' : 's'}`;
}

/**
 * The difference's direction in words, stated as the mean has it (`sign` of the mean as printed: 1, −1, or 0 when it
 * prints as zero): "higher in 88 of 100 futures"; with no direction, both counts.
 */
export function directionWords(counts: SignCount, sign: number): string {
  if (sign > 0) return `higher ${inFutures(counts.higher, counts.n)}`;
  if (sign < 0) return `lower ${inFutures(counts.lower, counts.n)}`;
  if (counts.higher === 0 && counts.lower === 0) return `the same ${inFutures(counts.n, counts.n)}`;
  return `higher in ${counts.higher}, lower in ${counts.lower} of ${counts.n} futures`;
}
