/**
 * The Classic games page: a population in a ring plays round-robin
 * tournaments of the repeated game (sim/game/, the same code the CLI and the
 * validation suite run), generation after generation, with the matches shown
 * as they are played, the shares charted, the rules on sliders and the
 * validation table below. A generation takes a few milliseconds at the page's
 * sizes (at most 100 players), so it runs on the page; the animation is what
 * takes time.
 */
import './classic.css';
import { el, byId, prefersReducedMotion } from '../../ui/dom.ts';
import { validateScenario } from '../../../sim/scenario/parse.ts';
import type { RepeatedGameConfig } from '../../../sim/scenario/game.ts';
import { payoffMatrix } from '../../../sim/game/payoffs.ts';
import { RepeatedGame, type RepeatedGeneration } from '../../../sim/game/repeated.ts';
import { STRATEGIES } from '../../../sim/game/strategies/index.ts';
import type { NextGeneration } from '../../../sim/game/evolution.ts';
import { DEFAULT_PRESET, presets, type Preset } from './presets.ts';
import { Ring, formatScore, type RingPlayer } from './ring.ts';
import { SharesChart } from './shares-chart.ts';
import { MatchPanel } from './match-panel.ts';
import { MAX_PLAYERS, RulesPanel, type PageRules } from './rules-panel.ts';
import { renderValidation } from './validation-table.ts';
import { lookOf } from './palette.ts';
import { NumbersTable } from './numbers-table.ts';

type Speed = 'slow' | 'normal' | 'fast';
/** Milliseconds per animation step at each speed. */
const PACE: Record<Speed, { match: number; player: number; score: number; evolve: number }> = {
  slow: { match: 500, player: 260, score: 900, evolve: 700 },
  normal: { match: 0, player: 55, score: 350, evolve: 350 },
  fast: { match: 0, player: 0, score: 0, evolve: 60 },
};
/** In slow mode, tournaments with at most this many matches are shown match by match (the one-off tournament has 10). */
const MATCH_BY_MATCH = 60;

const PRESETS = presets();
const banner = byId('banner');
const ring = new Ring(byId('ring'), prefersReducedMotion);
const chart = new SharesChart(byId('chart'));
const matchPanel = new MatchPanel(byId('match'));
const numbers = new NumbersTable(byId('numbers'));
const status = byId('status');
const scoreboard = byId('scoreboard');
const generationLabel = byId('generation');
const playButton = byId<HTMLButtonElement>('play');
const stepButton = byId<HTMLButtonElement>('step');
const speedSelect = byId<HTMLSelectElement>('speed');
const presetSelect = byId<HTMLSelectElement>('preset');
const seedInput = byId<HTMLInputElement>('seed');

interface PageState {
  preset: Preset;
  seed: number;
  population: Record<string, number>;
  rules: PageRules;
  game: RepeatedGame;
  /** Player ids in ring order (stable across generations, for the ring's animation). */
  ids: number[];
  nextId: number;
  /** Players of each strategy (registry order) at generation 1, 2, … */
  history: number[][];
  /** Generations from which changed rules applied. */
  ruleChanges: number[];
  playing: boolean;
  busy: boolean;
  /** Set to finish the generation in progress without animation (pause, reset). */
  hurry: boolean;
  /** Bumped on reset, so a generation in progress from before is dropped. */
  epoch: number;
}

function showProblem(message: string | null): void {
  banner.hidden = message === null;
  banner.textContent = message ?? '';
}

function rulesOf(game: RepeatedGameConfig): PageRules {
  const m = payoffMatrix(game.payoffs);
  const players = Object.values(game.population).reduce((a, b) => a + b, 0);
  const replaced = game.evolution.type === 'replaceWorst' ? game.evolution.count : 0;
  return { rounds: game.rounds, mistakes: game.mistakes, reward: m.reward, temptation: m.temptation, sucker: m.sucker, punishment: m.punishment, replaced: Math.min(replaced, Math.floor(players / 2)) };
}

