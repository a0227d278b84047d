import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excludesZero, mean, meanWithCi, pairedDifferenceCi, pairedDifferences, sampleSd } from '../../sim/analysis/index.ts';

describe('means, spreads and confidence intervals', () => {
  const sample = [2, 4, 4, 4, 5, 5, 7, 9];

  it('the mean and sample sd of a known sample', () => {
    expect(mean(sample)).toBe(5);
    expect(sampleSd(sample)).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it('the 95% CI of a known sample is mean ± t(0.975, 7)·sd/√n', () => {
    const { mean: m, ci95 } = meanWithCi(sample);
    // t(0.975, 7) = 2.364624252; half-width = 2.364624252 · 2.138089935 / √8 = 1.787483…
    expect(m).toBe(5);
    expect(ci95[0]).toBeCloseTo(3.212516, 5);
    expect(ci95[1]).toBeCloseTo(6.787484, 5);
  });

  it('a single value has no estimable interval; an empty sample has no mean', () => {
    expect(meanWithCi([3]).ci95.every(Number.isNaN)).toBe(true);
    expect(mean([])).toBeNaN();
  });

  it('paired differences of identical arrays are exactly zero, with a zero-width CI', () => {
    const a = [0.31, 0.72, 0.5, 0.123456789];
    expect(Array.from(pairedDifferences(a, a))).toEqual([0, 0, 0, 0]);
    expect(pairedDifferenceCi(a, a)).toEqual({ mean: 0, ci95: [0, 0], n: 4 });
  });

  it('a paired difference is the CI of the element-wise differences', () => {
    const control = [1, 2, 3, 4, 5];
    const treatment = [1.5, 2.4, 3.6, 4.4, 5.6];
    const d = pairedDifferenceCi(treatment, control);
    expect(d.mean).toBeCloseTo(0.5, 12);
    expect(excludesZero(d.ci95)).toBe(true);
  });

  it('refuses paired samples of different lengths', () => {
    expect(() => pairedDifferences([1, 2], [1])).toThrow(/same length/);
  });

  it('the interval always contains the mean, and a constant sample has zero width (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 50 }), (xs) => {
        const { mean: m, ci95 } = meanWithCi(xs);
        expect(ci95[0]).toBeLessThanOrEqual(m);
        expect(ci95[1]).toBeGreaterThanOrEqual(m);
      }),
    );
    expect(meanWithCi([0.25, 0.25, 0.25]).ci95).toEqual([0.25, 0.25]);
  });
});
