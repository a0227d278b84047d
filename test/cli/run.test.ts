import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../../sim/index.ts';
import { cli, scenarioDir } from './helpers.ts';
import { cliInProcess } from './inProcess.ts';

describe('reciprocity-lab run', () => {
  const dir = scenarioDir();

  it('writes a tidy CSV: header, then weeks × (teams + 1) × runs rows', async () => {
    const r = await cli(['run', 'small.json', '--runs', '3', '--threads', '1'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(['run', 'variant', 'seed', 'week', 'team', ...METRIC_KEYS].join(','));
    expect(lines.length - 1).toBe(6 * 3 * 3);
    expect(lines[1].startsWith('0,baseline,7,1,Alpha,')).toBe(true);
    expect(lines[2].startsWith('0,baseline,7,1,"Beta, with a comma",')).toBe(true);
    expect(lines[3].startsWith('0,baseline,7,1,org,')).toBe(true);
  });

  it('uses seeds seed, seed + 1, … and honours --seed, --weeks and --variant', async () => {
    const r = await cliInProcess(['run', 'small.json', '--runs', '2', '--seed', '100', '--weeks', '2', '--variant', 'drought', '--threads', '1'], dir);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n').slice(1).map((l) => l.split(','));
    expect(rows.length).toBe(2 * 3 * 2);
    expect(rows.map((row) => `${row[0]}/${row[1]}/${row[2]}`)).toContain('1/drought/101');
    expect(new Set(rows.map((row) => row[3]))).toEqual(new Set(['1', '2']));
  });

  it('gives byte-identical output for --threads 1 and --threads 2', async () => {
    const one = await cli(['run', 'small.json', '--runs', '24', '--threads', '1'], dir);
    const two = await cli(['run', 'small.json', '--runs', '24', '--threads', '2'], dir);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('writes JSON with a reproducibility stamp, columns and rows', async () => {
    const r = await cli(['run', 'small.json', '--runs', '2', '--format', 'json', '--threads', '1'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.stamp).toMatchObject({ seeds: [7, 8], variant: 'baseline', weeks: 6 });
    expect(out.stamp.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
    expect(typeof out.stamp.engineVersion).toBe('string');
    expect(out.columns.slice(0, 5)).toEqual(['run', 'variant', 'seed', 'week', 'team']);
    expect(out.rows.length).toBe(6 * 3 * 2);
    expect(out.rows[0].slice(0, 5)).toEqual([0, 'baseline', 7, 1, 'Alpha']);
  });

  it('writes the file named by --out and nothing to stdout', async () => {
    const r = await cliInProcess(['run', 'small.json', '--out', 'runs.csv', '--threads', '1'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(`${dir}/runs.csv`, 'utf8').split('\n').length).toBe(1 + 6 * 3 + 1);
  });

  it('runs the built-in scenario with --default', async () => {
    const r = await cliInProcess(['run', '--default', '--weeks', '2', '--threads', '1'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').length).toBe(1 + 2 * 2);
  });

  it('refuses an invalid scenario with its problems and exit 2', async () => {
    const r = await cli(['run', 'bad.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^bad\.json: teams\[0\]\.size: must be ≥ 1, got -3$/m);
  });
});
