/**
 * Sharding: `--shard i/n` (0-based) runs a contiguous slice of a job's units
 * and writes them as JSON lines: a header line stamping the job (and the team
 * names of each of its scenarios), then one line per unit holding its raw
 * result (typed arrays as little-endian base64, so numbers survive exactly)
 * and a SHA-256 of the record. `merge` checks the header, then every record
 * against the header and its checksum before decoding it, and renders the
 * whole job with the same renderer the unsharded command uses, byte for byte.
 */
import { createReadStream } from 'node:fs';
import { endianness } from 'node:os';
import { LIMITS, METRIC_KEYS, type RunResult, type Scenario } from '../../sim/index.ts';
import { UsageError } from '../errors.ts';
import { CLI_LIMITS } from '../options.ts';
import { createHash } from 'node:crypto';
import { canonicalJson, sha256Hex } from '../../sim/export/stamp.ts';
import { pointCount, type SweepParam } from '../sweepParams.ts';
import type { JobSpec, UnitKind, UnitResult } from './job.ts';
import { GAME_METRICS } from '../../sim/game/results.ts';
import { valueCount } from '../../sim/results.ts';
import { shardRange } from '../../sim/batch/plan.ts';

export const SHARD_FORMAT = 'reciprocity-lab-shard';
export const SHARD_VERSION = 2;
export const MAX_SHARDS = 100_000;
/** The longest header line merge reads (seeds, sweep levels and team names are in it). */
export const MAX_HEADER_BYTES = 64 * 1024 * 1024;

/** A parsed `--shard i/n`. */
export interface ShardSpec {
  readonly index: number;
  readonly count: number;
}

/** Parses `i/n` with 0 ≤ i < n, or throws a UsageError with the fix. */
export function parseShardSpec(raw: string | undefined, command: string): ShardSpec | undefined {
  if (raw === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(raw.trim());
  const fix = 'write --shard i/n with 0 ≤ i < n (0-based: --shard 0/4, 1/4, 2/4, 3/4)';
  if (!match) throw new UsageError(`--shard must look like i/n, got ${JSON.stringify(raw)}; ${fix}`, command);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > MAX_SHARDS) throw new UsageError(`--shard ${raw}: n must be from 1 to ${MAX_SHARDS}; ${fix}`, command);
  if (index >= count) throw new UsageError(`--shard ${raw}: i must be less than n (shards are numbered from 0); ${fix}`, command);
  return { index, count };
}

/** The stamp every shard of one job shares: the SHA-256 of its spec's canonical JSON. */
export function jobHash(spec: JobSpec): Promise<string> {
  return sha256Hex(canonicalJson(spec));
}

/** Team names of the job's scenarios: the distinct lists, and which list each scenario (variant, sweep point) has. */
export interface ShardLayout {
  readonly teamNames: readonly (readonly string[])[];
  readonly scenarioTeams: readonly number[];
}

export function shardLayout(scenarios: readonly Scenario[]): ShardLayout {
  const lists: string[][] = [];
  const index = new Map<string, number>();
  const scenarioTeams = scenarios.map((s) => {
    const names = s.teams.map((t) => t.name);
    const key = JSON.stringify(names);
    let at = index.get(key);
    if (at === undefined) {
      at = lists.push(names) - 1;
      index.set(key, at);
    }
    return at;
  });
  return { teamNames: lists, scenarioTeams };
}

/** The first line of a shard file. */
export interface ShardHeader {
  readonly format: typeof SHARD_FORMAT;
  readonly version: number;
  readonly jobHash: string;
  readonly shard: number;
  readonly of: number;
  readonly start: number;
  readonly end: number;
  readonly unitCount: number;
  readonly kind: UnitKind;
  readonly spec: JobSpec;
  readonly layout: ShardLayout;
}

export async function shardHeaderLine(header: Omit<ShardHeader, 'format' | 'version' | 'jobHash'>): Promise<string> {
  const full: ShardHeader = { format: SHARD_FORMAT, version: SHARD_VERSION, jobHash: await jobHash(header.spec), ...header };
  return `${JSON.stringify(full)}\n`;
}

