/** Between generations: replace the worst by copies of the best (seeded ties), proportional and Moran reproduction, mutation. */
import { describe, expect, it } from 'vitest';
import { drawProportional, nextGeneration, rankByScore, shiftedFitness } from '../../sim/game/evolution.ts';
import { RepeatedGame } from '../../sim/game/repeated.ts';
import { STRATEGIES } from '../../sim/game/strategies/index.ts';
import { STREAM, streamWeek } from '../../sim/engine/random.ts';
import { repeatedGame } from './helpers.ts';

const none = { rate: 0, choices: [] };
const f64 = (xs: number[]) => Float64Array.from(xs);

describe('replace the worst by copies of the best', () => {
  it('removes the lowest scorers and puts a copy of each highest scorer next to it', () => {
    const genes = Int32Array.from([0, 1, 2, 3, 4]);
    const score = f64([5, 1, 9, 3, 7]);
    const next = nextGeneration(genes, score, score, { type: 'replaceWorst', count: 2 }, none, 1, 1);
    // Worst: players 1 (score 1) and 3 (score 3); best: 2 (9) and 4 (7).
    expect(Array.from(next.genes)).toEqual([0, 2, 2, 4, 4]);
    expect(Array.from(next.parent)).toEqual([0, 2, 2, 4, 4]);
    expect(Array.from(next.newborn)).toEqual([0, 0, 1, 0, 1]);
  });

  it('breaks ties by a seeded draw: the same seed and generation give the same choice, others differ', () => {
    const score = f64(Array(10).fill(0));
    const worst = (seed: number, generation: number) => Array.from(rankByScore(score, streamWeek(seed, STREAM.gameSelection, generation)).slice(0, 3));
    expect(worst(1, 1)).toEqual(worst(1, 1));
    const choices = new Set([1, 2, 3, 4, 5].map((g) => worst(1, g).join()));
    expect(choices.size).toBeGreaterThan(1);
  });

  it('the Evolution of Trust: Always Cheat gains 5 players in the first generation against 15 Always Cooperate and 5 Copycats', () => {
    const game = new RepeatedGame(repeatedGame({ population: { alwaysCooperate: 15, alwaysDefect: 5, titForTat: 5 } }), 1);
    game.evolve(game.play());
    const count = (key: string) => Array.from(game.genes).filter((g) => STRATEGIES[g].key === key).length;
    expect([count('alwaysDefect'), count('alwaysCooperate'), count('titForTat')]).toEqual([10, 10, 5]);
  });
});

describe('reproduction in proportion to fitness', () => {
  it('draws parents in proportion to their weight, and uniformly when all weights are 0', () => {
    const weights = f64([1, 0, 3]);
    expect([0.1, 0.24, 0.26, 0.99].map((u) => drawProportional(weights, 4, u))).toEqual([0, 0, 2, 2]);
    expect([0.1, 0.5, 0.9].map((u) => drawProportional(f64([0, 0, 0]), 0, u))).toEqual([0, 1, 2]);
  });

  it('shifts negative payoffs so the lowest is 0', () => {
    expect(Array.from(shiftedFitness(f64([-2, 0, 3])))).toEqual([0, 2, 5]);
    expect(Array.from(shiftedFitness(f64([1, 2])))).toEqual([1, 2]);
  });

  it('a strategy with all the fitness takes the whole next generation (Wright–Fisher) and keeps its place (Moran)', () => {
    const genes = Int32Array.from([0, 0, 1, 1]);
    const fitness = f64([0, 0, 1, 1]);
    const wf = nextGeneration(genes, fitness, fitness, { type: 'proportional' }, none, 1, 1);
    expect(Array.from(wf.genes)).toEqual([1, 1, 1, 1]);
    const moran = nextGeneration(genes, fitness, fitness, { type: 'moran', deaths: 1 }, none, 1, 1);
    expect(Array.from(moran.genes).filter((g) => g === 1).length).toBeGreaterThanOrEqual(2);
    expect(Array.from(moran.newborn).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('offspring counts follow fitness over many draws', () => {
    const genes = Int32Array.from({ length: 100 }, (_, i) => (i < 50 ? 0 : 1));
    const fitness = f64(Array.from({ length: 100 }, (_, i) => (i < 50 ? 1 : 3)));
    let ones = 0;
    for (let g = 1; g <= 50; g++) ones += Array.from(nextGeneration(genes, fitness, fitness, { type: 'proportional' }, none, 9, g).genes).filter((x) => x === 1).length;
    expect(ones / 5000).toBeGreaterThan(0.72);
    expect(ones / 5000).toBeLessThan(0.78);
  });

  it('mutation gives a newborn a gene from the choices at about the given rate', () => {
    const genes = new Int32Array(200);
    const fitness = f64(Array(200).fill(1));
    const next = nextGeneration(genes, fitness, fitness, { type: 'proportional' }, { rate: 0.5, choices: [7] }, 3, 1);
    const mutated = Array.from(next.genes).filter((g) => g === 7).length;
    expect(mutated).toBeGreaterThan(70);
    expect(mutated).toBeLessThan(130);
  });
});
