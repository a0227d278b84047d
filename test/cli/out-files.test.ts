/** --out is complete or absent: temporary file + rename, never over an input, never over a file without --force. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, scenarioDir } from './helpers.ts';
import { cliInProcess } from './inProcess.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const partials = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.partial'));

/** Starts a long run writing to --out, waits until its temporary file exists, then sends `signal`. */
function interrupt(dir: string, signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, 'run', 'small.json', '--runs', '20000', '--weeks', '104', '--threads', '1', '--out', 'big.csv'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const poll = setInterval(() => {
      if (partials(dir).length > 0) {
        clearInterval(poll);
        setTimeout(() => child.kill(signal), 200);
      }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(poll);
      done({ code, stderr });
    });
  });
}

describe('--out', () => {
  const dir = scenarioDir();

  it('into a folder that does not exist exits 2 with the fix', async () => {
    const r = await cliInProcess(['run', 'small.json', '--weeks', '2', '--threads', '1', '--out', 'nowhere/runs.csv'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out nowhere\/runs\.csv: the folder nowhere does not exist \(create it first/);
  });

  it('equal to an input is refused, however it is spelt, and the input is untouched', async () => {
    const before = readFileSync(join(dir, 'small.json'), 'utf8');
    for (const out of ['small.json', './small.json', join(dir, 'small.json')]) {
      const r = await cliInProcess(['run', 'small.json', '--weeks', '2', '--threads', '1', '--out', out, '--force'], dir);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toContain('is the input file small.json');
    }
    expect(readFileSync(join(dir, 'small.json'), 'utf8')).toBe(before);
  });

  it('over an existing file needs --force; the old file is kept until the new one is complete', async () => {
    writeFileSync(join(dir, 'old.csv'), 'precious\n');
    const refused = await cliInProcess(['run', 'small.json', '--weeks', '2', '--threads', '1', '--out', 'old.csv'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--out old.csv already exists; add --force to replace it (nothing was written)');
    expect(readFileSync(join(dir, 'old.csv'), 'utf8')).toBe('precious\n');
    const forced = await cliInProcess(['run', 'small.json', '--weeks', '2', '--threads', '1', '--out', 'old.csv', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'old.csv'), 'utf8')).toMatch(/^run,variant,seed,week,team,/);
    expect(partials(dir)).toEqual([]);
  });

  it('a run interrupted by SIGINT or SIGTERM leaves no file and says so on stderr', async () => {
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
      const r = await interrupt(dir, signal);
      expect(r.code, signal).toBe(code);
      expect(r.stderr).toContain(`was not written because the command was interrupted by ${signal} (its partial output was removed)`);
      expect(existsSync(join(dir, 'big.csv'))).toBe(false);
      expect(partials(dir)).toEqual([]);
    }
  });

  it('a crash (an uncaught exception) while writing leaves no file and says so', async () => {
    const script = join(dir, 'crash.mjs');
    writeFileSync(
      script,
      `const { checkOut, openOutput } = await import(${JSON.stringify(join(ROOT, 'cli/output.ts'))});
const output = openOutput(checkOut('run', ${JSON.stringify(join(dir, 'crashed.csv'))}, false));
await output.write('half of the rows\\n');
throw new Error('a bug');
`,
    );
    const r = await new Promise<{ code: number | null; stderr: string }>((done) => {
      // --import tsx from the repository (where tsx is installed), so the script can load the TypeScript module.
      const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += String(d)));
      child.on('exit', (code) => done({ code, stderr }));
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('crashed.csv was not written because the command stopped before the output was complete');
    expect(existsSync(join(dir, 'crashed.csv'))).toBe(false);
    expect(partials(dir)).toEqual([]);
  });
});
