/**
 * Sweep parameters: parsing `--param path=from:to:step` or `path=v1,v2,…`,
 * the full-factorial design, and setting a value at a dotted path by building
 * new objects along it (never a deep merge; `__proto__`, `constructor` and
 * `prototype` segments are refused). The result is validated again by the
 * caller, so a bad value gets a path-and-message error.
 */
import { UsageError } from './errors.ts';
import { CLI_LIMITS } from './options.ts';

export type ParamValue = number | boolean | string;

/** One swept parameter: its dotted path and its levels. */
export interface SweepParam {
  readonly path: string;
  readonly values: readonly ParamValue[];
}

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const SYNTAX = 'write --param path=from:to:step (e.g. policy.recognitionFrequency=0:1:0.25) or --param path=v1,v2,… (e.g. teams.0.size=8,12,20)';

/** Parses one `--param` argument, or throws a UsageError naming the problem and the fix. */
export function parseParam(raw: string): SweepParam {
  const eq = raw.indexOf('=');
  if (eq <= 0 || eq === raw.length - 1) throw new UsageError(`--param ${JSON.stringify(raw)} is not of the form path=values; ${SYNTAX}`, 'sweep');
  const path = raw.slice(0, eq).trim();
  const spec = raw.slice(eq + 1).trim();
  ignoredPath(path);
  const values = spec.includes(':') ? rangeValues(path, spec) : spec.split(',').map((v) => parseValue(path, v.trim()));
  if (values.length > CLI_LIMITS.maxLevelsPerParam) {
    throw new UsageError(`--param ${path}: ${values.length} levels; the limit is ${CLI_LIMITS.maxLevelsPerParam} per parameter (use a larger step)`, 'sweep');
  }
  return { path, values };
}

function parseValue(path: string, text: string): ParamValue {
  if (text === '') throw new UsageError(`--param ${path}: an empty value in the list; ${SYNTAX}`, 'sweep');
  if (NUMBER.test(text)) return Number(text);
  if (text === 'true') return true;
  if (text === 'false') return false;
  return text;
}

function rangeValues(path: string, spec: string): number[] {
  const parts = spec.split(':');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p.trim()))) {
    throw new UsageError(`--param ${path}=${spec}: a range needs three numbers from:to:step; ${SYNTAX}`, 'sweep');
  }
  const [from, to, step] = parts.map((p) => Number(p.trim()));
  if (!(step > 0)) throw new UsageError(`--param ${path}=${spec}: the step must be greater than 0`, 'sweep');
  if (to < from) throw new UsageError(`--param ${path}=${spec}: "to" (${to}) is less than "from" (${from}); swap them`, 'sweep');
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > CLI_LIMITS.maxLevelsPerParam) {
    throw new UsageError(`--param ${path}=${spec}: ${count} levels; the limit is ${CLI_LIMITS.maxLevelsPerParam} per parameter (use a larger step)`, 'sweep');
  }
  // Levels are computed as from + i·step and rounded to 12 significant digits, so 0:1:0.1 gives 0.3, not 0.30000000000000004.
  return Array.from({ length: count }, (_, i) => Number((from + i * step).toPrecision(12)));
}

/**
 * Paths a sweep must not vary because every point would ignore them: the seeds and weeks come from --seed/--runs and
 * --weeks, a sweep runs one --variant, and names, descriptions and stories never change a metric. Accepting them would
 * label identical points as different.
 */
const IGNORED: readonly { test: (segments: readonly string[]) => boolean; why: string }[] = [
  { test: (s) => s[0] === 'seed', why: 'every point runs the same seeds (common random numbers); set the first seed with --seed N and the number of seeds per point with --runs R' },
  { test: (s) => s[0] === 'weeks', why: 'every point runs the same number of weeks; set it with --weeks W (or run one sweep per length)' },
  { test: (s) => s[0] === 'variants', why: 'a sweep runs one variant (--variant NAME) and varies paths of the scenario as that variant runs it, e.g. policy.recognitionFrequency' },
  {
    test: (s) => s.length === 1 && ['$schema', 'schemaVersion', 'name', 'description', 'facilitatorNote'].includes(s[0]),
    why: 'it does not change any result (the engine never reads it)',
  },
  { test: (s) => s[0] === 'measurement' && s[1] === 'stories', why: 'it does not change any metric (batch runs skip stories)' },
];

function ignoredPath(path: string): void {
  const segments = pathSegments(path);
  const hit = IGNORED.find((rule) => rule.test(segments));
  if (hit) throw new UsageError(`--param ${path}: cannot be swept: ${hit.why}`, 'sweep');
}

/** Splits a dotted path, refusing empty and dangerous segments. */
export function pathSegments(path: string): string[] {
  const segments = path.split('.');
  for (const s of segments) {
    if (s === '') throw new UsageError(`--param ${JSON.stringify(path)}: empty segment in the path; ${SYNTAX}`, 'sweep');
    if (FORBIDDEN_SEGMENTS.has(s)) throw new UsageError(`--param ${path}: the segment "${s}" is not allowed in a path`, 'sweep');
  }
  return segments;
}

/**
 * A copy of `root` with `value` at `path`: new objects and arrays are built
 * along the path, everything else is shared. Array segments must be indices
 * of existing items; a missing object on the way is created (validation then
 * reports unknown keys).
 */
export function setAtPath(root: unknown, path: string, value: ParamValue): unknown {
  const segments = pathSegments(path);
  const build = (node: unknown, depth: number): unknown => {
    if (depth === segments.length) return value;
    const key = segments[depth];
    const where = segments.slice(0, depth).join('.') || '(root)';
    if (Array.isArray(node)) {
      if (!/^\d+$/.test(key) || Number(key) >= node.length) {
        throw new UsageError(`--param ${path}: ${where} is a list of ${node.length}; "${key}" must be an index from 0 to ${node.length - 1}`, 'sweep');
      }
      const copy = node.slice();
      copy[Number(key)] = build(node[Number(key)], depth + 1);
      return copy;
    }
    if (node === undefined) node = {};
    if (node === null || typeof node !== 'object') {
      throw new UsageError(`--param ${path}: ${where} is a single value, so it has no "${key}"`, 'sweep');
    }
    const current = Object.prototype.hasOwnProperty.call(node, key) ? (node as Record<string, unknown>)[key] : undefined;
    const copy: Record<string, unknown> = {};
    for (const k of Object.keys(node)) copy[k] = (node as Record<string, unknown>)[k];
    Object.defineProperty(copy, key, { value: build(current, depth + 1), enumerable: true, writable: true, configurable: true });
    return copy;
  };
  return build(root, 0);
}

/** Number of points of the full-factorial design. */
export function pointCount(params: readonly SweepParam[]): number {
  return params.reduce((n, p) => n * p.values.length, 1);
}

/** Level indices of design point `point` (the first parameter varies slowest). */
export function pointLevels(params: readonly SweepParam[], point: number): number[] {
  const levels = new Array<number>(params.length);
  let rest = point;
  for (let i = params.length - 1; i >= 0; i--) {
    levels[i] = rest % params[i].values.length;
    rest = Math.floor(rest / params[i].values.length);
  }
  return levels;
}
