/**
 * What a strategy of the repeated game is: a small unit that makes its first
 * move and then replies to what it remembers of the current match. Memory is
 * one number per player per match (a counter, a flag, the other's last move),
 * set to `initialMemory` when a match starts, so nothing carries over from one
 * match to the next. Moves are remembered as played, mistakes included.
 *
 * Every function is pure: the same memory, round and draw give the same move.
 */

/** A move: 1 = cooperate, 0 = defect. */
export type Move = 0 | 1;
export const COOPERATE: Move = 1;
export const DEFECT: Move = 0;

/** A fresh uniform draw in [0, 1), made only when a strategy asks for one (the draw is fixed by its coordinates). */
export type Chance = () => number;

export interface Strategy {
  /** Key used in scenario files and output rows (camelCase). */
  readonly key: string;
  /** The usual name in the literature. */
  readonly name: string;
  /** The name in Nicky Case's "The Evolution of Trust" (2017), where it has one. */
  readonly trustName?: string;
  /** One sentence a newcomer understands. */
  readonly description: string;
  /** Memory at the start of every match. */
  readonly initialMemory: number;
  /** The move in the first round of a match. */
  first(chance: Chance): Move;
  /** The move in round `round` (0-based, ≥ 1) given what this player remembers of the match. */
  reply(memory: number, round: number, chance: Chance): Move;
  /** Memory after round `round`, given both moves as played (mistakes included). */
  remember(memory: number, own: Move, other: Move, round: number): number;
}

/** A strategy that keeps no memory (always the same move, or a coin flip). */
export const FORGETFUL = { initialMemory: 0, remember: () => 0 } as const;
