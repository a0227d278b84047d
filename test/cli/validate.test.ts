import { describe, expect, it } from 'vitest';
import { cli, hasStackTrace, scenarioDir } from './helpers.ts';
import { cliInProcess } from './inProcess.ts';

describe('reciprocity-lab validate', () => {
  const dir = scenarioDir();

  it('prints "file: ok" and exits 0 when every file is valid', async () => {
    const r = await cli(['validate', 'small.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('small.json: ok\n');
  });

  it('prints "file: path: message" lines and exits 2 for an invalid file', async () => {
    const r = await cli(['validate', 'small.json', 'bad.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n')).toContain('small.json: ok');
    expect(r.stdout).toMatch(/^bad\.json: teams\[0\]\.size: must be ≥ 1, got -3$/m);
  });

  it('reports broken JSON with its position', async () => {
    const r = await cliInProcess(['validate', 'broken.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^broken\.json: \(file\): not valid JSON/m);
  });

  it('reports an unreadable file in one clear line, without a stack trace', async () => {
    const r = await cli(['validate', 'missing.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('missing.json: (file): cannot read the file: it does not exist (check the path)\n');
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  it('prints a migration note for an older format version', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/old.json`, JSON.stringify({ schemaVersion: 0, name: 'old', duration: 4, teams: [{ name: 'A', size: 3 }] }));
    const r = await cliInProcess(['validate', 'old.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^old\.json: ok\nold\.json: note: /);
  });
});
