/** sim/results.ts: the one reading of a run's flat values and of the ensembles' blocks of series. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockFinalQuarter,
  blockIndex,
  blockSeries,
  finalQuarter,
  runTotals,
  series,
  valueAt,
  valueCount,
  valueIndex,
  weekRows,
} from '../../sim/results.ts';

const layout = fc.record({ weeks: fc.integer({ min: 1, max: 12 }), teams: fc.integer({ min: 0, max: 4 }), metrics: fc.integer({ min: 1, max: 5 }) });

function run(weeks: number, teams: number, metrics: number, value: (i: number) => number = (i) => i) {
  return {
    weeks,
    teamNames: Array.from({ length: teams }, (_, t) => `T${t}`),
    metricKeys: Array.from({ length: metrics }, (_, m) => `m${m}`) as never,
    values: Float64Array.from({ length: valueCount(weeks, teams, metrics) }, (_, i) => value(i)),
  };
}

describe('a run’s values', () => {
  it('are indexed ((week − 1) · units + unit) · M + metric, each cell once', () => {
    fc.assert(
      fc.property(layout, ({ weeks, teams, metrics }) => {
        const r = run(weeks, teams, metrics);
        const seen = new Set<number>();
        for (let w = 1; w <= weeks; w++) {
          for (let u = 0; u <= teams; u++) {
            for (let m = 0; m < metrics; m++) {
              const i = valueIndex(r, w, u, m);
              expect(i).toBe(((w - 1) * (teams + 1) + u) * metrics + m);
              expect(valueAt(r, w, u, m)).toBe(i);
              seen.add(i);
            }
          }
        }
        expect(seen.size).toBe(r.values.length);
      }),
    );
  });

  it('give a series per unit and metric, and whole weeks as rows', () => {
    const r = run(3, 1, 2);
    // Organisation (unit 1), metric 1: indices (0·2+1)·2+1 = 3, 7, 11.
    expect(Array.from(series(r, 1))).toEqual([3, 7, 11]);
    expect(Array.from(series(r, 0, 0))).toEqual([0, 4, 8]);
    expect(Array.from(weekRows(r, 2, 3))).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('summarise the final quarter and the totals, skipping missing weeks', () => {
    // 8 weeks, no teams, one metric; the final quarter is weeks 7 and 8, week 7 missing.
    const r = run(8, 0, 1, (i) => (i === 6 ? NaN : i + 1));
    expect(Array.from(finalQuarter(r))).toEqual([8]);
    expect(Array.from(runTotals(r))).toEqual([1 + 2 + 3 + 4 + 5 + 6 + 8]);
    const empty = run(2, 0, 1, () => NaN);
    expect(Array.from(finalQuarter(empty))).toEqual([NaN]);
    expect(Array.from(runTotals(empty))).toEqual([NaN]);
  });
});

describe('a block of series', () => {
  it('holds run-major, then week, then column, and summarises a run as finalQuarter does', () => {
    fc.assert(
      fc.property(layout, fc.integer({ min: 1, max: 4 }), ({ weeks, teams, metrics }, runs) => {
        const results = Array.from({ length: runs }, (_, k) => run(weeks, teams, metrics, (i) => (i % 7 === 3 ? NaN : Math.sin(i + k))));
        const block = { weeks, columns: metrics };
        const values = new Float64Array(runs * weeks * metrics);
        results.forEach((r, k) => {
          for (let w = 0; w < weeks; w++) for (let m = 0; m < metrics; m++) values[blockIndex(block, k, w, m)] = valueAt(r, w + 1, teams, m);
        });
        results.forEach((r, k) => {
          const finals = finalQuarter(r);
          for (let m = 0; m < metrics; m++) {
            expect(Array.from(blockSeries(values, block, k, m))).toEqual(Array.from(series(r, m)));
            expect(blockFinalQuarter(values, block, k, m)).toBe(finals[m]);
          }
        });
      }),
    );
  });
});
