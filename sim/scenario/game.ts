/**
 * The `game` section of a scenario: classic mode, where a population plays the
 * textbook games of the evolution of cooperation (see docs/theory-mode.md).
 * A scenario with `game` has no teams, people, policy or events; the checks at
 * the bottom say so by name when a file mixes the two.
 */
import { z } from 'zod';
import { STRATEGIES } from '../game/strategies/index.ts';
import type { ScenarioProblem } from './parse.ts';

/** Limits of classic mode, checked before any work starts. */
export const GAME_LIMITS = {
  maxPlayers: 1000,
  maxRounds: 10_000,
  /** Hard cap on a match's length when it continues by chance. */
  maxRoundsPerMatch: 100_000,
  maxGenerations: 10_000,
  maxInteractions: 1_000_000,
  /** Rounds (or donor–recipient interactions) one run may play in all, so a typo cannot hang the CLI or a tab. */
  maxWorkPerRun: 2_000_000_000,
} as const;

/** Image scores run from −5 to 5 and thresholds from −5 to 6 (6 never helps), as in Nowak & Sigmund 1998. */
export const IMAGE = { minScore: -5, maxScore: 5, minThreshold: -5, maxThreshold: 6 } as const;

const payoff = (what: string, fallback: number) =>
  z.number().min(-1000).max(1000).default(fallback).describe(`${what} Default ${fallback} (the Evolution of Trust's coins).`);

export const payoffSchema = z
  .discriminatedUnion('type', [
    z
      .strictObject({
        type: z.literal('matrix').describe('A payoff matrix: what each player gets for each pair of moves.'),
        reward: payoff('R: what each gets when both cooperate.', 2),
        temptation: payoff('T: what a defector gets from a cooperator.', 3),
        sucker: payoff('S: what a cooperator gets from a defector.', -1),
        punishment: payoff('P: what each gets when both defect.', 0),
      })
      .describe('Payoff matrix (reward, temptation, sucker, punishment).'),
    z
      .strictObject({
        type: z.literal('donation').describe('The donation game: cooperating costs the giver c and gives the other b.'),
        benefit: z.number().min(0).max(1000).default(3).describe('b: what the other gains when a player cooperates. Default 3.'),
        cost: z.number().min(0).max(1000).default(1).describe('c: what cooperating costs the player. Default 1.'),
      })
      .describe('Donation game (benefit b, cost c): reward b − c, temptation b, sucker −c, punishment 0.'),
  ])
  .describe('What a round pays.');

export const pairingSchema = z
  .discriminatedUnion('type', [
    z
      .strictObject({
        type: z.literal('roundRobin').describe('Every player plays one match against every other player each generation.'),
        selfPlay: z.boolean().default(false).describe('Whether each player also plays a match against a copy of itself (as in Axelrod’s tournaments). Default false.'),
      })
      .describe('Round robin over every pair.'),
    z
      .strictObject({
        type: z.literal('random').describe('Players are paired at random: each encounter splits the population into random pairs.'),
        matchesPerPlayer: z.number().int().min(1).max(1000).default(1).describe('Encounters per generation, so matches per player. Default 1.'),
      })
      .describe('Random pairing (the number of players must be even).'),
  ])
  .describe('Who plays whom in a generation.');

export const evolutionSchema = z
  .discriminatedUnion('type', [
    z
      .strictObject({
        type: z.literal('replaceWorst').describe('The lowest scorers are replaced by copies of the highest (the Evolution of Trust).'),
        count: z.number().int().min(0).max(GAME_LIMITS.maxPlayers).default(5).describe('How many are replaced each generation (at most half the players). Default 5.'),
      })
      .describe('Replace the worst by copies of the best; ties are broken by a seeded draw.'),
    z
      .strictObject({
        type: z.literal('proportional').describe('The whole next generation is drawn from parents in proportion to their fitness (Wright–Fisher; replicator dynamics in a finite population).'),
      })
      .describe('Reproduction in proportion to payoff, the whole generation at once.'),
    z
      .strictObject({
        type: z.literal('moran').describe('Moran process: a parent chosen in proportion to fitness replaces a player chosen at random.'),
        deaths: z.number().int().min(1).max(GAME_LIMITS.maxPlayers).default(1).describe('Birth–death events after each generation’s games. Default 1 (the classic Moran process).'),
      })
      .describe('Moran birth–death.'),
    z.strictObject({ type: z.literal('none').describe('Nobody changes strategy: a one-off tournament, or generations that only repeat it.') }).describe('No evolution.'),
  ])
  .describe('How the population changes between generations.');

function populationShape() {
  const shape: Record<string, z.ZodDefault<z.ZodNumber>> = {};
  for (const s of STRATEGIES) {
    const alias = s.trustName && !s.name.includes(s.trustName) ? ` (“${s.trustName}”)` : '';
    shape[s.key] = z.number().int().min(0).max(GAME_LIMITS.maxPlayers).default(0).describe(`Players of ${s.name}${alias}: ${s.description} Default 0.`);
  }
  return shape;
}