const isInt = (x: unknown, min: number, max: number): x is number => typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;
const isStringList = (x: unknown, max: number): x is string[] => Array.isArray(x) && x.length <= max && x.every((s) => typeof s === 'string');

/** Number of scenarios (variants, sweep points) of a job spec; undefined when the spec is not one this release writes. */
function scenarioCount(spec: JobSpec): number | undefined {
  if (spec.command === 'run') return 1;
  if (spec.command === 'compare') return isStringList(spec.variants, LIMITS.maxVariants + 1) ? spec.variants.length : undefined;
  if (spec.command === 'sweep') {
    const params = spec.params as SweepParam[] | undefined;
    if (!Array.isArray(params) || !params.every((p) => p && typeof p.path === 'string' && Array.isArray(p.values))) return undefined;
    const points = pointCount(params);
    return points <= CLI_LIMITS.maxSweepPoints ? points : undefined;
  }
  return undefined;
}

/**
 * Checks a parsed header before anything is read or allocated from it: its fields are within the limits the commands
 * enforce, and its ranges follow from its spec. Returns a reason, or undefined when it is sound.
 */
export function headerProblem(header: ShardHeader): string | undefined {
  const { spec } = header;
  if (!spec || typeof spec !== 'object') return 'it has no job description';
  if (spec.mode === 'game') return gameHeaderProblem(header);
  if (!isInt(spec.weeks, 1, LIMITS.maxWeeks)) return `its job claims ${JSON.stringify(spec.weeks)} weeks (the limit is ${LIMITS.maxWeeks})`;
  const seeds = spec.seeds;
  if (!Array.isArray(seeds) || seeds.length < 1 || seeds.length > CLI_LIMITS.maxRuns || !seeds.every((s) => isInt(s, 0, 4294967295))) {
    return `its job's seeds are not a list of 1 to ${CLI_LIMITS.maxRuns} seeds`;
  }
  const scenarios = scenarioCount(spec);
  if (scenarios === undefined) return `its job (${JSON.stringify(spec.command)}) is not one this release writes`;
  if (header.kind !== (spec.command === 'compare' ? 'final' : 'full')) return `its kind ${JSON.stringify(header.kind)} does not fit its job`;
  if (!isInt(header.of, 1, MAX_SHARDS) || !isInt(header.shard, 0, header.of - 1)) return 'its shard number is not i of n with 0 ≤ i < n';
  if (header.unitCount !== scenarios * seeds.length) return `it claims ${JSON.stringify(header.unitCount)} runs; its job has ${scenarios * seeds.length}`;
  const range = shardRange(header.shard, header.of, header.unitCount);
  if (header.start !== range.start || header.end !== range.end) return `its runs ${header.start}–${header.end} are not shard ${header.shard}/${header.of} of the job`;
  const layout = header.layout;
  if (!layout || !Array.isArray(layout.teamNames) || !layout.teamNames.every((l) => isStringList(l, LIMITS.maxTeams))) return 'its team names are missing';
  if (!Array.isArray(layout.scenarioTeams) || layout.scenarioTeams.length !== scenarios || !layout.scenarioTeams.every((i) => isInt(i, 0, layout.teamNames.length - 1))) {
    return 'its team names do not cover the job';
  }
  return undefined;
}

/** Most generations and row labels a classic game's shard may claim (the game schema's limits are far below). */
const MAX_GAME_TABLE = 1_000_000;

