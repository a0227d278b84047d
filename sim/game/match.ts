/**
 * One match of the repeated game between two players: both move each round,
 * each move may be flipped by a mistake, both remember the moves as played,
 * and memory starts afresh with every match.
 *
 * Randomness is counter-based (sim/engine/random.ts): a match is identified by
 * (seed, generation, match id), and each round reads its own draws, so a match
 * gives the same moves however many other matches were played before it.
 */
import { STREAM, drawAt, personWeek, streamWeek } from '../engine/random.ts';
import { payoffTable, type PayoffMatrix } from './payoffs.ts';
import type { Move, Strategy } from './strategy.ts';

/** The rules every match of a run shares. */
export interface MatchRules {
  readonly payoffs: PayoffMatrix;
  /** Rounds always played. */
  readonly rounds: number;
  /** Chance of one more round after those, again after each extra round. */
  readonly continuation: number;
  /** Hard cap on the length when continuing by chance. */
  readonly maxRounds: number;
  /** Chance that a move is flipped. */
  readonly mistakes: number;
}

/** Where a match's draws come from. */
export interface MatchDraws {
  readonly seed: number;
  readonly generation: number;
  /** Unique within the generation. */
  readonly matchId: number;
}

export interface MatchResult {
  readonly scoreA: number;
  readonly scoreB: number;
  readonly rounds: number;
  /** Rounds in which each player's move (as played) was cooperate. */
  readonly cooperationsA: number;
  readonly cooperationsB: number;
  /** Moves as played, round by round (only when asked for: the page shows them). */
  readonly movesA?: Uint8Array;
  readonly movesB?: Uint8Array;
}

/** Draw slots within a round: each round uses k = round × SLOTS + slot. */
const SLOTS = 5;
const SLOT = { chanceA: 0, chanceB: 1, mistakeA: 2, mistakeB: 3, continuation: 4 } as const;

/** Plays one match. `record` keeps the moves for display. */
export function playMatch(a: Strategy, b: Strategy, rules: MatchRules, where: MatchDraws, record = false): MatchResult {
  const match = personWeek(streamWeek(where.seed, STREAM.gameMoves, where.generation), where.matchId);
  const table = payoffTable(rules.payoffs);
  let memoryA = a.initialMemory;
  let memoryB = b.initialMemory;
  let scoreA = 0;
  let scoreB = 0;
  let cooperationsA = 0;
  let cooperationsB = 0;
  const movesA: number[] | undefined = record ? [] : undefined;
  const movesB: number[] | undefined = record ? [] : undefined;
  let round = 0;
  let base = 0;
  const chanceA = () => drawAt(match, base + SLOT.chanceA);
  const chanceB = () => drawAt(match, base + SLOT.chanceB);
  for (; ; round++) {
    base = round * SLOTS;
    let moveA: Move = round === 0 ? a.first(chanceA) : a.reply(memoryA, round, chanceA);
    let moveB: Move = round === 0 ? b.first(chanceB) : b.reply(memoryB, round, chanceB);
    if (rules.mistakes > 0) {
      if (drawAt(match, base + SLOT.mistakeA) < rules.mistakes) moveA = (1 - moveA) as Move;
      if (drawAt(match, base + SLOT.mistakeB) < rules.mistakes) moveB = (1 - moveB) as Move;
    }
    scoreA += table[moveA * 2 + moveB];
    scoreB += table[moveB * 2 + moveA];
    cooperationsA += moveA;
    cooperationsB += moveB;
    movesA?.push(moveA);
    movesB?.push(moveB);
    memoryA = a.remember(memoryA, moveA, moveB, round);
    memoryB = b.remember(memoryB, moveB, moveA, round);
    const played = round + 1;
    if (played >= rules.maxRounds) break;
    if (played >= rules.rounds && !(rules.continuation > 0 && drawAt(match, base + SLOT.continuation) < rules.continuation)) break;
  }
  const result: MatchResult = { scoreA, scoreB, rounds: round + 1, cooperationsA, cooperationsB };
  return record ? { ...result, movesA: Uint8Array.from(movesA!), movesB: Uint8Array.from(movesB!) } : result;
}