/** The game section for these settings, validated like a scenario file (problems go to the banner). */
function buildGame(population: Record<string, number>, rules: PageRules, preset: Preset): RepeatedGameConfig | null {
  const players = Object.values(population).reduce((a, b) => a + b, 0);
  if (players > MAX_PLAYERS) {
    showProblem(`This page plays with at most ${MAX_PLAYERS} players (you asked for ${players}); run bigger populations with the command line.`);
    return null;
  }
  const game = {
    type: 'repeated',
    population,
    payoffs: { type: 'matrix', reward: rules.reward, temptation: rules.temptation, sucker: rules.sucker, punishment: rules.punishment },
    rounds: rules.rounds,
    mistakes: rules.mistakes,
    pairing: preset.game.pairing,
    evolution: rules.replaced > 0 ? { type: 'replaceWorst', count: Math.min(rules.replaced, Math.floor(players / 2)) } : { type: 'none' },
    generations: 1,
  };
  const parsed = validateScenario({ schemaVersion: 2, name: 'Classic games page', seed: 1, game });
  if (!parsed.ok) {
    showProblem(`These settings cannot run: ${parsed.problems.map((p) => p.message).join('; ')}.`);
    return null;
  }
  showProblem(null);
  return parsed.scenario.game as RepeatedGameConfig;
}

function countsOf(genes: Int32Array): number[] {
  const counts = STRATEGIES.map(() => 0);
  for (const g of genes) counts[g]++;
  return counts;
}

function ringPlayers(genes: Int32Array, ids: readonly number[], from?: readonly (number | undefined)[]): RingPlayer[] {
  return Array.from(genes, (gene, i) => ({ id: ids[i], gene, from: from?.[i] }));
}

let state: PageState;

function start(preset: Preset, seed: number, population: Record<string, number>, rules: PageRules): void {
  const game = buildGame(population, rules, preset);
  if (!game) return;
  const epoch = state ? state.epoch + 1 : 0;
  if (state) state.hurry = true;
  const g = new RepeatedGame(game, seed);
  const ids = Array.from(g.genes, (_x, i) => i);
  state = { preset, seed, population, rules, game: g, ids, nextId: ids.length, history: [countsOf(g.genes)], ruleChanges: [], playing: false, busy: false, hurry: false, epoch };
  presetSelect.value = preset.file;
  seedInput.value = String(seed);
  byId('preset-description').textContent = preset.description;
  rulesPanel.set(rules, population);
  ring.show(ringPlayers(g.genes, ids), false);
  matchPanel.clear('Press Play or Step to run a tournament: every player meets every other for a match of several rounds.');
  scoreboard.textContent = '';
  setPlaying(false);
  redraw();
  announce(`Ready: ${ring.describe()}.`);
}

function redraw(): void {
  const generations = state.history.length;
  chart.draw(
    STRATEGIES.map((s, i) => ({ key: s.key, shares: state.history.map((counts) => counts[i] / counts.reduce((a, b) => a + b, 0)) })),
    generations,
    state.ruleChanges,
  );
  numbers.draw(state.history);
  generationLabel.textContent = `Generation ${state.game.generation}`;
}

function announce(text: string): void {
  status.textContent = text;
}

