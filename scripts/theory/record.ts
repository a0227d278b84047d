/**
 * The validation suite's record, committed as docs/theory-validation-record.json:
 * the numbers every setting of every claim gave on every seed of the seed
 * blocks. The table (table.ts) is judged from it, so a judge can be re-run
 * without running the games again, and the test suite recomputes the first
 * CHECK_SEEDS seeds of each block and compares them exactly.
 */
import { readFileSync } from 'node:fs';
import { runTasks } from '../../cli/parallel/pool.ts';
import { blockSeeds, distinctSeeds, formatBlock } from '../../sim/experiments/blocks.ts';
import type { SeedBlock } from '../../sim/experiments/types.ts';
import type { BlockValues } from './claim.ts';
import { CLAIMS } from './claims.ts';
import { allSettings, theoryComputer, type TheoryInit } from './compute.ts';

export const RECORD_PATH = 'docs/theory-validation-record.json';
/** The command that regenerates the record and the table. */
export const REGENERATE = 'npm run validate-theory';

/**
 * The default blocks: 1:100 is the development block (the claims' judges were first written on seeds 1–30), 10001:100
 * the hold-out block, never used while writing them.
 */
export const DEFAULT_BLOCKS: readonly SeedBlock[] = [
  { start: 1, count: 100 },
  { start: 10001, count: 100 },
];

/** Seeds per block that the test suite recomputes. */
export const CHECK_SEEDS = 4;

export interface SettingRecord {
  readonly key: string;
  /** The setting's numbers on each seed, in the order of distinctSeeds(blocks). */
  readonly values: readonly (readonly number[])[];
}

export interface TheoryRecord {
  readonly generatedBy: string;
  /** The seed blocks, as start:count. */
  readonly blocks: readonly string[];
  readonly claims: ReadonlyArray<{ readonly id: string; readonly settings: readonly SettingRecord[] }>;
}

const CLASSIC_DIR = new URL('../../scenarios/classic/', import.meta.url);

/** The text of a file of scenarios/classic/. */
export const scenarioText = (file: string): string => readFileSync(new URL(file, CLASSIC_DIR), 'utf8');

/** The text of every scenario file the claims' settings name. */
export function scenarioTexts(): Record<string, string> {
  const files = new Set(CLAIMS.flatMap((c) => c.settings.map((s) => s.file)));
  return Object.fromEntries([...files].sort().map((f) => [f, scenarioText(f)]));
}

export interface ComputeOptions {
  readonly threads: number;
  /** Only the claims with these ids. */
  readonly only?: ReadonlySet<string>;
  /** Called with runs done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Runs every setting of every claim (or of those in `only`) on every seed of the blocks, on `threads` worker threads. */
export async function computeRecord(blocks: readonly SeedBlock[], options: ComputeOptions): Promise<TheoryRecord> {
  const seeds = distinctSeeds(blocks);
  const settings = allSettings().filter(([ci]) => !options.only || options.only.has(CLAIMS[ci].id));
  const init: TheoryInit = { texts: scenarioTexts(), settings, seeds };
  const units = settings.length * seeds.length;
  const results = await runTasks({
    entry: new URL('./worker.ts', import.meta.url),
    init,
    local: theoryComputer,
    units,
    threads: options.threads,
    onProgress: (done) => options.onProgress?.(done, units),
  });
  const claims = CLAIMS.flatMap((claim, ci) => {
    const own = settings.map(([c, si], s) => [c, si, s] as const).filter(([c]) => c === ci);
    if (own.length === 0) return [];
    return [{ id: claim.id, settings: own.map(([, si, s]) => ({ key: claim.settings[si].key, values: seeds.map((_, k) => Array.from(results[k * settings.length + s])) })) }];
  });
  return { generatedBy: REGENERATE, blocks: blocks.map(formatBlock), claims };
}

/** The first CHECK_SEEDS seeds of each block. */
export function checkBlocks(blocks: readonly SeedBlock[]): SeedBlock[] {
  return blocks.map((b) => ({ start: b.start, count: Math.min(CHECK_SEEDS, b.count) }));
}

/** The blocks a record was computed on. */
export function recordBlocks(record: TheoryRecord): SeedBlock[] {
  return record.blocks.map((b) => {
    const [start, count] = b.split(':').map(Number);
    return { start, count };
  });
}

/** The record restricted to the seeds of `blocks` (each must be in the record). */
export function restrictRecord(record: TheoryRecord, blocks: readonly SeedBlock[]): TheoryRecord {
  const position = new Map(distinctSeeds(recordBlocks(record)).map((s, i) => [s, i]));
  const seeds = distinctSeeds(blocks).map((s) => {
    const at = position.get(s);
    if (at === undefined) throw new RangeError(`seed ${s} is not in the record (blocks ${record.blocks.join(', ')})`);
    return at;
  });
  return { ...record, blocks: blocks.map(formatBlock), claims: record.claims.map((c) => ({ id: c.id, settings: c.settings.map((s) => ({ key: s.key, values: seeds.map((i) => s.values[i]) })) })) };
}

/** A claim's values on one block of the record: values[setting][seed]. */
export function blockValues(record: TheoryRecord, claimIndex: number, block: SeedBlock): BlockValues {
  const position = new Map(distinctSeeds(recordBlocks(record)).map((s, i) => [s, i]));
  return record.claims[claimIndex].settings.map((s) => blockSeeds(block).map((seed) => s.values[position.get(seed)!]));
}

/**
 * Why a record cannot be judged with the current claims (a claim or setting added, removed or renamed since it was
 * written), or null when it can.
 */
export function staleness(record: TheoryRecord): string | null {
  const want = CLAIMS.map((c) => `${c.id} [${c.settings.map((s) => s.key).join(' | ')}]`);
  const have = record.claims.map((c) => `${c.id} [${c.settings.map((s) => s.key).join(' | ')}]`);
  const missing = want.filter((w) => !have.includes(w));
  const extra = have.filter((h) => !want.includes(h));
  if (missing.length === 0 && extra.length === 0) return null;
  return `${RECORD_PATH} does not have the current claims' settings (${[...missing.map((m) => `missing ${m}`), ...extra.map((e) => `no longer defined ${e}`)].join('; ')}): run ${REGENERATE}`;
}

/** The record as committed: one line per seed's numbers. */
export function serialiseRecord(record: TheoryRecord): string {
  const claims = record.claims.map((c) => {
    const settings = c.settings.map((s) => `        {\n          "key": ${JSON.stringify(s.key)},\n          "values": [\n${s.values.map((v) => `            ${JSON.stringify(v)}`).join(',\n')}\n          ]\n        }`);
    return `    {\n      "id": ${JSON.stringify(c.id)},\n      "settings": [\n${settings.join(',\n')}\n      ]\n    }`;
  });
  return `{\n  "generatedBy": ${JSON.stringify(record.generatedBy)},\n  "blocks": ${JSON.stringify(record.blocks)},\n  "claims": [\n${claims.join(',\n')}\n  ]\n}\n`;
}

/** Reads the committed record (relative to the repository root). */
export function readRecord(root: URL): TheoryRecord {
  return JSON.parse(readFileSync(new URL(RECORD_PATH, root), 'utf8')) as TheoryRecord;
}
