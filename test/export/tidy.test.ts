import { describe, expect, it } from 'vitest';
import { formatNumber, tidyCsv, tidyHeader, tidyRows } from '../../sim/export/tidy.ts';
import { METRIC_KEYS, type RunResult } from '../../sim/index.ts';

function fakeResult(teamNames: string[], weeks: number): RunResult {
  const units = teamNames.length + 1;
  const values = new Float64Array(weeks * units * METRIC_KEYS.length).map((_, i) => i / 3);
  return { engineVersion: 'test', seed: 7, weeks, teamNames, metricKeys: METRIC_KEYS, values };
}

describe('tidy rows', () => {
  it('have one row per week and team plus the organisation, ids first', () => {
    const result = fakeResult(['Sales', 'Support'], 4);
    const rows = tidyRows(result, { run: 2, variant: 'baseline' });
    expect(rows).toHaveLength(4 * 3);
    expect(rows[0].slice(0, 5)).toEqual(['2', 'baseline', '7', '1', 'Sales']);
    expect(rows[2].slice(0, 5)).toEqual(['2', 'baseline', '7', '1', 'org']);
    expect(rows[11][3]).toBe('4');
    expect(tidyHeader(result)).toEqual(['run', 'variant', 'seed', 'week', 'team', ...METRIC_KEYS]);
  });

  it('place each metric value in its own column', () => {
    const result = fakeResult(['A'], 2);
    const rows = tidyRows(result, { run: 0, variant: 'v' });
    const m = METRIC_KEYS.length;
    // week 2, org unit (index 1): base = (1 * 2 + 1) * m
    expect(rows[3][5 + 1]).toBe(formatNumber(((1 * 2 + 1) * m + 1) / 3));
  });

  it('quote names that contain commas or quotes, so the CSV stays rectangular', () => {
    const csv = tidyCsv([{ result: fakeResult(['R&D, "core"'], 1), label: { run: 0, variant: 'a,b' } }]);
    const lines = csv.trimEnd().split('\n');
    expect(lines[1].startsWith('0,"a,b",7,1,"R&D, ""core"""')).toBe(true);
  });

  it('render numbers the same way every time, with at most six significant digits', () => {
    expect(formatNumber(1 / 3)).toBe('0.333333');
    expect(formatNumber(12)).toBe('12');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(Number.NaN)).toBe('');
  });
});
