/** `run` on classic-mode scenarios (scenarios/classic/): tidy rows per generation and strategy, identical for any thread count and sharding. */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, hasStackTrace } from './helpers.ts';
import { cliInProcess } from './inProcess.ts';

const CLASSIC = resolve(import.meta.dirname, '../../scenarios/classic');

describe('reciprocity-lab run on a classic-mode scenario', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reciprocity-game-'));
  for (const f of ['trust-one-off-tournament.json', 'trust-mistakes-mean-world.json', 'image-scoring.json']) copyFileSync(join(CLASSIC, f), join(dir, f));

  it('writes the one-off tournament as tidy rows: Copycat 57, Grudger 46, Detective and Always Cheat 45, Always Cooperate 29', async () => {
    const r = await cliInProcess(['run', 'trust-one-off-tournament.json', '--threads', '1'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('run,seed,generation,strategy,players,share,score_mean,score_per_match,cooperation');
    const score = Object.fromEntries(lines.slice(1).map((l) => l.split(',')).map((c) => [c[3], Number(c[6])]));
    expect(score).toEqual({ titForTat: 57, alwaysDefect: 45, alwaysCooperate: 29, grudger: 46, detective: 45, all: 44.4 });
  });

  it('gives byte-identical output for --threads 1 and --threads 2, and for two shards merged', async () => {
    const args = ['run', 'trust-mistakes-mean-world.json', '--runs', '8'];
    const one = await cli([...args, '--threads', '1'], dir);
    const two = await cli([...args, '--threads', '2'], dir);
    expect(one.code).toBe(0);
    expect(one.stdout.split('\n').length).toBe(1 + 8 * 40 * 6 + 1);
    expect(two.stdout).toBe(one.stdout);
    await cli([...args, '--shard', '0/2', '--out', 'a.jsonl', '--threads', '1'], dir);
    await cli([...args, '--shard', '1/2', '--out', 'b.jsonl', '--threads', '2'], dir);
    const merged = await cli(['merge', 'b.jsonl', 'a.jsonl'], dir);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(one.stdout);
  });

  it('writes JSON with a stamp naming the game, the seeds and the generations', async () => {
    const r = await cliInProcess(['run', 'image-scoring.json', '--runs', '2', '--seed', '5', '--format', 'json', '--threads', '1'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.stamp).toMatchObject({ game: 'imageScoring', seeds: [5, 6], generations: 150 });
    expect(out.rows.length).toBe(2 * 150 * 13);
    expect(out.rows[0].slice(0, 4)).toEqual([0, 5, 1, 'k=-5']);
  });

  it('refuses options that do not apply, and compare and sweep, with exit code 2 and the fix', async () => {
    const weeks = await cliInProcess(['run', 'image-scoring.json', '--weeks', '3'], dir);
    expect(weeks.code).toBe(2);
    expect(weeks.stderr).toMatch(/--weeks does not apply to a classic-mode scenario; set game.generations/);
    const variant = await cliInProcess(['run', 'image-scoring.json', '--variant', 'x'], dir);
    expect(variant.stderr).toMatch(/no variants/);
    for (const command of ['compare', 'sweep']) {
      const r = await cliInProcess([command, 'image-scoring.json', ...(command === 'sweep' ? ['--param', 'model.askBase=0.1,0.2'] : [])], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/does not take a classic-mode scenario/);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });
});
