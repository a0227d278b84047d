/**
 * The hostile-input corpus against every way a scenario gets in: `validate` (all files in one call, so one bad file
 * cannot lose the others' results), `run`, the editor and the worker (parseScenarioText, which both call), Load file,
 * a shared link, and `merge`. Each is refused with a path and a message, or handled; nothing crashes, nothing is
 * printed raw to a terminal, no file is lost.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LIMITS, parseScenarioText } from '../../sim/index.ts';
import { decodeScenarioPayload, toBase64Url } from '../../viz/share/link.ts';
import { readScenarioFile } from '../../viz/scenario/editor.ts';
import { cli, hasStackTrace } from '../cli/helpers.ts';
import { cliInProcess } from '../cli/inProcess.ts';
import { CASES, caseText, writeCorpus } from './corpus.ts';

/** Characters that must never reach a terminal raw: C0 controls but line breaks, C1 controls, bidi controls. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const dir = writeCorpus();
const pathOf = (file: string) => (file.startsWith('/') ? file : file);

describe('validate on the whole corpus at once', () => {
  it('answers every file on its own line, in order, exits 2, and prints no stack trace or raw control character', async () => {
    const r = await cli(['validate', ...CASES.map((c) => pathOf(c.file))], dir);
    expect(r.code).toBe(2);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    expect(RAW_CONTROL.test(r.stdout)).toBe(false);
    for (const c of CASES) {
      const lines = r.stdout.split('\n').filter((l) => l.startsWith(`${c.file}: `)).map((l) => l.slice(c.file.length + 2));
      expect(lines.length, c.file).toBeGreaterThan(0);
      expect(lines.some((l) => c.validate.test(l)), `${c.file}: ${lines.join(' | ')}`).toBe(true);
    }
    // Files in order: the first line of each file's answer follows the previous file's.
    const firsts = CASES.map((c) => r.stdout.indexOf(`${c.file}: `));
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
  });

  it('says a file with a byte-order mark was read, with a note', async () => {
    const r = await cliInProcess(['validate', 'bom.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('bom.json: ok\nbom.json: note: the text starts with a byte-order mark (U+FEFF, written by some editors); it was ignored\n');
  });
});

describe('the same rule in the editor, the worker and a shared link', () => {
  const link = (text: string) => toBase64Url(deflateSync(new TextEncoder().encode(text), { level: 9 }));

  it.each(CASES.filter((c) => c.asText).map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const text = caseText(c);
    const parsed = parseScenarioText(text);
    expect(parsed.ok, c.file).toBe(c.accepted);
    const decoded = decodeScenarioPayload(link(text));
    expect(decoded.ok).toBe(c.accepted);
    if (!parsed.ok && !decoded.ok) {
      const first = parsed.problems[0];
      expect(c.validate.test(`${first.path}: ${first.message}`), `${first.path}: ${first.message}`).toBe(true);
      expect(decoded.problems).toEqual(parsed.problems);
      expect(decoded.message).toContain(first.message.slice(0, 30));
    }
  });

  it('a 10,000-deep array fits in a short link and is refused with a message, not a stack overflow', () => {
    const payload = link(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    expect(payload.length).toBeLessThan(120);
    const decoded = decodeScenarioPayload(payload);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toMatch(/nested more than 32 levels deep/);
  });

  it('a link carrying a byte-order mark opens, with the notice, and hands on text without it', () => {
    const c = CASES.find((x) => x.file === 'bom.json')!;
    const decoded = decodeScenarioPayload(link(caseText(c)));
    expect(decoded.ok).toBe(true);
    if (decoded.ok) {
      expect(decoded.notices[0]).toMatch(/byte-order mark/);
      expect(decoded.text.startsWith('{')).toBe(true);
    }
  });
});

describe('Load file in the editor reads by the CLI’s rules', () => {
  it('removes a byte-order mark with a note; refuses non-UTF-8 and oversized files without reading them', async () => {
    const bom = await readScenarioFile(new File([caseText(CASES.find((c) => c.file === 'bom.json')!)], 'bom.json'));
    expect(bom).toMatchObject({ ok: true, note: expect.stringMatching(/byte-order mark/) });
    if (bom.ok) expect(parseScenarioText(bom.text).ok).toBe(true);
    const binary = await readScenarioFile(new File([Uint8Array.from([0x7b, 0xff, 0x7d])], 'x.json'));
    expect(binary).toEqual({ ok: false, message: expect.stringMatching(/not UTF-8 text/) });
    const big = await readScenarioFile(new File([new Uint8Array(LIMITS.maxFileBytes + 1)], 'big.json'));
    expect(big).toEqual({ ok: false, message: expect.stringMatching(/over the 5 MB limit/) });
  });
});

describe('run on hostile names', () => {
  it('neutralises formula names in CSV cells (OWASP) and keeps them as they are in JSON', async () => {
    const csv = await cliInProcess(['run', 'formula-names.json', '--threads', '1', '--weeks', '1'], dir);
    expect(csv.code).toBe(0);
    const teams = csv.stdout.trimEnd().split('\n').slice(1).map((l) => /^\d+,[^,]*,\d+,\d+,("(?:[^"]|"")*"|[^,]*)/.exec(l)![1]);
    expect(teams).toEqual([`"'=HYPERLINK(""http://example.invalid"",""x"")"`, `"'+SUM(1,2)"`, `'-2+3`, `'@cmd`, 'org']);
    const variant = await cliInProcess(['run', 'formula-names.json', '--threads', '1', '--weeks', '1', '--variant', '=1+1'], dir);
    expect(variant.stdout.split('\n')[1]).toMatch(/^0,'=1\+1,3,1,/);
    const json = await cliInProcess(['run', 'formula-names.json', '--threads', '1', '--weeks', '1', '--format', 'json'], dir);
    expect(JSON.parse(json.stdout).rows[0][4]).toBe('=HYPERLINK("http://example.invalid","x")');
  });

  it('runs a file with a byte-order mark, with the note on stderr', async () => {
    const r = await cliInProcess(['run', 'bom.json', '--threads', '1', '--weeks', '1'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('bom.json: note: the text starts with a byte-order mark (U+FEFF, written by some editors); it was ignored\n');
  });

  it('refuses every hostile file it cannot run with exit 2 and its problem, never a stack trace', async () => {
    for (const c of CASES.filter((x) => !x.accepted)) {
      const r = await cliInProcess(['run', pathOf(c.file), '--threads', '1', '--weeks', '1'], dir);
      expect(r.code, c.file).toBe(2);
      expect(r.stdout).toBe('');
      expect(hasStackTrace(r.stderr)).toBe(false);
      expect(RAW_CONTROL.test(r.stderr), c.file).toBe(false);
    }
  });

  it('refuses --variant with control characters without printing them raw', async () => {
    const r = await cliInProcess(['run', 'bom.json', '--variant', 'x\u001b[2Jy'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown variant "x\\u001b[2Jy"');
    expect(RAW_CONTROL.test(r.stderr)).toBe(false);
  });
});

describe('merge on hostile files', () => {
  it('refuses files that are not shards: binary, deeply nested, or a first line longer than any header', async () => {
    writeFileSync(join(dir, 'deep.jsonl'), `${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    for (const file of ['binary.json', 'deep.jsonl', 'deep-10000.json', '/dev/null', 'a-folder']) {
      const r = await cliInProcess(['merge', file], dir);
      expect(r.code, file).toBe(2);
      expect(r.stderr, file).toMatch(/not a shard file|cannot read the file/);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });
});
