/**
 * The evidence record committed as docs/facts.json, from which docs/facts.md
 * and docs/library.md are rendered: every experiment and calibration on the
 * default seed blocks (3 × 256 seeds), the same summaries on the first
 * CHECK_SEEDS seeds of each block (the check the test suite recomputes), and
 * the library claims in the single run a trainer sees.
 */
import { readFileSync } from 'node:fs';
import {
  CALIBRATIONS,
  EXPERIMENTS,
  LIBRARY,
  createRunModel,
  evidenceFromValues,
  singleRunCheck,
  type Evidence,
  type EvidencePlan,
  type SeedBlock,
  type SingleRunResult,
} from '../../sim/experiments/index.ts';
import { computeSeedValues, type ParallelOptions } from './parallel.ts';

export const EVIDENCE_PATH = 'docs/facts.json';
export const FACTS_DOC_PATH = 'docs/facts.md';
export const LIBRARY_DOC_PATH = 'docs/library.md';

/** The command that regenerates the three files. */
export const REGENERATE = 'npm run facts -- --write';

/** Seeds per block in the check the test suite recomputes. */
export const CHECK_SEEDS = 16;

export interface EvidenceRecord {
  readonly generatedBy: string;
  /** Every experiment and calibration on the record's blocks. */
  readonly evidence: Evidence;
  /** The same on the first CHECK_SEEDS seeds of each block: the test suite recomputes this part and compares it exactly. */
  readonly check: Evidence;
  /** Each library claim in one run of each arm at the scenario file's own seed. */
  readonly singleRuns: readonly SingleRunResult[];
}

/** The plan of the record: every experiment and calibration on `blocks`. */
export function fullPlan(blocks: readonly SeedBlock[]): EvidencePlan {
  return { experiments: EXPERIMENTS, calibrations: CALIBRATIONS, blocks };
}

/** The check's blocks: the first CHECK_SEEDS seeds of each block. */
export function checkBlocks(blocks: readonly SeedBlock[]): SeedBlock[] {
  return blocks.map((b) => ({ start: b.start, count: Math.min(CHECK_SEEDS, b.count) }));
}

/** Computes the record on `blocks` (the check reuses the full run's seeds: no extra runs). */
export async function buildRecord(blocks: readonly SeedBlock[], options: ParallelOptions): Promise<EvidenceRecord> {
  const plan = fullPlan(blocks);
  const values = await computeSeedValues(plan, options);
  const valueOf = (seed: number) => values.get(seed)!;
  return {
    generatedBy: REGENERATE,
    evidence: evidenceFromValues(plan, valueOf),
    check: evidenceFromValues(fullPlan(checkBlocks(blocks)), valueOf),
    singleRuns: singleRunCheck(LIBRARY, createRunModel()),
  };
}

/** The record as committed: JSON with two-space indentation and a final newline. */
export function serialiseRecord(record: EvidenceRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** Reads the committed record (relative to the repository root). */
export function readRecord(root: URL): EvidenceRecord {
  return JSON.parse(readFileSync(new URL(EVIDENCE_PATH, root), 'utf8')) as EvidenceRecord;
}
