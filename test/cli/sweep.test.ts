import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../../sim/index.ts';
import { cli, scenarioDir } from './helpers.ts';
import { cliInProcess } from './inProcess.ts';

describe('reciprocity-lab sweep', () => {
  const dir = scenarioDir();

  it('writes points × runs × weeks × (teams + 1) rows with a point column and one column per parameter', async () => {
    const r = await cli(
      ['sweep', 'small.json', '--param', 'policy.recognitionFrequency=0:1:0.5', '--param', 'teams.0.size=2,5', '--runs', '2', '--weeks', '3', '--threads', '1'],
      dir,
    );
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(['run', 'variant', 'seed', 'week', 'team', 'point', 'policy.recognitionFrequency', 'teams.0.size', ...METRIC_KEYS].join(','));
    expect(lines.length - 1).toBe(3 * 2 * 2 * 3 * 3);
    const points = lines.slice(1).filter((l) => l.split(',')[4] === 'Alpha').map((l) => l.split(',').slice(5, 8).join('|'));
    expect(new Set(points)).toEqual(new Set(['0|0|2', '1|0|5', '2|0.5|2', '3|0.5|5', '4|1|2', '5|1|5']));
  });

  it('reports a bad value with its scenario path and exits 2', async () => {
    const r = await cli(['sweep', 'small.json', '--param', 'policy.recognitionFrequency=0.5,1.5', '--weeks', '2'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sweep point 1 \(policy\.recognitionFrequency=1\.5\): policy\.recognitionFrequency: must be ≤ 1, got 1\.5/);
  });

  it('reports a misspelt path as an unknown key', async () => {
    const r = await cliInProcess(['sweep', 'small.json', '--param', 'model.trustGian=0.1', '--weeks', '2'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/model\.trustGian: unknown key "trustGian"/);
  });

  it('refuses __proto__, constructor and prototype segments', async () => {
    for (const segment of ['__proto__', 'constructor', 'prototype']) {
      const r = await cliInProcess(['sweep', 'small.json', '--param', `policy.${segment}.x=1`], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`the segment "${segment}" is not allowed`);
    }
  });

  it('writes JSON with the sweep stamp and a sensitivity ranking when asked', async () => {
    const r = await cliInProcess(['sweep', 'small.json', '--param', 'teams.1.size=2,3', '--runs', '2', '--weeks', '2', '--format', 'json', '--sensitivity', '--threads', '1'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.stamp.params).toEqual([{ path: 'teams.1.size', values: [2, 3] }]);
    expect(out.rows.length).toBe(2 * 2 * 2 * 3);
    expect(Object.keys(out.sensitivity)).toEqual(['morale_mean', 'turnover_annualised']);
    expect(out.sensitivity.morale_mean[0].param).toBe('teams.1.size');
  });
});

describe('sweep parameters that would be ignored', () => {
  const dir = scenarioDir();

  it('refuses seed and weeks (every point runs --seed/--runs and --weeks) instead of labelling them as varying', async () => {
    const seed = await cliInProcess(['sweep', 'small.json', '--param', 'seed=1,2', '--weeks', '2', '--threads', '1'], dir);
    expect(seed.code).toBe(2);
    expect(seed.stdout).toBe('');
    expect(seed.stderr).toMatch(/--param seed: .*--seed.*--runs/);
    const weeks = await cliInProcess(['sweep', 'small.json', '--param', 'weeks=10,20', '--threads', '1'], dir);
    expect(weeks.code).toBe(2);
    expect(weeks.stderr).toMatch(/--param weeks: .*--weeks/);
  });

  it('refuses paths the engine never reads (names, descriptions, variants, $schema, stories)', async () => {
    for (const path of ['name', 'description', 'facilitatorNote', '$schema', 'schemaVersion', 'variants.0.name', 'measurement.stories']) {
      const r = await cliInProcess(['sweep', 'small.json', '--param', `${path}=a,b`, '--weeks', '2', '--threads', '1'], dir);
      expect(r.code, path).toBe(2);
      expect(r.stderr, path).toContain(`--param ${path}: `);
      expect(r.stderr, path).toMatch(/does not change|--variant/);
    }
  });
});
