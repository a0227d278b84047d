/** A team with no members has no morale: its cells are missing in every output (empty in CSV, null in JSON), never 0. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRIC_INDEX, METRIC_KEYS, runScenario, validateScenario } from '../../sim/index.ts';
import { scenarioDir } from './helpers.ts';
import { cliInProcess } from './inProcess.ts';

const MERGED = {
  schemaVersion: 2,
  name: 'merged away',
  seed: 3,
  weeks: 6,
  teams: [
    { name: 'A', size: 4 },
    { name: 'B', size: 3 },
  ],
  events: [{ week: 3, type: 'teamMerger', team: 'B', into: 'A' }],
};

/** One team, laid off to nobody in week 2: the whole organisation has no members afterwards. */
const EMPTIED = {
  schemaVersion: 2,
  name: 'laid off to nobody',
  seed: 5,
  weeks: 8,
  teams: [{ name: 'Solo', size: 3 }],
  events: [{ week: 2, type: 'layoffs', share: 1 }],
};

describe('missing cells', () => {
  const dir = scenarioDir();
  writeFileSync(join(dir, 'merged.json'), JSON.stringify(MERGED));
  writeFileSync(join(dir, 'emptied.json'), JSON.stringify(EMPTIED));
  const col = (key: string) => 5 + METRIC_KEYS.indexOf(key as never);

  it('the engine reports a merged-away team’s levels as NaN and its counts as 0', () => {
    const parsed = validateScenario(MERGED);
    if (!parsed.ok) throw new Error('invalid');
    const run = runScenario(parsed.scenario);
    const at = (week: number, unit: number, key: keyof typeof METRIC_INDEX) => run.values[((week - 1) * 3 + unit) * METRIC_KEYS.length + METRIC_INDEX[key]];
    expect(at(2, 1, 'morale_mean')).toBeGreaterThan(0);
    expect(at(4, 1, 'morale_mean')).toBeNaN();
    expect(at(4, 1, 'trust_in_leader')).toBeNaN();
    expect(at(4, 1, 'engaged_share')).toBeNaN();
    expect(at(4, 1, 'headcount')).toBe(0);
    expect(at(4, 1, 'quits')).toBe(0);
    expect(at(4, 2, 'morale_mean')).toBeGreaterThan(0);
  });

  it('CSV leaves the cells empty; JSON writes null', async () => {
    const csv = await cliInProcess(['run', 'merged.json', '--threads', '1'], dir);
    expect(csv.code).toBe(0);
    const rows = csv.stdout.trimEnd().split('\n').map((l) => l.split(','));
    const b4 = rows.find((r) => r[3] === '4' && r[4] === 'B')!;
    expect(b4[col('morale_mean')]).toBe('');
    expect(b4[col('headcount')]).toBe('0');
    expect(b4).toHaveLength(5 + METRIC_KEYS.length);
    const json = await cliInProcess(['run', 'merged.json', '--threads', '1', '--format', 'json'], dir);
    const out = JSON.parse(json.stdout);
    const row = out.rows.find((r: unknown[]) => r[3] === 4 && r[4] === 'B');
    expect(row[col('morale_mean')]).toBeNull();
    expect(row[col('headcount')]).toBe(0);
  });

  it('sweep writes the same missing cells', async () => {
    const r = await cliInProcess(['sweep', 'merged.json', '--param', 'teams.0.size=2,3', '--threads', '1'], dir);
    expect(r.code).toBe(0);
    const b = r.stdout.split('\n').map((l) => l.split(',')).find((c) => c[3] === '5' && c[4] === 'B')!;
    expect(b[col('morale_mean') + 2]).toBe('');
  });

  it('compare reports a metric no run has a value for as n/a (null in JSON), never 0 [0, 0]', async () => {
    const json = await cliInProcess(['compare', 'emptied.json', '--runs', '3', '--threads', '1', '--format', 'json'], dir);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(out.variants[0].metrics.morale_mean).toEqual({ mean: null, ci95: [null, null], n: 0 });
    expect(out.variants[0].metrics.headcount).toEqual({ mean: 1, ci95: [1, 1], n: 3 });
    const table = await cliInProcess(['compare', 'emptied.json', '--runs', '3', '--threads', '1'], dir);
    expect(table.stdout).toMatch(/^morale_mean +baseline +n\/a +\[n\/a, n\/a\]/m);
  });
});
