import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trailingMean } from '../../../viz/charts/week-chart.ts';

describe('trailingMean (the helping chart’s 4-week average)', () => {
  it('is the mean of the last n weeks, and of what there is in the first weeks', () => {
    expect(Array.from(trailingMean(Float64Array.from([4, 0, 2, 6, 0, 0]), 4))).toEqual([4, 2, 2, 3, 2, 2]);
  });

  it('equals a direct mean over each window, for any series and window', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 60 }), fc.integer({ min: 1, max: 10 }), (counts, n) => {
        const values = Float64Array.from(counts, (c) => c / 12);
        const smoothed = trailingMean(values, n);
        expect(smoothed.length).toBe(values.length);
        values.forEach((_, i) => {
          const window = counts.slice(Math.max(0, i - n + 1), i + 1);
          expect(smoothed[i]).toBeCloseTo(window.reduce((a, b) => a + b, 0) / 12 / window.length, 9);
        });
      }),
    );
  });

  it('leaves the series as it is for a window of one week', () => {
    const values = Float64Array.from([0.1, 0.5, 0.2]);
    expect(trailingMean(values, 1)).toBe(values);
  });
});

describe('trailingMean with missing weeks (a team without members)', () => {
  it('leaves missing weeks out of each window, and a missing week stays missing (a gap)', () => {
    const out = Array.from(trailingMean(Float64Array.from([2, NaN, 4, 8, NaN, NaN, 6]), 2));
    expect(out).toEqual([2, NaN, 4, 6, NaN, NaN, 6]);
  });
});
