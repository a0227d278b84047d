/**
 * The registry of repeated-game strategies. Adding one: write its file in this
 * folder and list it here; the scenario schema, the output rows and the
 * Classic games page read this list.
 */
import type { Strategy } from '../strategy.ts';
import { alwaysCooperate } from './alwaysCooperate.ts';
import { alwaysDefect } from './alwaysDefect.ts';
import { titForTat } from './titForTat.ts';
import { titForTwoTats } from './titForTwoTats.ts';
import { grudger } from './grudger.ts';
import { pavlov } from './pavlov.ts';
import { detective } from './detective.ts';
import { random } from './random.ts';

/** Every strategy, in the order used for output rows and legends. */
export const STRATEGIES: readonly Strategy[] = [titForTat, alwaysDefect, alwaysCooperate, grudger, detective, titForTwoTats, pavlov, random];

export const STRATEGY_KEYS: readonly string[] = STRATEGIES.map((s) => s.key);

const BY_KEY = new Map<string, Strategy>(STRATEGIES.map((s) => [s.key, s]));

/** The strategy with this key (keys come from a validated scenario). */
export function strategyByKey(key: string): Strategy {
  const strategy = BY_KEY.get(key);
  if (!strategy) throw new Error(`unknown strategy ${JSON.stringify(key)}`);
  return strategy;
}
