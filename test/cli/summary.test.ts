/** --summary: one row per run and team with final-quarter means and run totals, checked against the weekly rows. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finalQuarterWeeks } from '../../sim/analysis/index.ts';
import { METRICS, METRIC_KEYS, type MetricSpec } from '../../sim/index.ts';
import { FLOW_KEYS } from '../../cli/jobs/rows.ts';
import { scenarioDir } from './helpers.ts';
import { cliInProcess } from './inProcess.ts';

const parse = (csv: string) => {
  const [head, ...lines] = csv.trimEnd().split('\n');
  const columns = head.split(',');
  // The test scenario's team names hold no comma.
  return lines.map((l) => Object.fromEntries(l.split(',').map((cell, i) => [columns[i], cell])));
};

describe('--summary', () => {
  const dir = scenarioDir();
  writeFileSync(
    join(dir, 'merged.json'),
    JSON.stringify({
      schemaVersion: 2,
      name: 'merged',
      seed: 11,
      weeks: 12,
      teams: [
        { name: 'A', size: 5 },
        { name: 'B', size: 4 },
      ],
      events: [{ week: 6, type: 'teamMerger', team: 'B', into: 'A' }],
    }),
  );

  it('has one row per run and team with the documented columns', async () => {
    const r = await cliInProcess(['run', 'merged.json', '--runs', '2', '--summary', '--threads', '1'], dir);
    expect(r.code).toBe(0);
    const header = r.stdout.split('\n')[0].split(',');
    expect(header).toEqual(['run', 'variant', 'seed', 'team', 'weeks', ...METRIC_KEYS, ...FLOW_KEYS.map((k) => `${k}_total`)]);
    expect(FLOW_KEYS).toContain('quits');
    expect(FLOW_KEYS).not.toContain('headcount');
    const rows = parse(r.stdout);
    expect(rows.map((row) => `${row.run}/${row.team}`)).toEqual(['0/A', '0/B', '0/org', '1/A', '1/B', '1/org']);
  });

  it('final-quarter means and totals agree with the weekly rows; a team without members in the final quarter is missing', async () => {
    const weekly = parse((await cliInProcess(['run', 'merged.json', '--runs', '2', '--threads', '1'], dir)).stdout);
    const summary = parse((await cliInProcess(['run', 'merged.json', '--runs', '2', '--summary', '--threads', '1'], dir)).stdout);
    const span = finalQuarterWeeks(12);
    for (const row of summary) {
      const weeks = weekly.filter((w) => w.run === row.run && w.team === row.team);
      expect(weeks).toHaveLength(12);
      for (const key of FLOW_KEYS) expect(Number(row[`${key}_total`]), key).toBe(weeks.reduce((n, w) => n + Number(w[key]), 0));
      for (const spec of METRICS as readonly MetricSpec[]) {
        const last = weeks.slice(12 - span).map((w) => w[spec.key]).filter((c) => c !== '').map(Number);
        if (last.length === 0) {
          expect(row[spec.key], `${row.team} ${spec.key}`).toBe('');
          continue;
        }
        const mean = last.reduce((a, b) => a + b, 0) / last.length;
        expect(Number(row[spec.key]), `${row.team} ${spec.key}`).toBeCloseTo(mean, 4);
      }
    }
    const b = summary.find((row) => row.team === 'B')!;
    expect(b.morale_mean).toBe('');
    expect(b.headcount).toBe('0');
  });

  it('sweep --summary adds the point and parameter columns; JSON says it is a summary', async () => {
    const r = await cliInProcess(['sweep', 'small.json', '--param', 'teams.0.size=2,3', '--weeks', '4', '--summary', '--format', 'json', '--threads', '1'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.columns.slice(0, 7)).toEqual(['run', 'variant', 'seed', 'team', 'point', 'teams.0.size', 'weeks']);
    expect(out.rows).toHaveLength(2 * 3);
    expect(out.stamp.summary).toBe('final-quarter means and run totals');
  });
});
