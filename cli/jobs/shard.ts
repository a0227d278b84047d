/**
 * Sharding: `--shard i/n` (0-based) runs a contiguous slice of a job's units
 * and writes them as JSON lines: a header line stamping the job, then one line
 * per unit holding its raw result (typed arrays as little-endian base64, so
 * numbers survive exactly). `merge` checks the stamps and renders the whole
 * job with the same renderer the unsharded command uses, byte for byte.
 */
import { createReadStream } from 'node:fs';
import { endianness } from 'node:os';
import { createInterface } from 'node:readline';
import type { RunResult } from '../../sim/index.ts';
import { UsageError } from '../errors.ts';
import { canonicalJson, sha256 } from '../stamp.ts';
import type { JobSpec, UnitKind, UnitResult } from './job.ts';

export const SHARD_FORMAT = 'reciprocity-lab-shard';
export const SHARD_VERSION = 1;
export const MAX_SHARDS = 100_000;

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

/** The contiguous unit range of shard `index` of `count` over `units` units. */
export function shardRange(index: number, count: number, units: number): { start: number; end: number } {
  return { start: Math.floor((index * units) / count), end: Math.floor(((index + 1) * units) / count) };
}

/** The stamp every shard of one job shares. */
export function jobHash(spec: JobSpec): string {
  return sha256(canonicalJson(spec));
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
}

export function shardHeaderLine(header: Omit<ShardHeader, 'format' | 'version' | 'jobHash'>): string {
  const full: ShardHeader = { format: SHARD_FORMAT, version: SHARD_VERSION, jobHash: jobHash(header.spec), ...header };
  return `${JSON.stringify(full)}\n`;
}

function toBase64(values: Float64Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

function fromBase64(text: string): Float64Array {
  const bytes = Buffer.from(text, 'base64');
  const out = new Float64Array(bytes.length / 8);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

if (endianness() !== 'LE') {
  // Shards store doubles little-endian; every platform Node ships for today is little-endian.
  throw new Error('shard files need a little-endian machine');
}

/** One unit's line in a shard file. */
export function unitLine(unit: number, result: UnitResult): string {
  if (result instanceof Float64Array) return `${JSON.stringify({ unit, values: toBase64(result) })}\n`;
  const { engineVersion, seed, weeks, teamNames, metricKeys } = result;
  return `${JSON.stringify({ unit, engineVersion, seed, weeks, teamNames, metricKeys, values: toBase64(result.values) })}\n`;
}

/** Decodes a unit line written by unitLine. */
export function parseUnitLine(line: string, kind: UnitKind): { unit: number; result: UnitResult } {
  const raw = JSON.parse(line) as { unit: number; values: string } & Omit<RunResult, 'values'>;
  if (typeof raw.unit !== 'number' || typeof raw.values !== 'string') throw new Error('not a unit line');
  const values = fromBase64(raw.values);
  if (kind !== 'full') return { unit: raw.unit, result: values };
  const result: RunResult = {
    engineVersion: raw.engineVersion,
    seed: raw.seed,
    weeks: raw.weeks,
    teamNames: raw.teamNames,
    metricKeys: raw.metricKeys,
    values,
  };
  return { unit: raw.unit, result };
}

/** Reads the first line of a file (a shard header) without reading the rest. */
export async function readFirstLine(file: string): Promise<string | undefined> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  try {
    for await (const line of lines) return line;
    return undefined;
  } finally {
    lines.close();
  }
}

/** Iterates the lines of a file after its first. */
export async function* linesAfterFirst(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    if (first) {
      first = false;
      continue;
    }
    if (line.length > 0) yield line;
  }
}
