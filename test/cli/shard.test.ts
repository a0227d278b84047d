import { readFileSync, writeFileSync } from 'node:fs';
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