export const repeatedGameSchema = z
  .strictObject({
    type: z.literal('repeated').describe('A population playing repeated games (direct reciprocity).'),
    population: z.strictObject(populationShape()).describe('How many players start with each strategy (at least 2 in all). Strategies left out start with none.'),
    payoffs: payoffSchema.default({ type: 'matrix', reward: 2, temptation: 3, sucker: -1, punishment: 0 }),
    rounds: z.number().int().min(1).max(GAME_LIMITS.maxRounds).default(10).describe('Rounds per match (with continuation: the rounds always played). Default 10.'),
    continuation: z
      .number()
      .min(0)
      .max(0.9999)
      .default(0)
      .describe(`Chance of one more round after those, again after each extra round (0 = fixed length). The mean length is rounds + w/(1−w); no match is longer than ${GAME_LIMITS.maxRoundsPerMatch} rounds. Default 0.`),
    mistakes: z.number().min(0).max(0.5).default(0).describe('Chance that a move is flipped by mistake; both players remember the move as played. Default 0.'),
    pairing: pairingSchema.default({ type: 'roundRobin', selfPlay: false }),
    evolution: evolutionSchema.default({ type: 'replaceWorst', count: 5 }),
    mutation: z
      .number()
      .min(0)
      .max(1)
      .default(0)
      .describe('Chance that a newborn takes a strategy drawn at random from those present at the start (count above 0) instead of its parent’s. Default 0.'),
    generations: z.number().int().min(1).max(GAME_LIMITS.maxGenerations).default(50).describe('Generations to play (a tournament each). Default 50.'),
  })
  .describe('Repeated games: strategies, payoffs, rounds, mistakes, pairing and evolution.');

export const imageScoringSchema = z
  .strictObject({
    type: z.literal('imageScoring').describe('Indirect reciprocity by image scoring (Nowak & Sigmund, Nature 1998).'),
    players: z.number().int().min(2).max(GAME_LIMITS.maxPlayers).default(100).describe('Players (n). Default 100.'),
    interactions: z
      .number()
      .int()
      .min(1)
      .max(GAME_LIMITS.maxInteractions)
      .default(125)
      .describe('Donor–recipient pairs per generation (m), each drawn at random. Default 125.'),
    benefit: z.number().min(0).max(1000).default(1).describe('b: what the recipient gains when helped. Default 1.'),
    cost: z.number().min(0).max(1000).default(0.1).describe('c: what helping costs the donor. Default 0.1.'),
    observation: z
      .number()
      .min(0)
      .max(1)
      .default(1)
      .describe('q: chance that a given player (the recipient included) sees a given interaction and updates its view of the donor; 1 = every image is public. Default 1.'),
    start: z
      .array(
        z.strictObject({
          threshold: z.number().int().min(IMAGE.minThreshold).max(IMAGE.maxThreshold).describe('k: helps recipients whose image score is at least k (−5 always helps, 6 never).'),
          count: z.number().int().min(0).max(GAME_LIMITS.maxPlayers).describe('Players starting with this threshold.'),
        }),
      )
      .max(12)
      .optional()
      .describe('Players per threshold at the start (must add up to players). When omitted, each threshold is drawn uniformly from −5 to 6.'),
    mutation: z.number().min(0).max(1).default(0).describe('Chance that a newborn takes a threshold drawn uniformly from −5 to 6. Default 0.'),
    generations: z.number().int().min(1).max(GAME_LIMITS.maxGenerations).default(150).describe('Generations. Default 150.'),
  })
  .describe('Image scoring: helping raises the donor’s image, refusing lowers it; donors help recipients whose image is at least their threshold.');

export const gameSchema = z
  .discriminatedUnion('type', [repeatedGameSchema, imageScoringSchema])
  .describe('Classic mode: a textbook game of the evolution of cooperation instead of teams (see docs/theory-mode.md).');

export type GameConfig = z.output<typeof gameSchema>;
export type RepeatedGameConfig = z.output<typeof repeatedGameSchema>;
export type ImageScoringConfig = z.output<typeof imageScoringSchema>;
export type PayoffConfig = z.output<typeof payoffSchema>;

/** The allowed "type" values of each choice in the game section, by the choice's path (for messages). */
const UNION_TYPES: Record<string, readonly string[]> = {
  game: gameSchema.options.map((o) => o.shape.type.value),
  'game.payoffs': payoffSchema.options.map((o) => o.shape.type.value),
  'game.pairing': pairingSchema.options.map((o) => o.shape.type.value),
  'game.evolution': evolutionSchema.options.map((o) => o.shape.type.value),
};

