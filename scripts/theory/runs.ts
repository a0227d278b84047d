/**
 * Running the classic scenarios for the validation suite: a file of
 * scenarios/classic/ (its text is passed in, so worker threads can run it too)
 * with a few game fields changed and validated again like any file, and the
 * numbers each claim measures on one run, one seed at a time.
 */
import { parseScenarioText, validateScenario } from '../../sim/scenario/parse.ts';
import type { GameConfig, RepeatedGameConfig } from '../../sim/scenario/game.ts';
import { runGame } from '../../sim/game/run.ts';
import { RepeatedGame, startingStrategies } from '../../sim/game/repeated.ts';
import { ALL, gameValue, type GameRunResult } from '../../sim/game/results.ts';
import { STRATEGIES } from '../../sim/game/strategies/index.ts';

/** The game of a scenario file's text, with `patch` merged into its game section (then validated). */
export function gameFromText(file: string, text: string, patch: Readonly<Record<string, unknown>> = {}): GameConfig {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error(`scenarios/classic/${file} is invalid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  if (Object.keys(patch).length === 0) return parsed.scenario.game!;
  const raw = JSON.parse(text) as Record<string, unknown>;
  const patched = validateScenario({ ...raw, game: { ...(raw.game as Record<string, unknown>), ...patch } });
  if (!patched.ok) throw new Error(`scenarios/classic/${file} with ${JSON.stringify(patch)} is invalid: ${patched.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return patched.scenario.game!;
}

export function repeated(game: GameConfig): RepeatedGameConfig {
  if (game.type !== 'repeated') throw new Error('expected a repeated game');
  return game;
}

/** Code of "no single leader" in a leader measure (strategies are their index in STRATEGIES). */
export const TIE = -1;

/** The most common strategy at `generation` (its index in STRATEGIES), or TIE. */
export function leaderAt(result: GameRunResult, generation: number): number {
  let best = TIE;
  let most = -1;
  result.labels.forEach((label, i) => {
    if (label === ALL) return;
    const n = gameValue(result, generation, i, 'players');
    if (n > most) {
      most = n;
      best = STRATEGIES.findIndex((s) => s.key === label);
    } else if (n === most) best = TIE;
  });
  return best;
}

/** Measure: the leader at each of `generations` in one run. */
export const leadersAt =
  (...generations: number[]) =>
  (game: GameConfig, seed: number): number[] => {
    const run = runGame(game, seed);
    return generations.map((g) => leaderAt(run, g));
  };

/** The strategy index of a key (throws on a typo). */
export function strategyIndex(key: string): number {
  const i = STRATEGIES.findIndex((s) => s.key === key);
  if (i < 0) throw new Error(`no strategy ${key}`);
  return i;
}

/**
 * Measure: each starting strategy's payoff per round minus the population's, over `generations` generations of the
 * starting population (evolution should be "none", so the mix the file gives plays every time and no strategy's weight
 * depends on its own luck). In STRATEGIES order of the strategies present.
 */
export const payoffAdvantages =
  (generations: number) =>
  (game: GameConfig, seed: number): number[] => {
    const g = new RepeatedGame(repeated(game), seed);
    const groups = g.groups.length;
    const score = new Float64Array(groups + 1);
    const moves = new Float64Array(groups + 1);
    for (let gen = 1; gen <= generations; gen++) {
      const played = g.play();
      played.totals.forEach((t, i) => {
        score[i] += t.score;
        moves[i] += t.moves;
      });
      if (gen < generations) g.evolve(played);
    }
    const all = score[groups] / moves[groups];
    return Array.from({ length: groups }, (_, i) => score[i] / moves[i] - all);
  };

/** The keys of the strategies a repeated game starts with, in STRATEGIES order (the order of payoffAdvantages). */
export const startingKeys = (game: GameConfig): string[] => startingStrategies(repeated(game)).map((i) => STRATEGIES[i].key);

/** The population's mean of a metric over generations from…to (1-based, inclusive) of one run. */
export function meanOver(result: GameRunResult, metric: 'cooperation' | 'score_mean', from: number, to: number): number {
  const all = result.labels.indexOf(ALL);
  let sum = 0;
  for (let g = from; g <= to; g++) sum += gameValue(result, g, all, metric);
  return sum / (to - from + 1);
}

/** Measure: the population's cooperation rate averaged over generations from…to (to ≤ 0 counts from the end: 0 is the last). */
export const cooperationOver =
  (from: number, to: number) =>
  (game: GameConfig, seed: number): number[] => {
    const run = runGame(game, seed);
    const end = (g: number) => (g <= 0 ? run.generations + g : g);
    return [meanOver(run, 'cooperation', end(from), end(to))];
  };

/** Measure: the mean share of players whose image-scoring threshold k is at most `k`, over generations from…to. */
export const thresholdShareOver =
  (k: number, from: number, to: number) =>
  (game: GameConfig, seed: number): number[] => {
    const run = runGame(game, seed);
    let sum = 0;
    for (let g = from; g <= to; g++) {
      run.labels.forEach((label, i) => {
        if (label !== ALL && Number(label.slice(2)) <= k) sum += gameValue(run, g, i, 'share');
      });
    }
    return [sum / (to - from + 1)];
  };

/** Measure: the mean payoff per player per round over generations from…to (averaged over generations). */
export const payoffPerRoundOver =
  (from: number, to: number) =>
  (game: GameConfig, seed: number): number[] => {
    const g = new RepeatedGame(repeated(game), seed);
    let sum = 0;
    for (let gen = 1; gen <= to; gen++) {
      const played = g.play();
      const all = played.totals[played.totals.length - 1];
      if (gen >= from) sum += all.score / all.moves;
      if (gen < to) g.evolve(played);
    }
    return [sum / (to - from + 1)];
  };

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
};

/** The Evolution of Trust's name of a strategy index (or of TIE). */
export function trustName(code: number): string {
  if (code === TIE) return 'a tie';
  const key = STRATEGIES[code].key;
  return TRUST_NAMES[key] ?? key;
}

/** How often each code occurs, most first: "Copycat 18, Copykitten 2". */
export function tallyText(codes: readonly number[]): string {
  const tally = new Map<number, number>();
  for (const c of codes) tally.set(c, (tally.get(c) ?? 0) + 1);
  return [...tally]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([c, n]) => `${trustName(c)} ${n}`)
    .join(', ');
}
