/**
 * What one thread computes for the validation suite (kept apart from the pool,
 * so a worker's bundle stays small): unit u is one setting of one claim on one
 * seed, seed-major so that every batch mixes cheap and costly settings.
 */
import type { GameConfig } from '../../sim/scenario/game.ts';
import { CLAIMS } from './claims.ts';
import { gameFromText } from './runs.ts';

export interface TheoryInit {
  /** The text of every file of scenarios/classic/ the settings name (read in the main thread). */
  readonly texts: Readonly<Record<string, string>>;
  /** [claim index, setting index] of each setting to run, in order. */
  readonly settings: ReadonlyArray<readonly [number, number]>;
  readonly seeds: readonly number[];
}

/** The settings of every claim, in table order, as [claim index, setting index]. */
export function allSettings(): Array<[number, number]> {
  return CLAIMS.flatMap((c, ci) => c.settings.map((_, si) => [ci, si] as [number, number]));
}

/** Unit u → the numbers of setting u mod S on seed ⌊u / S⌋. */
export function theoryComputer(init: TheoryInit): (unit: number) => Float64Array {
  const games = new Map<number, GameConfig>();
  return (unit) => {
    const s = unit % init.settings.length;
    const seed = init.seeds[Math.floor(unit / init.settings.length)];
    const [ci, si] = init.settings[s];
    const claim = CLAIMS[ci];
    const setting = claim.settings[si];
    let game = games.get(s);
    if (!game) {
      const text = init.texts[setting.file];
      if (text === undefined) throw new Error(`scenarios/classic/${setting.file} was not read`);
      game = gameFromText(setting.file, text, setting.patch);
      games.set(s, game);
    }
    const values = setting.measure(game, seed);
    if (!values.every(Number.isFinite)) throw new Error(`${claim.id}, ${setting.key}, seed ${seed}: a measure gave ${JSON.stringify(values)} (must be finite numbers)`);
    return Float64Array.from(values);
  };
}
