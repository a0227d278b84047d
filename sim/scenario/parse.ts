/**
 * Reading untrusted scenario text: size limit, JSON syntax, forbidden keys,
 * version migration, schema validation and cross-field checks. Every problem
 * is reported as `{ path, message }`, all at once where practical, with the
 * JSON path, what was expected and what was found. Nothing here throws for bad
 * input; a stack trace never reaches a user.
 */
import { LIMITS, SCHEMA_VERSION, scenarioSchema, type Scenario } from './schema.ts';
import { describeValue, formatPath, problemsFromIssues } from './messages.ts';
import { migrateScenario } from './migrate.ts';
import { checkScenarioReferences } from './references.ts';
import { checkClassicMode } from './game.ts';
import { checkGuide } from './guide.ts';
import { resolveVariant } from './variants.ts';
import { BOM, MAX_DEPTH, printable, textTooDeep, valueTooDeep } from './untrusted.ts';

export { allowedKeysAt, describeValue, formatPath, problemsFromIssues, unknownKeyMessage } from './messages.ts';

export interface ScenarioProblem {
  /** JSON path such as `teams[2].size`, or `(file)` for whole-file problems. */
  readonly path: string;
  readonly message: string;
}

export type ScenarioResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly notices: readonly string[] }
  | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function forbiddenKeyProblems(value: unknown, path: PropertyKey[], out: ScenarioProblem[]): void {
  if (out.length >= 100 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => forbiddenKeyProblems(item, [...path, i], out));
    return;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      out.push({ path: formatPath([...path, key]), message: `the key "${key}" is not allowed in a scenario (remove it)` });
      continue;
    }
    forbiddenKeyProblems((value as Record<string, unknown>)[key], [...path, key], out);
  }
}

function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let column = 1;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return `line ${line}, column ${column}`;
}

/** Byte length of a string in UTF-8, without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The notice for a text that started with a byte-order mark. */
export const BOM_NOTICE = 'the text starts with a byte-order mark (U+FEFF, written by some editors); it was ignored';

function tooDeep(where: string): ScenarioProblem {
  return {
    path: '(file)',
    message: `nested more than ${MAX_DEPTH} levels deep${where}; a scenario needs about 7, so this is not a scenario (check that it is the right file)`,
  };
}

/**
 * Parses and validates scenario text (a file, a pasted edit, a decoded link). A leading byte-order mark is ignored
 * with a notice; nesting deeper than MAX_DEPTH is refused before anything walks the value.
 */
export function parseScenarioText(text: string): ScenarioResult {
  const bytes = utf8Length(text);
  if (bytes > LIMITS.maxFileBytes) {
    return {
      ok: false,
      problems: [
        {
          path: '(file)',
          message: `the scenario is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${LIMITS.maxFileBytes / 1048576} MB (split it or remove unused variants)`,
        },
      ],
    };
  }
  const notices: string[] = [];
  if (text.startsWith(BOM)) {
    text = text.slice(BOM.length);
    notices.push(BOM_NOTICE);
  }
  const deep = textTooDeep(text);
  if (deep !== undefined) return { ok: false, problems: [tooDeep(` at ${lineAndColumn(text, deep)}`)] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /position (\d+)/.exec(message);
    const where = match ? ` at ${lineAndColumn(text, Number(match[1]))}` : '';
    return { ok: false, problems: [{ path: '(file)', message: `not valid JSON${where}: ${printable(message.replace(/^JSON\.parse: /, ''))}` }] };
  }
  const result = validateScenario(value);
  return result.ok && notices.length > 0 ? { ...result, notices: [...notices, ...result.notices] } : result;
}

/** Validates an already-parsed JSON value as a scenario. */
export function validateScenario(value: unknown): ScenarioResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: [{ path: '(root)', message: `must be a JSON object, got ${describeValue(value)}` }] };
  }
  if (valueTooDeep(value)) return { ok: false, problems: [tooDeep('')] };
  try {
    return validateObject(value as Record<string, unknown>);
  } catch (error) {
    // The depth limit keeps every walk shallow; this is the last line of defence, so a stack overflow is a message too.
    if (error instanceof RangeError) return { ok: false, problems: [{ path: '(file)', message: 'too deeply nested or too large to check' }] };
    throw error;
  }
}

function validateObject(value: Record<string, unknown>): ScenarioResult {
  const forbidden: ScenarioProblem[] = [];
  forbiddenKeyProblems(value, [], forbidden);
  if (forbidden.length > 0) return { ok: false, problems: forbidden };

  const migrated = migrateScenario(value);
  if (!migrated.ok) return { ok: false, problems: migrated.problems };

  const parsed = scenarioSchema.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues, migrated.value) };

  const classicProblems = checkClassicMode(migrated.value, parsed.data.game, parsed.data.teams.length);
  if (classicProblems.length > 0) return { ok: false, problems: classicProblems };
  const referenceProblems = checkScenarioReferences(parsed.data);
  if (referenceProblems.length > 0) return { ok: false, problems: referenceProblems };
  const variantProblems = checkResolvedVariants(parsed.data);
  if (variantProblems.length > 0) return { ok: false, problems: variantProblems };
  const guideProblems = checkGuide(parsed.data);
  if (guideProblems.length > 0) return { ok: false, problems: guideProblems };
  return { ok: true, scenario: parsed.data, notices: migrated.notices };
}

/**
 * Every variant, resolved as it runs, must itself be a valid scenario: a file that validates can then run every one of
 * its variants. A problem is reported at the variant's own path where the variant sets that part, else at the variant
 * with the path in the scenario as it runs.
 */
function checkResolvedVariants(scenario: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  scenario.variants.forEach((variant, i) => {
    const resolved = resolveVariant(scenario, variant.name);
    if (resolved.ok) return;
    const where = `variants[${i}]`;
    const baseEvents = (variant.events ?? scenario.events).length;
    for (const p of resolved.problems) {
      const top = /^[A-Za-z$]+/.exec(p.path)?.[0] ?? '';
      const event = /^events\[(\d+)\](.*)$/.exec(p.path);
      if (event && Number(event[1]) >= baseEvents) {
        problems.push({ path: `${where}.addEvents[${Number(event[1]) - baseEvents}]${event[2]}`, message: p.message });
      } else if (event && variant.events) {
        problems.push({ path: `${where}.${p.path}`, message: p.message });
      } else if (top !== 'events' && top in variant && top !== 'name' && top !== 'description') {
        problems.push({ path: `${where}.${p.path}`, message: p.message });
      } else {
        problems.push({ path: where, message: `in the scenario as variant "${variant.name}" runs it, ${p.path}: ${p.message}` });
      }
    }
  });
  return problems;
}

/** Renders problems as `file: path: message` lines (the CLI's format). */
export function formatProblems(problems: readonly ScenarioProblem[], file?: string): string {
  return problems.map((p) => (file ? `${file}: ${p.path}: ${p.message}` : `${p.path}: ${p.message}`)).join('\n');
}

export { SCHEMA_VERSION };
