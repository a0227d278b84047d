/**
 * The reproducibility stamp every export carries — the CLI's JSON and Parquet
 * output, the compare page's files and chart footers, the trainer page's
 * files — so a researcher can tell whether two files came from the same
 * inputs: the engine version, the SHA-256 of what the engine reads of the
 * scenario (sim/scenario/hash-input.ts), the seeds and the weeks, plus labels
 * naming which runs of the scenario these are (a variant, the variants, a
 * sweep's parameters). Hashing uses Web Crypto, which browsers and Node (≥ 20)
 * both have, so the CLI and the pages give the same hash for the same scenario.
 */
import { scenarioForHash } from '../scenario/hash-input.ts';
import type { Scenario } from '../scenario/schema.ts';

/** What makes a result reproducible. Labels follow the four fields, in the order the caller gives them. */
export interface Stamp {
  readonly engineVersion: string;
  /** Hex SHA-256 of the canonical JSON of what the engine reads of the scenario ('' where it could not be computed). */
  readonly scenarioHash: string;
  /** Every run's seed (the same for every variant: common random numbers). */
  readonly seeds: readonly number[];
  readonly [label: string]: unknown;
}

/** JSON with object keys sorted at every level and no whitespace (undefined members left out): the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const entries = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
  return `{${entries.join(',')}}`;
}

/** Hex SHA-256 of a text's UTF-8 bytes. Rejects where Web Crypto is missing (a page served over plain http from another machine). */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('SHA-256 needs Web Crypto, which a browser gives only to pages served over https or from this machine');
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of the canonical JSON of what the engine reads of a (validated) scenario. */
export function scenarioHash(scenario: Scenario): Promise<string> {
  return sha256Hex(canonicalJson(scenarioForHash(scenario)));
}

/** The seeds as a person reads them: "7", or "7–106" for a run of seeds. */
export function seedRange(seeds: readonly number[]): string {
  return seeds.length <= 1 ? String(seeds[0] ?? '') : `${seeds[0]}–${seeds[seeds.length - 1]}`;
}

/** One line for file headers, chart footers and the page. */
export function stampLine(stamp: Stamp): string {
  const seeds = stamp.seeds.length === 1 ? `seed ${stamp.seeds[0]}` : `seeds ${seedRange(stamp.seeds)}`;
  const shared = Array.isArray(stamp.variants) ? ' (same for every variant)' : '';
  const weeks = typeof stamp.weeks === 'number' ? ` · ${stamp.weeks} weeks` : '';
  return `scenario sha256 ${stamp.scenarioHash || 'not available here'} · ${seeds}${shared}${weeks} · engine ${stamp.engineVersion}`;
}

/** Lower-case letters, digits and single hyphens. */
function slug(text: string, max = 40): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, max).replace(/-$/, '');
}

/**
 * A file name that carries the stamp's essentials:
 * `<source>_<hash8>_seed-<seeds>_engine-<version>_<what>.<extension>`, e.g.
 * `compare_ba7816bf_seed-7-106_engine-1.2.3_morale-bands.png`.
 */
export function stampedFileName(source: string, stamp: Stamp, what: string, extension: string): string {
  const seeds = stamp.seeds.length <= 1 ? String(stamp.seeds[0] ?? '') : `${stamp.seeds[0]}-${stamp.seeds[stamp.seeds.length - 1]}`;
  const engine = stamp.engineVersion.replace(/[^0-9a-zA-Z.]+/g, '-');
  return `${slug(source) || 'reciprocity-lab'}_${stamp.scenarioHash.slice(0, 8) || 'nohash'}_seed-${seeds}_engine-${engine}_${slug(what, 80) || 'export'}.${extension}`;
}