function wait(ms: number, epoch: number): Promise<void> {
  if (ms <= 0 || state.hurry || state.epoch !== epoch) return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const speed = (): Speed => speedSelect.value as Speed;

/** Shows the generation's matches: match by match for a small slow tournament, else player by player. */
async function showMatches(played: RepeatedGeneration, epoch: number): Promise<void> {
  const records = played.tournament.records ?? [];
  const pace = PACE[speed()];
  const genes = played.genes;
  if (records.length === 0) return;
  if (pace.match > 0 && records.length <= MATCH_BY_MATCH) {
    for (let m = 0; m < records.length && !state.hurry && state.epoch === epoch; m++) {
      const r = records[m];
      ring.highlight(r.a, [r.b], r.b);
      matchPanel.show(`match ${m + 1} of ${records.length}`, genes, r.a, r.b, r.result);
      await wait(pace.match, epoch);
    }
    return;
  }
  if (pace.player > 0) {
    const byPlayer = genes.length;
    for (let i = 0; i < byPlayer && !state.hurry && state.epoch === epoch; i++) {
      const mine = records.filter((r) => r.a === i || r.b === i);
      const shown = mine.find((r) => r.a === i && r.b !== i) ?? mine[0];
      if (!shown) continue;
      ring.highlight(i, mine.map((r) => (r.a === i ? r.b : r.a)), shown.a === i ? shown.b : shown.a);
      matchPanel.show(`one of ${mine.length} matches of player ${i + 1}`, genes, shown.a, shown.b, shown.result);
      await wait(pace.player, epoch);
    }
    return;
  }
  const last = records[records.length - 1];
  matchPanel.show(`the last of ${records.length} matches`, genes, last.a, last.b, last.result);
}

/** Players of the old generation who do not carry on. */
function leaversOf(next: NextGeneration, players: number): Uint8Array {
  const leaving = new Uint8Array(players).fill(1);
  next.parent.forEach((p, i) => {
    if (!next.newborn[i]) leaving[p] = 0;
  });
  return leaving;
}

/** "Scores in generation 3, mean per player: Copycat 57 · Grudger 46 · …" */
function scoresText(played: RepeatedGeneration): string {
  const rows = played.totals
    .slice(0, -1)
    .map((t, row) => [lookOf(STRATEGIES[state.game.groups[row]].key).short, t] as const)
    .filter(([, t]) => t.players > 0)
    .sort((a, b) => b[1].score / b[1].players - a[1].score / a[1].players);
  return `Scores in generation ${played.generation}, mean per player: ${rows.map(([name, t]) => `${name} ${formatScore(t.score / t.players)}`).join(' · ')}`;
}

function summary(played: RepeatedGeneration, replaced: number): string {
  const best = played.totals.slice(0, -1).map((t, row) => [state.game.groups[row], t] as const);
  const perPlayer = best.filter(([, t]) => t.players > 0).sort((a, b) => b[1].score / b[1].players - a[1].score / a[1].players);
  const top = perPlayer[0];
  const topText = top ? `${lookOf(STRATEGIES[top[0]].key).short} scored most on average (${(top[1].score / top[1].players).toFixed(1)})` : '';
  const move = replaced > 0 ? `; the ${replaced} lowest scorers were replaced by copies of the ${replaced} highest` : '';
  return `Generation ${played.generation} played: ${topText}${move}. Now ${ring.describe()}.`;
}

/** Plays one generation with its animation; resolves when it is shown. */
async function runGeneration(): Promise<void> {
  const epoch = state.epoch;
  const startedPlaying = state.playing;
  state.busy = true;
  stepButton.disabled = true;
  try {
    const played = state.game.play(true);
    await showMatches(played, epoch);
    if (state.epoch !== epoch) return;
    ring.showScores(played.tournament.score);
    scoreboard.textContent = scoresText(played);
    await wait(PACE[speed()].score, epoch);
    if (state.epoch !== epoch) return;
    const replaced = state.game.config.evolution.type === 'replaceWorst' ? state.game.config.evolution.count : 0;
    const before = state.ids;
    const next = state.game.evolve(played);
    if (replaced > 0) {
      ring.markLeaving(leaversOf(next, before.length));
      await wait(PACE[speed()].evolve, epoch);
      if (state.epoch !== epoch) return;
    }
    // Without replacement the ring stays as it was, scores and all (a one-off tournament's result stays in view).
    const from: (number | undefined)[] = [];
    state.ids = Array.from(next.parent, (p, i) => {
      if (!next.newborn[i]) return before[p];
      from[i] = before[p];
      return state.nextId++;
    });
    if (replaced > 0) ring.show(ringPlayers(state.game.genes, state.ids, from), !state.hurry);
    state.history.push(countsOf(state.game.genes));
    redraw();
    if (!state.playing) announce(`${summary(played, replaced)}${startedPlaying ? ` Paused at generation ${state.game.generation}.` : ''}`);
    else if (played.generation % 10 === 0) announce(summary(played, replaced));
  } finally {
    if (state.epoch === epoch) {
      state.busy = false;
      state.hurry = false;
      stepButton.disabled = state.playing;
    }
  }
}

function setPlaying(playing: boolean): void {
  state.playing = playing;
  playButton.textContent = playing ? 'Pause' : 'Play';
  playButton.setAttribute('aria-pressed', String(playing));
  stepButton.disabled = playing || state.busy;
}

async function play(): Promise<void> {
  setPlaying(true);
  while (state.playing) {
    const epoch = state.epoch;
    await runGeneration();
    if (state.epoch !== epoch) return;
    await wait(PACE[speed()].evolve, epoch);
  }
}

playButton.addEventListener('click', () => {
  if (state.playing) {
    setPlaying(false);
    // Finish the generation in progress at once, then stop.
    if (state.busy) state.hurry = true;
    else announce(`Paused at generation ${state.game.generation}. ${ring.describe()}.`);
  } else if (!state.busy) void play();
});
stepButton.addEventListener('click', () => {
  if (!state.busy && !state.playing) void runGeneration();
});
byId('reset').addEventListener('click', () => start(state.preset, state.seed, state.population, rulesPanel.rules()));
presetSelect.addEventListener('change', () => {
  const preset = PRESETS.find((p) => p.file === presetSelect.value);
  if (preset) start(preset, preset.seed, { ...preset.game.population }, rulesOf(preset.game));
});
seedInput.addEventListener('change', () => {
  const seed = Number(seedInput.value);
  if (!Number.isInteger(seed) || seed < 0 || seed > 4294967295) {
    showProblem('The seed must be a whole number from 0 to 4294967295.');
    seedInput.value = String(state.seed);
    return;
  }
  start(state.preset, seed, state.population, rulesPanel.rules());
});

const rulesPanel = new RulesPanel(
  byId('rules-panel'),
  (rules) => {
    const game = buildGame(state.population, rules, state.preset);
    if (!game) return;
    state.rules = rules;
    state.game.changeRules(game);
    if (!state.ruleChanges.includes(state.game.generation)) state.ruleChanges.push(state.game.generation);
    redraw();
    announce(`New rules from generation ${state.game.generation} on.`);
  },
  (population) => start(state.preset, state.seed, population, rulesPanel.rules()),
);

for (const p of PRESETS) presetSelect.append(el('option', { value: p.file }, p.name));
renderValidation(byId('validation'));

const asked = new URLSearchParams(location.search).get('preset');
const first = PRESETS.find((p) => p.file === asked) ?? PRESETS.find((p) => p.file === DEFAULT_PRESET) ?? PRESETS[0];
if (asked && first.file !== asked) showProblem(`There is no classic game called “${asked}”; showing “${first.name}”.`);
if (prefersReducedMotion()) speedSelect.value = 'fast';
start(first, first.seed, { ...first.game.population }, rulesOf(first.game));
if (asked && first.file !== asked) showProblem(`There is no classic game called “${asked}”; showing “${first.name}”.`);

/** Hooks for the end-to-end tests (with ?debug). */
declare global {
  interface Window {
    __classicGames?: { state(): { generation: number; counts: Record<string, number>; playing: boolean; busy: boolean; history: number[][] } };
  }
}
if (new URLSearchParams(location.search).has('debug')) {
  window.__classicGames = {
    state: () => ({
      generation: state.game.generation,
      counts: Object.fromEntries(STRATEGIES.map((s, i) => [s.key, countsOf(state.game.genes)[i]])),
      playing: state.playing,
      busy: state.busy,
      history: state.history,
    }),
  };
}
document.documentElement.dataset.ready = 'true';