/** headerProblem for a classic game's run job (no weeks or teams: generations × strategies per run). */
function gameHeaderProblem(header: ShardHeader): string | undefined {
  const { spec } = header;
  const seeds = spec.seeds;
  if (header.kind !== 'game' || spec.command !== 'run') return `its kind ${JSON.stringify(header.kind)} does not fit its job`;
  if (!Array.isArray(seeds) || seeds.length < 1 || seeds.length > CLI_LIMITS.maxRuns || !seeds.every((s) => isInt(s, 0, 4294967295))) {
    return `its job's seeds are not a list of 1 to ${CLI_LIMITS.maxRuns} seeds`;
  }
  if (!isInt(spec.generations, 1, MAX_GAME_TABLE) || !isStringList(spec.labels, MAX_GAME_TABLE) || (spec.labels as string[]).length < 1) return 'its game table (generations, strategies) is missing';
  if ((spec.generations as number) * (spec.labels as string[]).length > MAX_GAME_TABLE) return 'its game table is larger than any game this release runs';
  if (!isInt(header.of, 1, MAX_SHARDS) || !isInt(header.shard, 0, header.of - 1)) return 'its shard number is not i of n with 0 ≤ i < n';
  if (header.unitCount !== seeds.length) return `it claims ${JSON.stringify(header.unitCount)} runs; its job has ${seeds.length}`;
  const range = shardRange(header.shard, header.of, header.unitCount);
  if (header.start !== range.start || header.end !== range.end) return `its runs ${header.start}–${header.end} are not shard ${header.shard}/${header.of} of the job`;
  return undefined;
}

