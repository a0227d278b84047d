/** Invariants of classic-mode runs over random games: shares sum to 1, scores finite, rates in [0, 1], same seed same bytes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runGame } from '../../sim/game/run.ts';
import { GAME_METRICS, gameValue, type GameRunResult } from '../../sim/game/results.ts';
import { STRATEGY_KEYS } from '../../sim/game/strategies/index.ts';
import { gameOf } from './helpers.ts';

const arbRepeated = fc
  .record({
    counts: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: STRATEGY_KEYS.length, maxLength: STRATEGY_KEYS.length }),
    rounds: fc.integer({ min: 1, max: 12 }),
    continuation: fc.constantFrom(0, 0.5),
    mistakes: fc.constantFrom(0, 0.05, 0.3),
    payoff: fc.constantFrom(
      { type: 'matrix', reward: 2, temptation: 3, sucker: -1, punishment: 0 },
      { type: 'matrix', reward: 3, temptation: 5, sucker: 0, punishment: 1 },
      { type: 'donation', benefit: 2, cost: 1 },
    ),
    pairing: fc.constantFrom('roundRobin', 'selfPlay', 'random'),
    evolution: fc.constantFrom('replaceWorst', 'proportional', 'moran', 'none'),
    mutation: fc.constantFrom(0, 0.1),
    generations: fc.integer({ min: 1, max: 6 }),
  })
  .map((r) => {
    const counts = [...r.counts];
    const total = () => counts.reduce((a, b) => a + b, 0);
    while (total() < 2) counts[0]++;
    if (r.pairing === 'random' && total() % 2 === 1) counts[1]++;
    const players = total();
    return gameOf({
      type: 'repeated',
      population: Object.fromEntries(STRATEGY_KEYS.map((k, i) => [k, counts[i]])),
      rounds: r.rounds,
      continuation: r.continuation,
      mistakes: r.mistakes,
      payoffs: r.payoff,
      pairing: r.pairing === 'random' ? { type: 'random', matchesPerPlayer: 2 } : { type: 'roundRobin', selfPlay: r.pairing === 'selfPlay' },
      evolution:
        r.evolution === 'replaceWorst' ? { type: 'replaceWorst', count: Math.floor(players / 3) } : r.evolution === 'moran' ? { type: 'moran', deaths: 2 } : { type: r.evolution },
      mutation: r.mutation,
      generations: r.generations,
    });
  });

const arbImage = fc
  .record({
    players: fc.integer({ min: 2, max: 30 }),
    interactions: fc.integer({ min: 1, max: 200 }),
    observation: fc.constantFrom(1, 0.6, 0.3, 0.05, 0),
    cost: fc.constantFrom(0.1, 0.5, 2),
    mutation: fc.constantFrom(0, 0.2),
    generations: fc.integer({ min: 1, max: 5 }),
  })
  .map((r) => gameOf({ type: 'imageScoring', ...r }));

function checkInvariants(result: GameRunResult, players: number): void {
  const all = result.labels.length - 1;
  expect(result.labels[all]).toBe('all');
  expect(result.values.length).toBe(result.generations * result.labels.length * GAME_METRICS.length);
  for (let g = 1; g <= result.generations; g++) {
    let share = 0;
    let count = 0;
    for (let l = 0; l < all; l++) {
      share += gameValue(result, g, l, 'share');
      count += gameValue(result, g, l, 'players');
      if (gameValue(result, g, l, 'players') > 0) expect(Number.isFinite(gameValue(result, g, l, 'score_mean'))).toBe(true);
      const c = gameValue(result, g, l, 'cooperation');
      if (!Number.isNaN(c)) {
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
      }
    }
    expect(share).toBeCloseTo(1, 12);
    expect(count).toBe(players);
    expect(gameValue(result, g, all, 'players')).toBe(players);
    expect(Number.isFinite(gameValue(result, g, all, 'score_mean'))).toBe(true);
  }
}

describe('classic-mode runs: invariants over random games', () => {
  it('repeated games: shares sum to 1, the population size holds, scores are finite, rates lie in [0, 1]', () => {
    fc.assert(
      fc.property(arbRepeated, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (game, seed) => {
        if (game.type !== 'repeated') return;
        const players = Object.values(game.population).reduce((a, b) => a + b, 0);
        checkInvariants(runGame(game, seed), players);
      }),
      { numRuns: 60 },
    );
  });

  it('image scoring: the same invariants', () => {
    fc.assert(
      fc.property(arbImage, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (game, seed) => {
        if (game.type !== 'imageScoring') return;
        checkInvariants(runGame(game, seed), game.players);
      }),
      { numRuns: 60 },
    );
  });

  it('a run is determined by its game and seed: twice gives the same values, bit for bit', () => {
    fc.assert(
      fc.property(fc.oneof(arbRepeated, arbImage), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (game, seed) => {
        const a = runGame(game, seed).values;
        const b = runGame(structuredClone(game), seed).values;
        expect(Buffer.from(b.buffer).equals(Buffer.from(a.buffer))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
