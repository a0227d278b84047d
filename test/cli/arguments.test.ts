import { describe, expect, it } from 'vitest';
import { cli, hasStackTrace, scenarioDir } from './helpers.ts';
import { cliInProcess } from './inProcess.ts';

describe('bad arguments', () => {
  const dir = scenarioDir();
  const cases: [string, string[], RegExp][] = [
    ['an unknown flag', ['run', 'small.json', '--bogus'], /unknown option --bogus/],
    ['a missing value', ['run', 'small.json', '--runs'], /option --runs needs a value/],
    ['a non-integer --runs', ['run', 'small.json', '--runs', '2.5'], /--runs must be a whole number/],
    ['--runs 0', ['run', 'small.json', '--runs', '0'], /--runs must be from 1/],
    ['too many runs', ['run', 'small.json', '--runs', '100001'], /the limit is 100000/],
    ['--threads 0', ['run', 'small.json', '--threads', '0'], /--threads must be from 1/],
    ['an unknown variant', ['run', 'small.json', '--variant', 'nope'], /unknown variant "nope"; this scenario has "baseline", "same", "drought"/],
    ['bad --param syntax', ['sweep', 'small.json', '--param', 'policy.openness'], /is not of the form path=values/],
    ['a bad range', ['sweep', 'small.json', '--param', 'policy.openness=0:1:0'], /the step must be greater than 0/],
    ['a bad shard spec', ['run', 'small.json', '--shard', '3/3'], /i must be less than n/],
    ['a malformed shard spec', ['compare', 'small.json', '--shard', 'half'], /--shard must look like i\/n/],
    ['an unknown --format', ['run', 'small.json', '--format', 'xml'], /--format must be csv or json/],
    ['an unknown compare --format', ['compare', 'small.json', '--format', 'csv'], /--format must be table or json/],
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['a missing scenario', ['run'], /missing the scenario file/],
    ['too many sweep points', ['sweep', 'small.json', '--param', 'teams.0.size=1:1000:1', '--param', 'teams.1.size=1:20:1'], /the limit is 10000/],
  ];
  // The whole table runs through main() in this process (the same code path, far faster);
  // the spawned checks below confirm the real exit code and streams.
  for (const [what, args, message] of cases) {
    it(`${what} exits 2 with a usage message and no stack trace`, async () => {
      const r = await cliInProcess(args, dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      // The usage line is the command's own (every option error, wherever it is checked), the general one otherwise.
      const known = ['validate', 'run', 'compare', 'sweep', 'merge', 'schema'].includes(args[0]);
      expect(r.stderr).toMatch(new RegExp(`^usage: reciprocity-lab ${known ? `${args[0]} ` : '<command>'}`, 'm'));
      expect(hasStackTrace(r.stderr)).toBe(false);
    });
  }

  it('the real process exits 2 with the message on stderr and nothing on stdout', async () => {
    for (const args of [['run', 'small.json', '--runs', '0'], ['sweep', 'small.json', '--param', 'nonsense']]) {
      const r = await cli(args, dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^error: .+\nusage: reciprocity-lab /);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });

  it('--help works for every command and exits 0', async () => {
    for (const command of ['validate', 'run', 'compare', 'sweep', 'merge', 'schema']) {
      const r = await cliInProcess([command, '--help'], dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^usage: reciprocity-lab ${command}`));
    }
  });
});

describe('reciprocity-lab schema', () => {
  it('prints the JSON Schema as valid JSON', async () => {
    const r = await cli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toMatch(/2020-12/);
    expect(schema.title).toBe('Reciprocity Lab scenario');
    expect(schema.properties.teams).toBeDefined();
  });
});
