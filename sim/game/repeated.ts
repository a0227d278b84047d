/**
 * A population playing the repeated game, generation by generation: a
 * tournament, then evolution. The page steps through it (and shows the
 * matches); the CLI runs it to the end and keeps the rows.
 */
import { GAME_LIMITS, type RepeatedGameConfig } from '../scenario/game.ts';
import { nextGeneration, shiftedFitness, type NextGeneration } from './evolution.ts';
import type { MatchRules } from './match.ts';
import { payoffMatrix } from './payoffs.ts';
import { ALL, emptyTotals, type GroupTotals } from './results.ts';
import { STRATEGIES } from './strategies/index.ts';
import { playTournament, type TournamentResult } from './tournament.ts';

/** What one generation played. */
export interface RepeatedGeneration {
  /** 1-based. */
  readonly generation: number;
  /** Strategy index (into STRATEGIES) of each player, in ring order. */
  readonly genes: Int32Array;
  readonly tournament: TournamentResult;
  /** Totals per strategy present at the start (in `labels` order), then the whole population. */
  readonly totals: readonly GroupTotals[];
}

/** The rules of a match, from the scenario's game section. */
export function matchRules(config: RepeatedGameConfig): MatchRules {
  return {
    payoffs: payoffMatrix(config.payoffs),
    rounds: config.rounds,
    continuation: config.continuation,
    maxRounds: Math.max(config.rounds, GAME_LIMITS.maxRoundsPerMatch),
    mistakes: config.mistakes,
  };
}

/** Strategy indices present at the start, in registry order: the rows of the output (mutation draws from them too). */
export function startingStrategies(config: RepeatedGameConfig): number[] {
  return STRATEGIES.flatMap((s, i) => ((config.population as Record<string, number>)[s.key] > 0 ? [i] : []));
}

/** The starting ring: each strategy's players together, in registry order. */
export function startingGenes(config: RepeatedGameConfig): Int32Array {
  const genes: number[] = [];
  STRATEGIES.forEach((s, i) => {
    for (let k = 0; k < (config.population as Record<string, number>)[s.key]; k++) genes.push(i);
  });
  return Int32Array.from(genes);
}

export class RepeatedGame {
  /** Strategy index of each player, in ring order. */
  genes: Int32Array;
  /** The next generation to play (1-based). */
  generation = 1;
  rules: MatchRules;
  /** Strategy indices that have rows (present at the start). */
  readonly groups: readonly number[];

  constructor(
    public config: RepeatedGameConfig,
    readonly seed: number,
  ) {
    this.genes = startingGenes(config);
    this.rules = matchRules(config);
    this.groups = startingStrategies(config);
  }

  /** New rules (payoffs, rounds, mistakes, pairing, evolution) from the next generation on; the players stay (the Classic games page's sliders). */
  changeRules(config: RepeatedGameConfig): void {
    this.config = config;
    this.rules = matchRules(config);
  }

  /** Row labels: the strategies present at the start, then "all". */
  get labels(): string[] {
    return [...this.groups.map((i) => STRATEGIES[i].key), ALL];
  }

  /** Plays this generation's matches (recording them when asked) without changing the population. */
  play(record = false): RepeatedGeneration {
    const players = Array.from(this.genes, (g) => STRATEGIES[g]);
    const tournament = playTournament(players, this.rules, this.config.pairing, this.seed, this.generation, record);
    const rowOf = new Map(this.groups.map((g, row) => [g, row]));
    const totals = [...this.groups.map(() => emptyTotals()), emptyTotals()];
    for (let i = 0; i < this.genes.length; i++) {
      for (const t of [totals[rowOf.get(this.genes[i])!], totals[totals.length - 1]]) {
        t.players++;
        t.score += tournament.score[i];
        t.matches += tournament.matches[i];
        t.moves += tournament.rounds[i];
        t.cooperations += tournament.cooperations[i];
      }
    }
    return { generation: this.generation, genes: Int32Array.from(this.genes), tournament, totals };
  }

  /** Applies evolution after a generation was played, and moves on to the next. */
  evolve(played: RepeatedGeneration): NextGeneration {
    const score = played.tournament.score;
    const next = nextGeneration(this.genes, score, shiftedFitness(score), this.config.evolution, { rate: this.config.mutation, choices: this.groups }, this.seed, this.generation);
    this.genes = next.genes;
    this.generation++;
    return next;
  }
}
