/**
 * What a claim of the validation suite is: what was published and where, the
 * runs that measure it (settings: a scenario of scenarios/classic/ with a few
 * fields changed, and the numbers read from each seed's run), and a judge that
 * decides one block of seeds from those numbers alone. The runner
 * (record.ts) runs every setting on every seed of every block; the table
 * (table.ts) judges each block; a claim holds when every block passes.
 */
import type { GameConfig } from '../../sim/scenario/game.ts';
import type { Verdict } from './judges.ts';

/** The numbers one run gives (finite, so the record is plain JSON). */
export type Measure = (game: GameConfig, seed: number) => number[];

export interface Setting {
  /** Names the setting in the record, unique within its claim (e.g. "mistakes 0.5"). */
  readonly key: string;
  /** A file of scenarios/classic/. */
  readonly file: string;
  /** Game fields changed from the file's (validated again). */
  readonly patch?: Readonly<Record<string, unknown>>;
  readonly measure: Measure;
}

/** Each setting's numbers on the block's seeds, in seed order: values[setting][seed][i]. */
export type BlockValues = readonly (readonly (readonly number[])[])[];

export interface BlockJudgement {
  readonly verdict: Verdict;
  /** What was measured on the block, with intervals, in plain words. */
  readonly measured: string;
}

export interface Claim {
  readonly id: string;
  /** What the source says happens, in plain words. */
  readonly claim: string;
  readonly source: string;
  readonly url: string;
  /** The published value or outcome, and how it was read. */
  readonly published: string;
  /** The scenario file(s) in scenarios/classic/ the check runs. */
  readonly scenario: string;
  /** How one block of seeds is judged. */
  readonly criterion: string;
  readonly settings: readonly Setting[];
  /** Decides one block from its settings' numbers (`gameOf` gives a setting's game, e.g. to name its strategies). */
  judge(values: BlockValues, gameOf: (setting: number) => GameConfig): BlockJudgement;
}

/** Column `i` of a setting's numbers, over the block's seeds. */
export const column = (seeds: readonly (readonly number[])[], i = 0): number[] => seeds.map((v) => v[i]);

/** How many of the block's seeds have `code` in column `i`. */
export const countOf = (seeds: readonly (readonly number[])[], code: number, i = 0): number => seeds.filter((v) => v[i] === code).length;
