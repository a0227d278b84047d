/**
 * What a classic-mode run yields: per generation, one row per strategy (or
 * image-scoring threshold) and one for the whole population ("all"), with the
 * same few columns, packed in one Float64Array (transferable, and exact in
 * shard files). Tidy rows are rendered from it like the team engine's.
 */
import { formatNumber } from '../export/tidy.ts';

/** Columns of each row, in order. */
export const GAME_METRICS = ['players', 'share', 'score_mean', 'score_per_match', 'cooperation'] as const;
export type GameMetric = (typeof GAME_METRICS)[number];
export const GAME_ID_COLUMNS = ['run', 'seed', 'generation', 'strategy'] as const;
/** The label of the whole population's row. */
export const ALL = 'all';

export interface GameRunResult {
  readonly seed: number;
  readonly generations: number;
  /** Row labels within a generation: the strategies, then "all". */
  readonly labels: readonly string[];
  /** generations × labels × GAME_METRICS, generation-major. */
  readonly values: Float64Array;
}

/** Per-group totals of one generation, from which a row's columns are computed. */
export interface GroupTotals {
  players: number;
  score: number;
  matches: number;
  /** Moves (rounds, or donor decisions in image scoring) and how many of them cooperated. */
  moves: number;
  cooperations: number;
}

export function emptyTotals(): GroupTotals {
  return { players: 0, score: 0, matches: 0, moves: 0, cooperations: 0 };
}

/** Writes one row's columns at `offset` (NaN where a group had no players or moves). */
export function writeRow(values: Float64Array, offset: number, totals: GroupTotals, population: number): void {
  values[offset] = totals.players;
  values[offset + 1] = population > 0 ? totals.players / population : Number.NaN;
  values[offset + 2] = totals.players > 0 ? totals.score / totals.players : Number.NaN;
  values[offset + 3] = totals.matches > 0 ? totals.score / totals.matches : Number.NaN;
  values[offset + 4] = totals.moves > 0 ? totals.cooperations / totals.moves : Number.NaN;
}

/** A classic game played generation by generation (both models). */
export interface GenerationalGame<Played extends { readonly totals: readonly GroupTotals[] }> {
  /** Row labels: the groups of `totals`, the whole population last. */
  readonly labels: readonly string[];
  play(): Played;
  evolve(played: Played): unknown;
}

/** Plays `generations` generations and packs every generation's rows (the CLI's unit of work). */
export function collectRows<Played extends { readonly totals: readonly GroupTotals[] }>(game: GenerationalGame<Played>, seed: number, generations: number): GameRunResult {
  const labels = [...game.labels];
  const width = GAME_METRICS.length;
  const values = new Float64Array(generations * labels.length * width);
  for (let g = 0; g < generations; g++) {
    const played = game.play();
    const population = played.totals[played.totals.length - 1].players;
    played.totals.forEach((t, row) => writeRow(values, (g * labels.length + row) * width, t, population));
    if (g + 1 < generations) game.evolve(played);
  }
  return { seed, generations, labels, values };
}

/** One metric of one row: generation is 1-based. */
export function gameValue(result: GameRunResult, generation: number, label: number, metric: GameMetric): number {
  return result.values[((generation - 1) * result.labels.length + label) * GAME_METRICS.length + GAME_METRICS.indexOf(metric)];
}

export function gameTidyHeader(): string[] {
  return [...GAME_ID_COLUMNS, ...GAME_METRICS];
}

/** Rows (string cells) of one run: every generation, each strategy then "all". */
export function gameTidyRows(result: GameRunResult, run: number): string[][] {
  const rows: string[][] = [];
  const width = GAME_METRICS.length;
  for (let g = 0; g < result.generations; g++) {
    for (let l = 0; l < result.labels.length; l++) {
      const row = [String(run), String(result.seed), String(g + 1), result.labels[l]];
      const base = (g * result.labels.length + l) * width;
      for (let k = 0; k < width; k++) row.push(formatNumber(result.values[base + k]));
      rows.push(row);
    }
  }
  return rows;
}
