/** Missing cells are skipped by every summary, and intervals stay within the range their metric can take. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clipInterval, differenceRange, meanWithCi, pairedDifferenceCi } from '../../sim/analysis/index.ts';
import { finalQuarter, runTotals } from '../../sim/results.ts';
import { METRICS, MISSING_WITHOUT_MEMBERS, METRIC_INDEX, type MetricSpec } from '../../sim/index.ts';

describe('missing values', () => {
  it('meanWithCi skips NaN and counts only the values used', () => {
    const withGaps = meanWithCi([1, NaN, 2, 3, NaN]);
    const without = meanWithCi([1, 2, 3]);
    expect(withGaps).toEqual(without);
    expect(withGaps.n).toBe(3);
    const none = meanWithCi([NaN, NaN]);
    expect(none.n).toBe(0);
    expect(none.mean).toBeNaN();
  });

  it('a paired difference skips pairs with a missing side', () => {
    const d = pairedDifferenceCi([1, NaN, 3, 5], [0, 1, NaN, 1]);
    expect(d.n).toBe(2);
    expect(d.mean).toBe((1 + 4) / 2);
  });

  it('final-quarter means and run totals skip missing weeks; all missing is missing', () => {
    // 4 weeks, one team + org, two metrics. The team has no members in weeks 3 and 4 (metric 0 missing, metric 1 a count).
    const values = Float64Array.from([0.5, 1, 0.6, 2, 0.4, 0, 0.6, 1, NaN, 0, 0.7, 3, NaN, 0, 0.8, 1]);
    const result = { weeks: 4, teamNames: ['A'], metricKeys: ['m', 'c'] as never, values };
    expect(Array.from(finalQuarter(result, 0))).toEqual([NaN, 0]);
    expect(Array.from(finalQuarter(result))).toEqual([0.8, 1]);
    expect(Array.from(runTotals(result, 0))).toEqual([0.9, 1]);
    const eight = { weeks: 8, teamNames: [], metricKeys: ['m'] as never, values: Float64Array.from([1, 1, 1, 1, 1, 1, NaN, 4]) };
    expect(Array.from(finalQuarter(eight))).toEqual([4]);
  });

  it('the metrics a memberless unit leaves missing are its levels, shares and per-member rates, never counts', () => {
    const missing = MISSING_WITHOUT_MEMBERS.map((i) => METRICS[i].key);
    expect(missing).toContain('morale_mean');
    expect(missing).toContain('trust_density');
    expect(missing).toContain('help_asked');
    for (const key of ['headcount', 'quits', 'layoffs', 'hires', 'givers', 'conflicts', 'customer_loyalty']) expect(missing).not.toContain(key);
    expect(METRIC_INDEX.morale_mean).toBe(MISSING_WITHOUT_MEMBERS[0]);
  });
});

describe('intervals respect the range of their metric', () => {
  it('clips a share’s t interval to [0, 1] (a few runs near 0 reach below it)', () => {
    const raw = meanWithCi([0, 0, 0, 0.3]);
    expect(raw.ci95[0]).toBeLessThan(0);
    const clipped = clipInterval(raw, [0, 1]);
    expect(clipped.ci95[0]).toBe(0);
    expect(clipped.ci95[1]).toBe(raw.ci95[1]);
    expect(clipped.mean).toBe(raw.mean);
    expect(clipInterval(raw, undefined)).toBe(raw);
    expect(differenceRange([0, 1])).toEqual([-1, 1]);
  });

  it('every share and level in [0, 1] has that range, so its intervals are clipped to it', () => {
    for (const spec of METRICS as readonly MetricSpec[]) {
      if (spec.kind === 'share') expect(spec.range, spec.key).toEqual([0, 1]);
      if (spec.unit.startsWith('level, 0–1')) expect(spec.range, spec.key).toEqual([0, 1]);
    }
  });

  it('a clipped interval still holds the mean and lies within the range (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 30 }), (xs) => {
        const e = clipInterval(meanWithCi(xs), [0, 1]);
        expect(e.ci95[0]).toBeGreaterThanOrEqual(0);
        expect(e.ci95[1]).toBeLessThanOrEqual(1);
        expect(e.ci95[0]).toBeLessThanOrEqual(e.mean + 1e-12);
        expect(e.ci95[1]).toBeGreaterThanOrEqual(e.mean - 1e-12);
      }),
    );
  });
});
