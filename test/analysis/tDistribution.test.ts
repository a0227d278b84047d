import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logGamma, tCdf, tQuantile } from '../../sim/analysis/index.ts';

describe('Student t quantiles', () => {
  // Tabulated two-sided 95% critical values (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2), more digits from R's qt() and the Cornish–Fisher expansion for df = 1000.
  const table: [number, number, number][] = [
    [0.975, 1, 12.706204736],
    [0.975, 2, 4.302652730],
    [0.975, 3, 3.182446305],
    [0.975, 10, 2.228138852],
    [0.975, 30, 2.042272456],
    [0.975, 63, 1.998340543],
    [0.975, 1000, 1.962339081],
    [0.95, 5, 2.015048373],
    [0.995, 5, 4.032142984],
    [0.9995, 20, 3.849516275],
    [0.6, 4, 0.270722295],
  ];
  for (const [p, df, expected] of table) {
    it(`t(${p}, ${df}) = ${expected}`, () => {
      expect(tQuantile(p, df)).toBeCloseTo(expected, 8);
    });
  }

  it('matches the tabulated rounded values in the brief', () => {
    expect(tQuantile(0.975, 1).toFixed(3)).toBe('12.706');
    expect(tQuantile(0.975, 10).toFixed(3)).toBe('2.228');
    expect(tQuantile(0.975, 63).toFixed(3)).toBe('1.998');
  });

  it('approaches the normal quantile for very many degrees of freedom', () => {
    expect(tQuantile(0.975, 1e7)).toBeCloseTo(1.959963985, 6);
  });

  it('is symmetric and 0 at the median', () => {
    expect(tQuantile(0.5, 7)).toBe(0);
    expect(tQuantile(0.025, 9)).toBe(-tQuantile(0.975, 9));
  });

  it('inverts the CDF (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.integer({ min: 1, max: 500 }), (p, df) => {
        expect(tCdf(tQuantile(p, df), df)).toBeCloseTo(p, 10);
      }),
    );
  });

  it('returns NaN outside its domain', () => {
    expect(tQuantile(0, 5)).toBeNaN();
    expect(tQuantile(1, 5)).toBeNaN();
    expect(tQuantile(0.9, 0)).toBeNaN();
  });

  it('log-gamma matches factorials', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(6)).toBeCloseTo(Math.log(120), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });
});
