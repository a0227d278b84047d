/** Helpers for the classic-game tests: moves as strings, and scenarios' game sections parsed by the real validator. */
import { validateScenario } from '../../sim/scenario/parse.ts';
import type { GameConfig, ImageScoringConfig, RepeatedGameConfig } from '../../sim/scenario/game.ts';
import type { Move, Strategy } from '../../sim/game/strategy.ts';

/** "CDDC" → [1, 0, 0, 1]. */
export const moves = (text: string): Move[] => [...text].map((c) => (c === 'C' ? 1 : 0));
/** [1, 0] → "CD". */
export const text = (ms: ArrayLike<number>): string => Array.from(ms, (m) => (m === 1 ? 'C' : 'D')).join('');

/**
 * What `strategy` plays against a fixed sequence of the other's moves, with
 * its own moves flipped in the rounds listed in `ownMistakes` (remembered as
 * played, as in a match). `coin` answers its chance draws.
 */
export function replay(strategy: Strategy, other: string, ownMistakes: readonly number[] = [], coin: () => number = () => 0.25): string {
  const theirs = moves(other);
  let memory = strategy.initialMemory;
  const played: Move[] = [];
  theirs.forEach((their, round) => {
    let own = round === 0 ? strategy.first(coin) : strategy.reply(memory, round, coin);
    if (ownMistakes.includes(round)) own = (1 - own) as Move;
    played.push(own);
    memory = strategy.remember(memory, own, their, round);
  });
  return text(played);
}

export function gameOf(game: Record<string, unknown>): GameConfig {
  const parsed = validateScenario({ schemaVersion: 2, name: 'test', game });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return parsed.scenario.game!;
}

export const repeatedGame = (game: Record<string, unknown>) => gameOf({ type: 'repeated', ...game }) as RepeatedGameConfig;
export const imageGame = (game: Record<string, unknown>) => gameOf({ type: 'imageScoring', ...game }) as ImageScoringConfig;
