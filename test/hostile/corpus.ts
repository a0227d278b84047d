/**
 * The hostile-input corpus: scenario files a careless tool or a hostile sender could produce. Each entry says what
 * must happen — refused with a path and a message, or accepted (with a notice, or with its names made harmless on
 * output). Files are written to a temporary folder; device files are used where they are.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = { schemaVersion: 2, name: 'hostile', seed: 3, weeks: 4, teams: [{ name: 'A', size: 3 }] };
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Nesting `depth` objects deep inside an otherwise ordinary scenario's description field. */
function deepInside(depth: number): string {
  return json(base).replace('"name": "hostile"', `"name": "hostile", "description": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
}

export interface HostileCase {
  readonly file: string;
  /** File content (text or bytes); absent for device files and folders. */
  readonly content?: string | Uint8Array;
  /** What validate must print for it (a line after `file: `), as a pattern. */
  readonly validate: RegExp;
  /** Whether the scenario is accepted (validate exit 0 for it alone). */
  readonly accepted: boolean;
  /** Whether the same text must get the same answer as a shared link and in the editor (text files only). */
  readonly asText: boolean;
}

export const CASES: readonly HostileCase[] = [
  { file: 'deep-10000.json', content: `${'['.repeat(10_000)}${']'.repeat(10_000)}`, validate: /^\(file\): nested more than 32 levels deep at line 1, column 33;/, accepted: false, asText: true },
  { file: 'deep-3000-in-description.json', content: deepInside(3000), validate: /^\(file\): nested more than 32 levels deep at line 3, column/, accepted: false, asText: true },
  { file: 'deep-array-object.json', content: `{"schemaVersion":1,"teams":${'[{"x":'.repeat(5000)}1${'}]'.repeat(5000)}}`, validate: /^\(file\): nested more than 32 levels deep/, accepted: false, asText: true },
  { file: 'bom.json', content: `\uFEFF${json(base)}`, validate: /^ok$/, accepted: true, asText: true },
  { file: 'bom-only.json', content: '\uFEFF', validate: /^\(file\): not valid JSON/, accepted: false, asText: true },
  {
    file: 'ansi-team.json',
    content: json({ ...base, teams: [{ name: '\u001b[31mRed\u001b[0m', size: 3 }] }),
    validate: /^teams\[0\]\.name: must not contain control, escape or bidirectional-override characters; found a control character \(U\+001B\) at position 1, got "\\u001b\[31mRed\\u001b\[0m"$/,
    accepted: false,
    asText: true,
  },
  {
    file: 'csi-leader.json',
    content: json({ ...base, teams: [{ name: 'A', size: 3, leader: { name: 'Boss\u009b2J' } }] }),
    validate: /^teams\[0\]\.leader\.name: must not contain .* \(U\+009B\) at position 5, got "Boss\\u009b2J"$/,
    accepted: false,
    asText: true,
  },
  {
    file: 'bidi-variant.json',
    content: json({ ...base, variants: [{ name: 'safe\u202Eexe.txt', policy: { recognitionFrequency: 0 } }] }),
    validate: /^variants\[0\]\.name: must not contain .*bidirectional-override character \(U\+202E\) at position 5, got "safe\\u202eexe\.txt"$/,
    accepted: false,
    asText: true,
  },
  {
    file: 'newline-in-name.json',
    content: json({ ...base, name: 'two\nlines' }),
    validate: /^name: must not contain control.*\(U\+000A\)/,
    accepted: false,
    asText: true,
  },
  {
    file: 'escape-in-note.json',
    content: json({ ...base, events: [{ week: 2, type: 'crisis', note: 'line one\nline two\u0007' }] }),
    validate: /^events\[0\]\.note: must not contain control, escape or bidirectional-override characters \(line breaks and tabs are fine\); found a control character \(U\+0007\)/,
    accepted: false,
    asText: true,
  },
  { file: 'escape-key.json', content: json({ ...base, '\u001b[2J': 1 }), validate: /^\\u001b\[2J: unknown key "\\u001b\[2J"/, accepted: false, asText: true },
  {
    file: 'formula-names.json',
    content: json({
      ...base,
      teams: [
        { name: '=HYPERLINK("http://example.invalid","x")', size: 2 },
        { name: '+SUM(1,2)', size: 2 },
        { name: '-2+3', size: 2 },
        { name: '@cmd', size: 2 },
      ],
      variants: [{ name: '=1+1', policy: { recognitionFrequency: 0 } }],
    }),
    validate: /^ok$/,
    accepted: true,
    asText: true,
  },
  { file: 'org-team.json', content: json({ ...base, teams: [{ name: 'org', size: 3 }] }), validate: /^teams\[0\]\.name: the team name "org" is reserved/, accepted: false, asText: true },
  {
    file: 'overflowing-mix.json',
    content: json({ ...base, people: { styleMix: { giver: 1e308, matcher: 1e308, taker: 0 } } }),
    validate: /^people\.styleMix: the weights must have a finite sum, got Infinity/,
    accepted: false,
    asText: true,
  },
  { file: 'infinite-number.json', content: json(base).replace('"weeks": 4', '"weeks": 1e999'), validate: /^weeks: must be a finite number, got Infinity/, accepted: false, asText: true },
  { file: 'proto.json', content: '{"schemaVersion":1,"name":"p","teams":[{"name":"A","size":3}],"__proto__":{"x":1}}', validate: /^__proto__: the key "__proto__" is not allowed/, accepted: false, asText: true },
  { file: 'not-json.json', content: 'name: a scenario in YAML', validate: /^\(file\): not valid JSON/, accepted: false, asText: true },
  { file: 'too-big.json', content: `{"schemaVersion":1,"description":"${'x'.repeat(5 * 1024 * 1024)}"}`, validate: /^\(file\): the file is larger than 5 MB, the limit for a scenario/, accepted: false, asText: false },
  { file: 'binary.json', content: Uint8Array.from([0x7b, 0xff, 0xfe, 0x00, 0x7d]), validate: /^\(file\): is not UTF-8 text/, accepted: false, asText: false },
  { file: 'a-folder', validate: /^\(file\): is a directory, not a file$/, accepted: false, asText: false },
  { file: '/dev/zero', validate: /^\(file\): the file is larger than 5 MB, the limit for a scenario/, accepted: false, asText: false },
  { file: '/dev/urandom', validate: /^\(file\): the file is larger than 5 MB, the limit for a scenario/, accepted: false, asText: false },
  { file: '/dev/null', validate: /^\(file\): not valid JSON/, accepted: false, asText: false },
];

/** Writes the corpus into a fresh temporary folder and returns it (device files are used where they are). */
export function writeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reciprocity-hostile-'));
  for (const c of CASES) {
    if (c.file.startsWith('/')) continue;
    if (c.content === undefined) mkdirSync(join(dir, c.file));
    else writeFileSync(join(dir, c.file), c.content);
  }
  return dir;
}

/** The text of a case as a person would paste it or a link would carry it. */
export function caseText(c: HostileCase): string {
  return typeof c.content === 'string' ? c.content : new TextDecoder().decode(c.content);
}