/** The "type" values allowed for the choice at `path` (e.g. "game.pairing"), or undefined outside the game section. */
export function gameTypeChoices(path: string): readonly string[] | undefined {
  return Object.prototype.hasOwnProperty.call(UNION_TYPES, path) ? UNION_TYPES[path] : undefined;
}

/** Top-level keys of a team scenario that mean nothing in classic mode. */
const TEAM_ONLY_KEYS = ['teams', 'weeks', 'people', 'policy', 'model', 'events', 'customers', 'measurement', 'variants', 'guide'] as const;

/** Players of a repeated game at the start. */
export function populationSize(config: RepeatedGameConfig): number {
  return Object.values(config.population).reduce((sum, n) => sum + n, 0);
}

/** Matches one player plays in a generation (round robin or random pairing). */
function matchesPerGeneration(config: RepeatedGameConfig, players: number): number {
  if (config.pairing.type === 'random') return (players / 2) * config.pairing.matchesPerPlayer;
  return (players * (players - 1)) / 2 + (config.pairing.selfPlay ? players : 0);
}

function checkRepeated(game: RepeatedGameConfig, problems: ScenarioProblem[]): void {
  const players = populationSize(game);
  if (players < 2) {
    problems.push({ path: 'game.population', message: `must hold at least 2 players in all, got ${players} (give a strategy a count, e.g. "titForTat": 3)` });
    return;
  }
  if (players > GAME_LIMITS.maxPlayers) {
    problems.push({ path: 'game.population', message: `holds ${players} players; the limit is ${GAME_LIMITS.maxPlayers}` });
    return;
  }
  if (game.pairing.type === 'random' && players % 2 === 1) {
    problems.push({ path: 'game.pairing', message: `random pairing needs an even number of players, got ${players} (add or remove one player)` });
  }
  if (game.evolution.type === 'replaceWorst' && game.evolution.count * 2 > players) {
    problems.push({
      path: 'game.evolution.count',
      message: `must be at most half the players (${Math.floor(players / 2)}), got ${game.evolution.count} (the default is 5; for a one-off tournament write "evolution": {"type": "none"})`,
    });
  }
  if (game.evolution.type === 'moran' && game.evolution.deaths > players) {
    problems.push({ path: 'game.evolution.deaths', message: `must be at most the number of players (${players}), got ${game.evolution.deaths}` });
  }
  const meanRounds = game.rounds + game.continuation / (1 - game.continuation);
  const work = matchesPerGeneration(game, players) * meanRounds * game.generations;
  if (work > GAME_LIMITS.maxWorkPerRun) {
    problems.push({
      path: 'game',
      message: `a run would play about ${work.toExponential(1)} rounds; the limit is ${GAME_LIMITS.maxWorkPerRun.toExponential(0)} (fewer players, rounds or generations)`,
    });
  }
}

function checkImageScoring(game: ImageScoringConfig, problems: ScenarioProblem[]): void {
  if (game.start) {
    const total = game.start.reduce((sum, s) => sum + s.count, 0);
    if (total !== game.players) {
      problems.push({ path: 'game.start', message: `the counts must add up to players (${game.players}), got ${total}` });
    }
    const seen = new Map<number, number>();
    game.start.forEach((s, i) => {
      const earlier = seen.get(s.threshold);
      if (earlier !== undefined) problems.push({ path: `game.start[${i}].threshold`, message: `threshold ${s.threshold} is already given in game.start[${earlier}]; give each threshold once` });
      else seen.set(s.threshold, i);
    });
  }
  const observed = game.observation < 1 ? game.players : 1;
  const work = game.interactions * observed * game.generations;
  if (work > GAME_LIMITS.maxWorkPerRun) {
    problems.push({
      path: 'game',
      message: `a run would make about ${work.toExponential(1)} observations; the limit is ${GAME_LIMITS.maxWorkPerRun.toExponential(0)} (fewer interactions, players or generations)`,
    });
  }
}

/**
 * Checks that tie the game section to the rest of the file: a classic-mode
 * scenario names none of the team sections, a team scenario has teams, and the
 * game's numbers fit together. `raw` is the migrated input (to see which keys
 * were written), `game` the parsed section.
 */
export function checkClassicMode(raw: Record<string, unknown>, game: GameConfig | undefined, teams: number): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  if (!game) {
    if (teams === 0) {
      problems.push({ path: 'teams', message: 'a scenario needs at least one team (or a "game" section for classic mode; see docs/theory-mode.md)' });
    }
    return problems;
  }
  for (const key of TEAM_ONLY_KEYS) {
    if (Object.prototype.hasOwnProperty.call(raw, key)) {
      problems.push({ path: key, message: `is not used by a classic-mode scenario (one with a "game" section); remove "${key}"` });
    }
  }
  if (game.type === 'repeated') checkRepeated(game, problems);
  else checkImageScoring(game, problems);
  return problems;
}
