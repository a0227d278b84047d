/**
 * Problem messages: JSON paths, found values shown safely, what the schema
 * expected, and "unknown key" with the nearest allowed key. Every message
 * names the place and the fix.
 */
import type { z } from 'zod';
import { gameTypeChoices } from './game.ts';
import { EVENT_TYPES, scenarioSchema } from './schema.ts';
import type { ScenarioProblem } from './parse.ts';
import { printable } from './untrusted.ts';

/** Formats a path array as `teams[2].leader.empathy`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? printable(String(part)) : `.${printable(String(part))}`;
  }
  return out === '' ? '(root)' : out;
}

/** Short, safe rendering of a found value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return printable(JSON.stringify(shown));
  }
  return String(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, part as string)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[part as string];
  }
  return node;
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${issue.expected === 'int' ? 'an integer' : `a${/^[aeiou]/.test(issue.expected) ? 'n' : ''} ${issue.expected}`}`;
    case 'too_small': {
      const op = issue.inclusive === false ? '>' : '≥';
      if (issue.origin === 'array') return `must have at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return `must be at least ${issue.minimum} character${Number(issue.minimum) === 1 ? '' : 's'} long`;
      return `must be ${op} ${issue.minimum}`;
    }
    case 'too_big': {
      const op = issue.inclusive === false ? '<' : '≤';
      if (issue.origin === 'array') return `must have at most ${issue.maximum} items (limit)`;
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters long (limit)`;
      return `must be ${op} ${issue.maximum}`;
    }
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) return `has an unknown "${issue.discriminator}"`;
      return 'does not match any allowed form';
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'invalid_format':
      return `must be a valid ${issue.format}`;
    default:
      return issue.message;
  }
}

type AnySchema = z.core.$ZodType;

/**
 * The keys an object may have at `path` of the input, read from the schema
 * (through optional and default wrappers, arrays, and the event union, whose
 * member is chosen by the input's "type"); undefined if the path cannot be
 * followed.
 */
export function allowedKeysAt(schema: AnySchema, path: readonly PropertyKey[], input: unknown): string[] | undefined {
  let node: AnySchema | undefined = schema;
  let value = input;
  for (let depth = 0; node && depth <= path.length; ) {
    const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
    switch (def.type) {
      case 'optional':
      case 'default':
      case 'nullable':
      case 'readonly':
      case 'prefault':
      case 'catch':
        node = def.innerType as AnySchema;
        continue;
      case 'pipe':
        node = def.in as AnySchema;
        continue;
      case 'lazy':
        node = (def.getter as () => AnySchema)();
        continue;
      case 'union': {
        const type = value && typeof value === 'object' ? (value as Record<string, unknown>).type : undefined;
        node = (def.options as AnySchema[]).find((o) => {
          const shape = (o._zod.def as unknown as { shape?: Record<string, AnySchema> }).shape;
          const literal = shape?.type?._zod.def as unknown as { values?: unknown[] } | undefined;
          return literal?.values?.includes(type);
        });
        continue;
      }
      case 'object': {
        const shape = def.shape as Record<string, AnySchema>;
        if (depth === path.length) return Object.keys(shape);
        const key = path[depth++];
        node = typeof key === 'string' ? shape[key] : undefined;
        value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key as string] : undefined;
        continue;
      }
      case 'array': {
        const index = path[depth++];
        if (typeof index !== 'number') return undefined;
        node = def.element as AnySchema;
        value = Array.isArray(value) ? value[index] : undefined;
        continue;
      }
      default:
        return undefined;
    }
  }
  return undefined;
}

/** Edit distance (insertions, deletions, substitutions; case-insensitive), for "did you mean". */
function editDistance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length];
}

/** "unknown key" with the nearest allowed key (a likely typo) and the keys allowed at that place. */
export function unknownKeyMessage(key: string, allowed: readonly string[] | undefined): string {
  key = printable(key);
  if (!allowed || allowed.length === 0) return `unknown key "${key}" (check the spelling; allowed keys are listed in scenario.schema.json)`;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const d = editDistance(key, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  const close = best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3));
  return `unknown key "${key}"${close ? ` (did you mean "${best}"?)` : ''}; allowed here: ${allowed.join(', ')}`;
}

/** A value outside a long list of choices (a metric key): the nearest choice (a likely typo) first, then every choice. */
function choiceMessage(found: string, choices: readonly string[]): string {
  let best = choices[0];
  for (const choice of choices) if (editDistance(found, choice) < editDistance(found, best)) best = choice;
  const close = editDistance(found, best) <= Math.max(2, Math.floor(found.length / 3));
  return `unknown value ${describeValue(found)}${close ? ` (did you mean "${best}"?)` : ''}; allowed: ${choices.join(', ')}`;
}

/** Turns zod issues into path-and-message problems. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], input: unknown): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          path: formatPath([...issue.path, key]),
          message: unknownKeyMessage(key, allowedKeysAt(scenarioSchema, issue.path, input)),
        });
      }
      continue;
    }
    if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
      const path = issue.path[issue.path.length - 1] === issue.discriminator ? issue.path : [...issue.path, issue.discriminator];
      const found = valueAt(input, path);
      const gameTypes = gameTypeChoices(formatPath(path.slice(0, -1)));
      problems.push({
        path: formatPath(path),
        message: `unknown ${gameTypes ? 'type' : 'event type'}, got ${describeValue(found)}; allowed: ${(gameTypes ?? EVENT_TYPES).join(', ')}`,
      });
      continue;
    }
    const found = valueAt(input, issue.path);
    if (found === undefined && issue.code === 'invalid_type' && issue.path.length >= 2 && issue.path[issue.path.length - 2] === 'styleMix') {
      problems.push({
        path: formatPath(issue.path),
        message: 'is required: a style mix gives the weight of giver, matcher and taker (0 for none; reputation may be left out), so no weight is filled in silently',
      });
      continue;
    }
    if (issue.code === 'invalid_value' && issue.values.length > 6 && typeof found === 'string') {
      problems.push({ path: formatPath(issue.path), message: choiceMessage(found, issue.values.map(String)) });
      continue;
    }
    const expected = expectation(issue);
    const got = found === undefined ? 'it is missing' : `got ${describeValue(found)}`;
    if (issue.code === 'invalid_type' && typeof found === 'number' && !Number.isFinite(found)) {
      problems.push({ path: formatPath(issue.path), message: `must be a finite number, got ${found} (the number written is too large for a double)` });
      continue;
    }
    if (issue.code === 'invalid_type' && issue.expected === 'int' && typeof found === 'number') {
      problems.push({ path: formatPath(issue.path), message: `must be an integer, got ${describeValue(found)}` });
      continue;
    }
    problems.push({ path: formatPath(issue.path), message: `${expected}, ${got}` });
  }
  return problems;
}

