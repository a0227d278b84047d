/** `run` on a classic-mode scenario (a `game` section): the same options and output machinery, rows per generation. */
import { ENGINE_VERSION, type Scenario } from '../../sim/index.ts';
import { ImageScoringGame } from '../../sim/game/imageScoring.ts';
import { RepeatedGame } from '../../sim/game/repeated.ts';
import { EXIT_OK, UsageError } from '../errors.ts';
import { executeJob } from '../jobs/execute.ts';
import { gameJob, type GameRunSpec } from '../jobs/gameJob.ts';
import { checkUnitLimit, type DataOptions } from './dataOptions.ts';

export const GAME_RUN_HELP = `For a classic-mode scenario (one with a "game" section, e.g. scenarios/classic/*.json) the rows are
one per run, generation and strategy (plus the whole population as strategy "all"): columns
run, seed, generation, strategy, players, share, score_mean, score_per_match, cooperation.
The number of generations is the scenario's game.generations (--weeks and --variant do not apply).`;

/** Runs a classic-mode scenario with the run command's options. */
export async function runGameScenario(scenario: Scenario, options: DataOptions, format: 'csv' | 'json', raw: { weeks?: string; variant?: string }): Promise<number> {
  const game = scenario.game!;
  if (raw.weeks !== undefined) throw new UsageError('--weeks does not apply to a classic-mode scenario; set game.generations in the file instead', 'run');
  if (raw.variant !== undefined && raw.variant !== 'baseline') throw new UsageError('a classic-mode scenario has no variants; drop --variant', 'run');
  checkUnitLimit('run', options.seeds.length, `${options.seeds.length} runs`);
  const labels = game.type === 'repeated' ? new RepeatedGame(game, 0).labels : new ImageScoringGame(game, 0).labels;
  const spec: GameRunSpec = {
    command: 'run',
    mode: 'game',
    engineVersion: ENGINE_VERSION,
    scenarioHash: options.scenarioHash,
    format,
    game: game.type,
    seeds: options.seeds,
    generations: game.generations,
    labels,
  };
  await executeJob(gameJob(spec, scenario), options);
  return EXIT_OK;
}
