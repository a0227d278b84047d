import { describe, expect, it } from 'vitest';
import { rankByMagnitude, rankMainEffects } from '../../sim/analysis/index.ts';
import { finalQuarter, finalQuarterWeeks } from '../../sim/results.ts';

describe('final-quarter means', () => {
  it('the final quarter is ceil(weeks / 4) weeks, at least one', () => {
    expect(finalQuarterWeeks(104)).toBe(26);
    expect(finalQuarterWeeks(10)).toBe(3);
    expect(finalQuarterWeeks(1)).toBe(1);
  });

  it('averages the last quarter of the organisation row', () => {
    // 4 weeks, one team + org, one metric: org values 1, 2, 3, 5 → final quarter is week 4 alone.
    const values = Float64Array.from([9, 1, 9, 2, 9, 3, 9, 5]);
    const result = { weeks: 4, teamNames: ['A'], metricKeys: ['m'] as never, values };
    expect(Array.from(finalQuarter(result))).toEqual([5]);
    expect(Array.from(finalQuarter(result, 0))).toEqual([9]);
    const eight = { weeks: 8, teamNames: [], metricKeys: ['m'] as never, values: Float64Array.from([0, 0, 0, 0, 0, 0, 2, 4]) };
    expect(Array.from(finalQuarter(eight))).toEqual([3]);
  });
});

describe('sensitivity ranking', () => {
  it('ranks factors by the range of their marginal means', () => {
    // Factor a moves the outcome by 10 between levels, factor b by 1.
    const observations = [
      { levels: [0, 0], value: 0 },
      { levels: [0, 1], value: 1 },
      { levels: [1, 0], value: 10 },
      { levels: [1, 1], value: 11 },
    ];
    const ranked = rankMainEffects([{ name: 'b', levelCount: 2 }, { name: 'a', levelCount: 2 }].reverse(), observations);
    expect(ranked.map((e) => e.factor)).toEqual(['a', 'b']);
    expect(ranked[0]).toMatchObject({ range: 10, levelMeans: [0.5, 10.5], highLevel: 1, lowLevel: 0 });
  });

  it('ranks named effects by absolute size, NaN last, ties in input order', () => {
    const ranked = rankByMagnitude([
      { name: 'x', effect: 0.1 },
      { name: 'y', effect: -0.3 },
      { name: 'z', effect: NaN },
      { name: 'w', effect: -0.1 },
    ]);
    expect(ranked.map((e) => e.name)).toEqual(['y', 'x', 'w', 'z']);
  });
});
