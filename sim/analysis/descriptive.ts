/**
 * Descriptive statistics over plain number arrays. Sums run in index order so
 * the same inputs give the same bits on every machine and thread count.
 */

/** Arithmetic mean; NaN for an empty sample. */
export function mean(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  return sum / n;
}

/**
 * Sample variance (denominator n − 1), by the two-pass algorithm, which avoids
 * the cancellation of the textbook one-pass formula. NaN when n < 2.
 */
export function sampleVariance(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return NaN;
  const m = mean(values);
  let squares = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - m;
    squares += d * d;
    compensation += d;
  }
  // Corrected two-pass formula (Chan, Golub & LeVeque 1983).
  return Math.max(0, (squares - (compensation * compensation) / n) / (n - 1));
}

/** Sample standard deviation (denominator n − 1); NaN when n < 2. */
export function sampleSd(values: ArrayLike<number>): number {
  return Math.sqrt(sampleVariance(values));
}
