/** Running a classic-mode scenario: whichever game its `game` section describes. */
import type { GameConfig } from '../scenario/game.ts';
import { runImageScoring } from './imageScoring.ts';
import { runRepeatedGame } from './repeated.ts';
import type { GameRunResult } from './results.ts';

export function runGame(config: GameConfig, seed: number): GameRunResult {
  return config.type === 'repeated' ? runRepeatedGame(config, seed) : runImageScoring(config, seed);
}
