/** run --checkpoint: a stopped long run resumes where it was saved, and the output is exactly an uninterrupted run's. */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, scenarioDir } from './helpers.ts';
import { cliInProcess } from './inProcess.ts';

const ARGS = ['run', 'small.json', '--runs', '3', '--weeks', '240', '--format', 'json'];

/** Starts a checkpointed run and stops it with `signal` once a run is finished and the next one has been saved. */
function stopMidway(dir: string, signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...ARGS, '--checkpoint', 'ck', '--checkpoint-every', '30', '--out', 'out.json'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const poll = setInterval(() => {
      const runs = join(dir, 'ck', 'runs.jsonl');
      if (existsSync(runs) && readFileSync(runs, 'utf8').split('\n').length >= 2 && existsSync(join(dir, 'ck', 'current.json'))) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 20);
    child.on('exit', (code) => {
      clearInterval(poll);
      done({ code, stderr });
    });
  });
}

describe('run --checkpoint', () => {
  it('resumes after SIGKILL mid-run and writes exactly the uninterrupted output; the checkpoint is then removed', async () => {
    const dir = scenarioDir();
    const whole = await cli([...ARGS, '--threads', '1'], dir);
    expect(whole.code).toBe(0);
    const killed = await stopMidway(dir, 'SIGKILL');
    expect(killed.code).toBeNull();
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
    expect(readFileSync(join(dir, 'ck', 'runs.jsonl'), 'utf8').split('\n').length).toBeGreaterThanOrEqual(2);
    // A torn record (the process stopped while appending) is cut off and that run done again.
    appendFileSync(join(dir, 'ck', 'runs.jsonl'), '{"unit":9,"values":"AAA');
    const resumed = await cli([...ARGS, '--checkpoint', 'ck', '--checkpoint-every', '30', '--out', 'out.json'], dir);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/resuming from --checkpoint ck: [12] of 3 runs complete/);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe(whole.stdout);
    expect(existsSync(join(dir, 'ck'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('after SIGINT says the checkpoint keeps the work, and the output options may change when resuming', async () => {
    const dir = scenarioDir();
    const stopped = await stopMidway(dir, 'SIGINT');
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toContain('the checkpoint in');
    expect(stopped.stderr).toContain('keeps the work done so far: run the same command again to resume');
    const csv = await cli(['run', 'small.json', '--runs', '3', '--weeks', '240', '--checkpoint', 'ck', '--out', 'out.csv'], dir);
    expect(csv.code).toBe(0);
    const whole = await cli(['run', 'small.json', '--runs', '3', '--weeks', '240', '--threads', '1'], dir);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(whole.stdout);
  });

  it('refuses a checkpoint of other runs, and option combinations it cannot honour', async () => {
    const dir = scenarioDir();
    await stopMidway(dir, 'SIGKILL');
    const other = await cliInProcess(['run', 'small.json', '--runs', '3', '--weeks', '300', '--checkpoint', 'ck'], dir);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('--checkpoint');
    expect(other.stderr).toContain('holds other runs');
    const shard = await cliInProcess(['run', 'small.json', '--checkpoint', 'ck2', '--shard', '0/2'], dir);
    expect(shard.stderr).toContain('use --checkpoint or --shard, not both');
    const threads = await cliInProcess(['run', 'small.json', '--checkpoint', 'ck2', '--threads', '4'], dir);
    expect(threads.stderr).toContain('--checkpoint runs one run at a time in this process');
    const every = await cliInProcess(['run', 'small.json', '--checkpoint-every', '10'], dir);
    expect(every.stderr).toContain('--checkpoint-every needs --checkpoint DIR');
  });
});
