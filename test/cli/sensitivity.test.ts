import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../sim/index.ts';
import { SENSITIVITY_OUTPUTS } from '../../sim/sensitivity/morrisStudy.ts';
import { cli, hasStackTrace, scenarioDir } from './helpers.ts';
import { cliInProcess } from './inProcess.ts';

describe('reciprocity-lab sensitivity', () => {
  const dir = scenarioDir();
  const small = ['sensitivity', 'small.json', '--trajectories', '2', '--runs', '2', '--weeks', '4'];

  it('ranks every model parameter for each output, identically on one thread and on two', async () => {
    const one = await cliInProcess([...small, '--threads', '1'], dir);
    expect(one.code).toBe(0);
    const two = await cli([...small, '--threads', '2'], dir);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    for (const o of SENSITIVITY_OUTPUTS) expect(one.stdout).toContain(`## ${o.label}: ${o.description}`);
    const rows = one.stdout.split('\n').filter((l) => /^\| \d+ \| `/.test(l));
    expect(rows).toHaveLength(SENSITIVITY_OUTPUTS.length * PARAMETERS.length);
    expect(one.stdout).toContain('Command: `reciprocity-lab sensitivity small.json --trajectories 2 --levels 4 --runs 2 --seed 7 --design-seed 1 --weeks 4`');
  });

  it('writes CSV and JSON with the same numbers, to --out when asked', async () => {
    const csv = await cliInProcess([...small, '--threads', '1', '--format', 'csv'], dir);
    const json = await cliInProcess([...small, '--threads', '1', '--format', 'json', '--out', 'morris.json'], dir);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe('');
    const record = JSON.parse(readFileSync(join(dir, 'morris.json'), 'utf8'));
    expect(record.design).toMatchObject({ trajectories: 2, levels: 4, runs: 2, firstSeed: 7, weeks: 4, parameters: PARAMETERS.length });
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('output,rank,parameter,mu_star,sigma,mu,n');
    const first = record.outputs.morale[0];
    expect(lines[1]).toBe(['morale', 1, first.parameter, first.muStar ?? '', first.sigma ?? '', first.mu ?? '', first.n].join(','));
  });

  it('leaves out excluded parameters', async () => {
    const r = await cliInProcess([...small, '--threads', '1', '--format', 'json', '--exclude', 'workplaceLayers,tiesPerPerson'], dir);
    const record = JSON.parse(r.stdout);
    expect(record.outputs.morale).toHaveLength(PARAMETERS.length - 2);
    expect(record.outputs.morale.map((f: { parameter: string }) => f.parameter)).not.toContain('workplaceLayers');
    expect(record.design.excluded).toEqual(['workplaceLayers', 'tiesPerPerson']);
  });

  const bad: [string, string[], RegExp][] = [
    ['odd levels', ['--levels', '5'], /--levels must be even/],
    ['an unknown parameter to exclude', ['--exclude', 'trustGian'], /--exclude: unknown model parameter "trustGian"/],
    ['an unknown format', ['--format', 'xml'], /--format must be md or csv or json/],
    ['zero trajectories', ['--trajectories', '0'], /--trajectories must be from 1 to 1000/],
    ['too many runs', ['--trajectories', '1000', '--runs', '1000'], new RegExp(`the screening would do ${1000 * (PARAMETERS.length + 1) * 1000} runs .* the limit is 1000000`)],
    ['an unknown variant', ['--variant', 'nope'], /unknown variant "nope"/],
  ];
  for (const [what, args, message] of bad) {
    it(`${what} exits 2 with the command's usage line and no stack trace`, async () => {
      const r = await cliInProcess(['sensitivity', 'small.json', ...args], dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/^usage: reciprocity-lab sensitivity /m);
      expect(hasStackTrace(r.stderr)).toBe(false);
    });
  }

  it('a missing scenario or an invalid one exits 2', async () => {
    expect((await cliInProcess(['sensitivity'], dir)).stderr).toMatch(/missing the scenario file/);
    const r = await cliInProcess(['sensitivity', 'bad.json', '--trajectories', '1'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json/);
  });

  it('--help explains the method and exits 0', async () => {
    const r = await cliInProcess(['sensitivity', '--help'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: reciprocity-lab sensitivity/);
    expect(r.stdout).toMatch(/Morris/);
  });
});
