/** Spawning the real CLI (node cli/bin.mjs) against small scenarios in a temporary folder. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BIN = resolve(import.meta.dirname, '../../cli/bin.mjs');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `reciprocity-lab …args` in `cwd` and collects its exit code and output. */
export function cli(args: readonly string[], cwd = process.cwd()): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** Two teams, a few weeks, and three variants: one identical to baseline. */
export const SMALL_SCENARIO = {
  schemaVersion: 2,
  name: 'small test',
  seed: 7,
  weeks: 6,
  teams: [
    { name: 'Alpha', size: 4 },
    { name: 'Beta, with a comma', size: 3 },
  ],
  policy: { recognitionFrequency: 0.6 },
  variants: [
    { name: 'same', description: 'No changes: must equal baseline exactly.' },
    { name: 'drought', policy: { recognitionFrequency: 0 } },
  ],
};

/** A fresh temp folder holding small.json (SMALL_SCENARIO) and bad.json (an invalid size). */
export function scenarioDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reciprocity-cli-'));
  writeFileSync(join(dir, 'small.json'), JSON.stringify(SMALL_SCENARIO, null, 2));
  const bad = { ...SMALL_SCENARIO, teams: [{ name: 'Alpha', size: -3 }], variants: [] };
  writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
  writeFileSync(join(dir, 'broken.json'), '{"schemaVersion": 1, "name": ');
  return dir;
}

/** Whether text looks like a stack trace (never shown to people). */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+:\d+:\d+\)?$/m.test(text);
}
