/**
 * One generation's games: a round robin over every pair of players (optionally
 * each also against a copy of itself), or random pairing in which each
 * encounter splits the population into random pairs. Totals are kept per
 * player; matches can be recorded for display.
 */
import { STREAM, drawFrom, streamWeek } from '../engine/random.ts';
import { playMatch, type MatchResult, type MatchRules } from './match.ts';
import type { Strategy } from './strategy.ts';
import type { RepeatedGameConfig } from '../scenario/game.ts';

export type Pairing = RepeatedGameConfig['pairing'];

/** A match as recorded for display: who played (player indices) and how it went. */
export interface MatchRecord {
  readonly a: number;
  readonly b: number;
  readonly result: MatchResult;
}

export interface TournamentResult {
  /** Total payoff of each player this generation. */
  readonly score: Float64Array;
  readonly matches: Int32Array;
  readonly rounds: Int32Array;
  /** Rounds in which the player's move, as played, was cooperate. */
  readonly cooperations: Int32Array;
  /** Every match in the order played, when recording. */
  readonly records?: readonly MatchRecord[];
}

/** The pairs of a generation, in the order they play (player indices; a === b is a match against a copy of oneself). */
export function pairsOf(players: number, pairing: Pairing, seed: number, generation: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  if (pairing.type === 'roundRobin') {
    for (let i = 0; i < players; i++) {
      if (pairing.selfPlay) pairs.push([i, i]);
      for (let j = i + 1; j < players; j++) pairs.push([i, j]);
    }
    return pairs;
  }
  const prefix = streamWeek(seed, STREAM.gamePairing, generation);
  const order = Array.from({ length: players }, (_, i) => i);
  const keys = new Float64Array(players);
  for (let e = 0; e < pairing.matchesPerPlayer; e++) {
    for (let i = 0; i < players; i++) keys[i] = drawFrom(prefix, i, e);
    order.sort((x, y) => keys[x] - keys[y] || x - y);
    for (let p = 0; p + 1 < players; p += 2) pairs.push([order[p], order[p + 1]]);
  }
  return pairs;
}

/** Plays every match of one generation. */
export function playTournament(
  strategies: readonly Strategy[],
  rules: MatchRules,
  pairing: Pairing,
  seed: number,
  generation: number,
  record = false,
): TournamentResult {
  const n = strategies.length;
  const score = new Float64Array(n);
  const matches = new Int32Array(n);
  const rounds = new Int32Array(n);
  const cooperations = new Int32Array(n);
  const records: MatchRecord[] | undefined = record ? [] : undefined;
  const pairs = pairsOf(n, pairing, seed, generation);
  for (let m = 0; m < pairs.length; m++) {
    const [a, b] = pairs[m];
    const result = playMatch(strategies[a], strategies[b], rules, { seed, generation, matchId: m }, record);
    // Against a copy of oneself only the player's own side counts (as in Axelrod's tournaments).
    score[a] += result.scoreA;
    matches[a]++;
    rounds[a] += result.rounds;
    cooperations[a] += result.cooperationsA;
    if (b !== a) {
      score[b] += result.scoreB;
      matches[b]++;
      rounds[b] += result.rounds;
      cooperations[b] += result.cooperationsB;
    }
    records?.push({ a, b, result });
  }
  return { score, matches, rounds, cooperations, records };
}
