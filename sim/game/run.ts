/** Running a classic-mode scenario: whichever game its `game` section describes. */
import type { GameConfig } from '../scenario/game.ts';
import { ImageScoringGame } from './imageScoring.ts';
import { RepeatedGame } from './repeated.ts';
import { collectRows, type GameRunResult } from './results.ts';

export function runGame(config: GameConfig, seed: number): GameRunResult {
  if (config.type === 'repeated') return collectRows(new RepeatedGame(config, seed), seed, config.generations);
  return collectRows(new ImageScoringGame(config, seed), seed, config.generations);
}
