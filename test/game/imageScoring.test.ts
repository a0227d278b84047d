/** Image scoring's rules on small exact cases, and its outcome over seeds. */
import { describe, expect, it } from 'vitest';
import { STREAM, drawAt, personWeek, streamWeek } from '../../sim/engine/random.ts';
import { binomialCdf, forEachObserver, imageFitness, playImageGeneration, startingThresholds } from '../../sim/game/imageScoring.ts';
import { runGame } from '../../sim/game/run.ts';
import { gameValue } from '../../sim/game/results.ts';
import { imageGame } from './helpers.ts';

describe('image scoring: one generation', () => {
  it('unconditional helpers (k = −5) always help: every interaction pays b to the recipient and costs c, images climb to 5', () => {
    const config = imageGame({ players: 4, interactions: 40, start: [{ threshold: -5, count: 4 }] });
    const g = playImageGeneration(config, startingThresholds(config, 1), 1, 1);
    expect(g.cooperation).toBe(1);
    const total = Array.from(g.payoff).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(40 * (1 - 0.1), 10);
    expect(Math.max(...g.image)).toBe(5);
  });

  it('defectors (k = 6) never help, and their images fall to −5 at most', () => {
    const config = imageGame({ players: 3, interactions: 60, start: [{ threshold: 6, count: 3 }] });
    const g = playImageGeneration(config, startingThresholds(config, 1), 1, 1);
    expect(g.cooperation).toBe(0);
    expect(Array.from(g.payoff)).toEqual([0, 0, 0]);
    expect(Math.min(...g.image)).toBe(-5);
  });

  it('a discriminator (k = 0) helps those never seen (image 0) and refuses a defector once it has been seen refusing', () => {
    // Two players: a discriminator (player 0) and a defector (player 1). Every refusal by the defector is public, so the
    // discriminator helps it exactly on its donor turns before the defector's first turn as donor, and never after.
    // Who is donor is read from the game's own stream (draw 0 of each interaction), so this holds on every seed.
    const config = imageGame({ players: 2, interactions: 200, start: [{ threshold: 0, count: 1 }, { threshold: 6, count: 1 }] });
    const helped: number[] = [];
    for (let seed = 1; seed <= 20; seed++) {
      const g = playImageGeneration(config, startingThresholds(config, seed), seed, 1);
      const prefix = streamWeek(seed, STREAM.gameImage, 1);
      const donors = Array.from({ length: 200 }, (_, t) => Math.min(1, Math.floor(drawAt(personWeek(prefix, t), 0) * 2)));
      const before = donors.indexOf(1) < 0 ? 200 : donors.indexOf(1);
      expect(g.totals[0 + 5].cooperations, `seed ${seed}`).toBe(before);
      expect(g.payoff[1], `seed ${seed}`).toBeCloseTo(before * 1, 10);
      expect(g.image[1], `seed ${seed}`).toBe(-5);
      helped.push(before);
    }
    // The seeds cover both cases: the defector donating first (never helped) and being helped first.
    expect(Math.min(...helped)).toBe(0);
    expect(Math.max(...helped)).toBeGreaterThan(0);
  });

  it('with observation q < 1 the views are private: an unseen defector is still helped', () => {
    const seen = (q: number) => {
      const config = imageGame({ players: 50, interactions: 500, observation: q, start: [{ threshold: 0, count: 45 }, { threshold: 6, count: 5 }] });
      const g = playImageGeneration(config, startingThresholds(config, 2), 2, 1);
      let defectorGain = 0;
      for (let i = 45; i < 50; i++) defectorGain += g.payoff[i];
      return defectorGain;
    };
    expect(seen(0.02)).toBeGreaterThan(seen(1) + 5);
  });

  it('fitness adds 0.1 per interaction taken part in, so a donor who only helped keeps a fitness of 0', () => {
    const config = imageGame({ players: 2, interactions: 1, start: [{ threshold: -5, count: 2 }] });
    const g = playImageGeneration(config, startingThresholds(config, 1), 1, 1);
    const fitness = imageFitness(g);
    expect(Array.from(fitness).sort()).toEqual([0, 1.1].sort());
  });

  it('the binomial table of observers sums to 1 and has the right mean', () => {
    const cdf = binomialCdf(99, 0.1);
    expect(cdf[99]).toBe(1);
    let mean = 0;
    for (let k = 0; k <= 99; k++) mean += k * (cdf[k] - (k > 0 ? cdf[k - 1] : 0));
    expect(mean).toBeCloseTo(9.9, 6);
  });

  it('each other player sees an interaction with chance q, by a draw per player (q > 1/2) or the binomial shortcut (q ≤ 1/2)', () => {
    const n = 20;
    for (const q of [0.1, 0.5, 0.8]) {
      const cdf = q <= 0.5 ? binomialCdf(n - 1, q) : undefined;
      const mark = new Int32Array(n).fill(-1);
      const seen = new Int32Array(n);
      const prefix = streamWeek(1, STREAM.gameImage, 1);
      const trials = 4000;
      for (let t = 0; t < trials; t++) forEachObserver(personWeek(prefix, t), n, 3, q, cdf, mark, t, (j) => seen[j]++);
      expect(seen[3]).toBe(0);
      for (let j = 0; j < n; j++) if (j !== 3) expect(Math.abs(seen[j] / trials - q)).toBeLessThan(0.03);
    }
  });
});

describe('image scoring: the starting population', () => {
  it('draws thresholds uniformly from −5 to 6 when no start is given', () => {
    const config = imageGame({ players: 1000 });
    const t = Array.from(startingThresholds(config, 4));
    expect(Math.min(...t)).toBe(-5);
    expect(Math.max(...t)).toBe(6);
    const zeros = t.filter((k) => k === 0).length;
    expect(zeros).toBeGreaterThan(1000 / 12 - 30);
    expect(zeros).toBeLessThan(1000 / 12 + 30);
  });
});

describe('image scoring: over generations', () => {
  it('discriminators take over when generations are long (m = 10 n) and cooperation is high', () => {
    const r = runGame(imageGame({ players: 100, interactions: 1000, generations: 60 }), 1);
    const all = r.labels.indexOf('all');
    expect(gameValue(r, 60, all, 'cooperation')).toBeGreaterThan(0.9);
  });
});
