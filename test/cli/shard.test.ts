import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { canonicalJson } from '../../sim/export/stamp.ts';
import { describe, expect, it } from 'vitest';
import { cli, scenarioDir } from './helpers.ts';
import { cliInProcess } from './inProcess.ts';

const JOBS: Record<string, string[]> = {
  run: ['run', 'small.json', '--runs', '5', '--weeks', '3'],
  compare: ['compare', 'small.json', '--runs', '4', '--weeks', '3', '--format', 'json'],
  sweep: ['sweep', 'small.json', '--param', 'teams.0.size=2,3,4', '--runs', '2', '--weeks', '2'],
};

describe('--shard i/n and merge', () => {
  const dir = scenarioDir();

  for (const [name, args] of Object.entries(JOBS)) {
    it(`merging the shards of ${name} gives exactly the unsharded bytes`, async () => {
      const whole = await cli([...args, '--threads', '1'], dir);
      expect(whole.code).toBe(0);
      const files: string[] = [];
      for (let i = 0; i < 2; i++) {
        const file = `${name}-${i}.jsonl`;
        const r = await cli([...args, '--threads', '1', '--shard', `${i}/2`, '--out', file], dir);
        expect(r.code).toBe(0);
        files.push(file);
      }
      const merged = await cli(['merge', files[1], files[0]], dir);
      expect(merged.code).toBe(0);
      expect(merged.stdout).toBe(whole.stdout);
    });
  }

  it('refuses missing, duplicate, foreign and truncated shards, and files that are not shards', async () => {
    // run-0/1.jsonl come from the run test above; b1 is shard 1 of a different job (another seed).
    await cli([...JOBS.run, '--seed', '99', '--threads', '1', '--shard', '1/2', '--out', 'b1.jsonl'], dir);
    const missing = await cliInProcess(['merge', 'run-0.jsonl'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing shard 1/2 of 2');
    const duplicate = await cliInProcess(['merge', 'run-0.jsonl', 'run-0.jsonl', 'run-1.jsonl'], dir);
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toContain('duplicate of shard 0/2');
    const foreign = await cliInProcess(['merge', 'run-0.jsonl', 'b1.jsonl'], dir);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain('belongs to a different job');
    const lines = readFileSync(`${dir}/run-1.jsonl`, 'utf8').trimEnd().split('\n');
    writeFileSync(`${dir}/t1.jsonl`, `${lines.slice(0, -1).join('\n')}\n`);
    const truncated = await cliInProcess(['merge', 'run-0.jsonl', 't1.jsonl'], dir);
    expect(truncated.code).toBe(2);
    expect(truncated.stderr).toMatch(/shard 1\/2 is incomplete/);
    const notShard = await cliInProcess(['merge', 'small.json'], dir);
    expect(notShard.code).toBe(2);
    expect(notShard.stderr).toContain('not a shard file');
  });
});

describe('merge checks every run record against its header and checksum', () => {
  const dir = scenarioDir();
  const base = ['run', 'small.json', '--runs', '4', '--weeks', '3', '--threads', '1'];
  const shards = async () => {
    for (let i = 0; i < 2; i++) await cli([...base, '--shard', `${i}/2`, '--out', `p${i}.jsonl`, '--force'], dir);
    return readFileSync(`${dir}/p1.jsonl`, 'utf8').trimEnd().split('\n');
  };
  const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
  const reseal = (r: Record<string, unknown>) => {
    r.sha256 = sha(JSON.stringify([r.unit, r.engineVersion, r.seed, r.weeks, r.teamNames, r.metricKeys, r.values]));
    return r;
  };
  const mergeWith = async (lines: string[], name = 'x1.jsonl') => {
    writeFileSync(`${dir}/${name}`, `${lines.join('\n')}\n`);
    return cliInProcess(['merge', 'p0.jsonl', name, '--out', 'merged.csv'], dir);
  };

  it('refuses a record claiming 1e9 weeks before decoding it, naming the file and line, and writes no output', async () => {
    const lines = await shards();
    const record = JSON.parse(lines[1]);
    record.weeks = 1e9;
    const r = await mergeWith([lines[0], JSON.stringify(record), ...lines.slice(2)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^x1\.jsonl: line 2: the run record claims 1000000000 weeks; the job runs 3/m);
    expect(existsSync(`${dir}/merged.csv`)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('refuses altered values (checksum), other team names, other columns and infinite values', async () => {
    const lines = await shards();
    const flip = JSON.parse(lines[2]);
    flip.values = (flip.values[0] === 'A' ? 'B' : 'A') + flip.values.slice(1);
    expect((await mergeWith([lines[0], lines[1], JSON.stringify(flip)])).stderr).toMatch(/line 3: the run record does not match its checksum/);
    const teams = reseal({ ...JSON.parse(lines[1]), teamNames: ['Alpha', 'Gamma'] });
    expect((await mergeWith([lines[0], JSON.stringify(teams)])).stderr).toMatch(/line 2: the run record names other teams than the job's/);
    const columns = reseal({ ...JSON.parse(lines[1]), metricKeys: [...JSON.parse(lines[1]).metricKeys, 'extra'] });
    expect((await mergeWith([lines[0], JSON.stringify(columns)])).stderr).toMatch(/line 2: the run record has \d+ metric columns/);
    const inf = JSON.parse(lines[1]);
    const values = new Float64Array(Uint8Array.from(Buffer.from(inf.values, 'base64')).buffer);
    values[5] = Infinity;
    inf.values = Buffer.from(values.buffer).toString('base64');
    expect((await mergeWith([lines[0], JSON.stringify(reseal(inf))])).stderr).toMatch(/line 2: the run record holds an infinite value/);
    const seed = reseal({ ...JSON.parse(lines[1]), seed: 12345 });
    expect((await mergeWith([lines[0], JSON.stringify(seed)])).stderr).toMatch(/line 2: the run record has seed 12345/);
  });

  it('refuses a line longer than any record of the job before holding it whole', async () => {
    const lines = await shards();
    const r = await mergeWith([lines[0], `{"unit":2,"values":"${'A'.repeat(4_000_000)}"}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x1\.jsonl: line 2: longer than any run record of this job can be/);
  });

  it('refuses a header whose job claims impossible sizes, even with a matching stamp', async () => {
    const lines = await shards();
    const header = JSON.parse(lines[0]);
    header.spec.weeks = 1e9;
    header.jobHash = createHash('sha256').update(canonicalJson(header.spec)).digest('hex');
    const r = await mergeWith([JSON.stringify(header), ...lines.slice(1)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x1\.jsonl: line 1: the shard header is damaged: its job claims 1000000000 weeks/);
  });
});