function base64Length(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

/** The longest record line a header's job can have: merge refuses a longer line before holding it whole. */
export function maxRecordBytes(header: ShardHeader): number {
  const M = METRIC_KEYS.length;
  if (header.kind === 'final') return base64Length(M * 8) + 4096;
  if (header.kind === 'game') return base64Length((header.spec.generations as number) * (header.spec.labels as string[]).length * GAME_METRICS.length * 8) + 4096;
  let longest = 0;
  for (const names of header.layout.teamNames) {
    const text = JSON.stringify(names).length * 6; // \u escapes at worst
    longest = Math.max(longest, base64Length(valueCount(header.spec.weeks as number, names.length, M) * 8) + text);
  }
  return longest + JSON.stringify(METRIC_KEYS).length + 4096;
}

function toBase64(values: Float64Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

if (endianness() !== 'LE') {
  // Shards store doubles little-endian; every platform Node ships for today is little-endian.
  throw new Error('shard files need a little-endian machine');
}

/** The checksum of a record: SHA-256 over its fields in a fixed order (the values as their base64 text). */
function recordChecksum(fields: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(fields), 'utf8').digest('hex');
}

/** One unit's line in a shard file. */
export function unitLine(unit: number, result: UnitResult): string {
  if (result instanceof Float64Array) {
    const values = toBase64(result);
    return `${JSON.stringify({ unit, values, sha256: recordChecksum([unit, values]) })}\n`;
  }
  const { engineVersion, seed, weeks, teamNames, metricKeys } = result;
  const values = toBase64(result.values);
  const sum = recordChecksum([unit, engineVersion, seed, weeks, teamNames, metricKeys, values]);
  return `${JSON.stringify({ unit, engineVersion, seed, weeks, teamNames, metricKeys, values, sha256: sum })}\n`;
}

/** A record that does not match its header; the message says how. */
export class RecordError extends Error {}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Decodes a unit line written by unitLine, checking it against the header first: the unit it expects, its seed,
 * weeks, team names and columns, the length of its values and its checksum, all before the values are decoded; then
 * that every value is finite or missing (NaN).
 */
export function parseUnitLine(line: string, header: ShardHeader, expected: number): { unit: number; result: UnitResult } {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw new RecordError('is not a run record (not JSON)');
  }
  if (raw === null || typeof raw !== 'object') throw new RecordError('is not a run record');
  const { unit, values, sha256: sum } = raw;
  if (unit !== expected) throw new RecordError(`holds run ${JSON.stringify(unit)}, expected run ${expected}`);
  if (typeof values !== 'string' || typeof sum !== 'string') throw new RecordError('is not a run record (no values or checksum)');
  const spec = header.spec;
  const runs = (spec.seeds as number[]).length;
  const M = METRIC_KEYS.length;
  let fields: unknown[];
  let count: number;
  if (header.kind === 'final') {
    count = M;
    fields = [unit, values];
  } else if (header.kind === 'game') {
    // A classic game's unit: its rows packed as generations × labels × game metrics.
    count = (spec.generations as number) * (spec.labels as string[]).length * GAME_METRICS.length;
    fields = [unit, values];
  } else {
    const { engineVersion, seed, weeks, teamNames, metricKeys } = raw;
    if (weeks !== spec.weeks) throw new RecordError(`claims ${JSON.stringify(weeks)} weeks; the job runs ${spec.weeks as number}`);
    if (seed !== (spec.seeds as number[])[unit % runs]) throw new RecordError(`has seed ${JSON.stringify(seed)}; run ${unit} of the job uses ${(spec.seeds as number[])[unit % runs]}`);
    if (engineVersion !== spec.engineVersion) throw new RecordError(`was made by engine ${JSON.stringify(engineVersion)}; the job is stamped ${spec.engineVersion}`);
    const names = header.layout.teamNames[header.layout.scenarioTeams[Math.floor(unit / runs)]];
    if (!isStringList(teamNames, LIMITS.maxTeams) || !sameList(teamNames, names)) throw new RecordError(`names other teams than the job's (${names.join(', ')})`);
    if (!isStringList(metricKeys, M + 1) || !sameList(metricKeys, METRIC_KEYS)) {
      throw new RecordError(`has ${Array.isArray(metricKeys) ? metricKeys.length : 'no'} metric columns, not this release's ${M} (merge with the release that wrote it)`);
    }
    count = valueCount(spec.weeks as number, names.length, M);
    fields = [unit, engineVersion, seed, weeks, teamNames, metricKeys, values];
  }
  if (values.length !== base64Length(count * 8)) throw new RecordError(`holds ${values.length} characters of values; a run of this job has ${base64Length(count * 8)}`);
  if (recordChecksum(fields) !== sum) throw new RecordError('does not match its checksum (the file was altered or damaged)');
  const bytes = Buffer.from(values, 'base64');
  if (bytes.length !== count * 8) throw new RecordError('holds values that are not base64');
  const decoded = new Float64Array(count);
  new Uint8Array(decoded.buffer).set(bytes);
  for (let i = 0; i < count; i++) {
    if (decoded[i] === Infinity || decoded[i] === -Infinity) throw new RecordError(`holds an infinite value at position ${i}`);
  }
  if (header.kind !== 'full') return { unit, result: decoded };
  const result: RunResult = {
    engineVersion: raw.engineVersion as string,
    seed: raw.seed as number,
    weeks: raw.weeks as number,
    teamNames: raw.teamNames as string[],
    metricKeys: METRIC_KEYS,
    values: decoded,
  };
  return { unit, result };
}

/** A line longer than the reader's limit. */
export class LineTooLong extends Error {
  constructor(readonly line: number) {
    super(`line ${line} is too long`);
  }
}

/**
 * Reads a file's lines as UTF-8 text, at most `maxBytes(lineNumber)` bytes each: a longer line is refused (LineTooLong)
 * before it is held whole, so a damaged or hostile file cannot make merge allocate without bound.
 */
export async function* readLines(file: string, maxBytes: (line: number) => number): AsyncGenerator<string> {
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  let parts: Buffer[] = [];
  let held = 0;
  let line = 1;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let from = 0;
      for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
        const piece = chunk.subarray(from, nl);
        if (held + piece.length > maxBytes(line)) throw new LineTooLong(line);
        parts.push(piece);
        yield Buffer.concat(parts).toString('utf8').replace(/\r$/, '');
        parts = [];
        held = 0;
        line++;
        from = nl + 1;
      }
      const rest = chunk.subarray(from);
      held += rest.length;
      if (held > maxBytes(line)) throw new LineTooLong(line);
      if (rest.length > 0) parts.push(rest);
    }
    if (held > 0) yield Buffer.concat(parts).toString('utf8').replace(/\r$/, '');
  } finally {
    stream.destroy();
  }
}
