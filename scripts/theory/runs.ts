/**
 * Running the classic scenarios for the validation suite: read a file from
 * scenarios/classic/, change a few game fields (validated again, like any
 * file), run it on seeds 1…S, and summarise the runs.
 */
import { readFileSync } from 'node:fs';
import { parseScenarioText, validateScenario } from '../../sim/scenario/parse.ts';
import type { GameConfig } from '../../sim/scenario/game.ts';
import { runGame } from '../../sim/game/run.ts';
import { ALL, gameValue, type GameRunResult } from '../../sim/game/results.ts';

export const CLASSIC_DIR = new URL('../../scenarios/classic/', import.meta.url);

/** The game of a scenario in scenarios/classic/, with `patch` merged into its game section (then validated). */
export function classicGame(file: string, patch: Record<string, unknown> = {}): GameConfig {
  const text = readFileSync(new URL(file, CLASSIC_DIR), 'utf8');
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error(`scenarios/classic/${file} is invalid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  if (Object.keys(patch).length === 0) return parsed.scenario.game!;
  const raw = JSON.parse(text) as Record<string, unknown>;
  const patched = validateScenario({ ...raw, game: { ...(raw.game as Record<string, unknown>), ...patch } });
  if (!patched.ok) throw new Error(`scenarios/classic/${file} with ${JSON.stringify(patch)} is invalid: ${patched.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return patched.scenario.game!;
}

/** Runs a game on seeds 1…seeds. */
export function runSeeds(game: GameConfig, seeds: number): GameRunResult[] {
  return Array.from({ length: seeds }, (_, i) => runGame(game, i + 1));
}

/** The most common strategy at `generation` (the last when omitted), or "tie". */
export function leader(result: GameRunResult, generation = result.generations): string {
  let best = 'tie';
  let most = -1;
  result.labels.forEach((label, i) => {
    if (label === ALL) return;
    const n = gameValue(result, generation, i, 'players');
    if (n > most) {
      most = n;
      best = label;
    } else if (n === most) best = 'tie';
  });
  return best;
}

/** How many runs each strategy led at `generation`, most first. */
export function leaders(results: readonly GameRunResult[], generation?: number): Map<string, number> {
  const tally = new Map<string, number>();
  for (const r of results) {
    const who = leader(r, generation);
    tally.set(who, (tally.get(who) ?? 0) + 1);
  }
  return new Map([...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/** Share of runs that `key` led. */
export function ledShare(results: readonly GameRunResult[], key: string, generation?: number): number {
  return (leaders(results, generation).get(key) ?? 0) / results.length;
}

/** The population's mean of a metric over generations from…to (1-based, inclusive), averaged over runs. */
export function meanOverGenerations(results: readonly GameRunResult[], metric: 'cooperation' | 'score_mean', from: number, to: number): number {
  let sum = 0;
  for (const r of results) {
    const all = r.labels.indexOf(ALL);
    for (let g = from; g <= to; g++) sum += gameValue(r, g, all, metric);
  }
  return sum / (results.length * (to - from + 1));
}

/** Mean share of players whose label passes `pick`, over generations from…to and runs. */
export function meanShareOver(results: readonly GameRunResult[], pick: (label: string) => boolean, from: number, to: number): number {
  let sum = 0;
  for (const r of results) {
    for (let g = from; g <= to; g++) r.labels.forEach((label, i) => label !== ALL && pick(label) && (sum += gameValue(r, g, i, 'share')));
  }
  return sum / (results.length * (to - from + 1));
}

/** Share of runs whose cooperation rate, averaged over the last `last` generations, is above one half. */
export function cooperativeRuns(results: readonly GameRunResult[], last: number): number {
  let yes = 0;
  for (const r of results) if (meanOverGenerations([r], 'cooperation', r.generations - last + 1, r.generations) > 0.5) yes++;
  return yes / results.length;
}

/** Names as the Evolution of Trust says them, for measured values. */
export const TRUST_NAMES: Record<string, string> = {
  titForTat: 'Copycat',
  alwaysDefect: 'Always Cheat',
  alwaysCooperate: 'Always Cooperate',
  grudger: 'Grudger',
  detective: 'Detective',
  titForTwoTats: 'Copykitten',
  pavlov: 'Simpleton',
  random: 'Random',
  tie: 'a tie',
};

export const pct = (x: number) => `${Math.round(x * 100)}%`;
export const of = (share: number, n: number) => `${Math.round(share * n)}/${n}`;

/** "Copycat 18/20, Grudger 2/20" */
export function tallyText(tally: Map<string, number>, n: number): string {
  return [...tally].map(([k, v]) => `${TRUST_NAMES[k] ?? k} ${v}/${n}`).join(', ');
}
