/** Matches: payoffs, mistakes remembered as played, memory reset per match, fixed and continued lengths, determinism. */
import { describe, expect, it } from 'vitest';
import { playMatch, type MatchRules } from '../../sim/game/match.ts';
import { payoffMatrix } from '../../sim/game/payoffs.ts';
import { strategyByKey } from '../../sim/game/strategies/index.ts';
import { playTournament } from '../../sim/game/tournament.ts';
import { text } from './helpers.ts';

const TRUST = payoffMatrix({ type: 'matrix', reward: 2, temptation: 3, sucker: -1, punishment: 0 });
const rules = (over: Partial<MatchRules> = {}): MatchRules => ({ payoffs: TRUST, rounds: 10, continuation: 0, maxRounds: 100_000, mistakes: 0, ...over });
const s = strategyByKey;
const at = (matchId: number, seed = 1) => ({ seed, generation: 1, matchId });

describe('a match', () => {
  it('pays the Evolution of Trust coins: copycat vs always cheat is −1 vs +3 over 10 rounds', () => {
    const m = playMatch(s('titForTat'), s('alwaysDefect'), rules(), at(0), true);
    expect([m.scoreA, m.scoreB, m.rounds]).toEqual([-1, 3, 10]);
    expect(text(m.movesA!)).toBe('CDDDDDDDDD');
  });

  it('the donation game is the matrix R = b − c, T = b, S = −c, P = 0', () => {
    expect(payoffMatrix({ type: 'donation', benefit: 3, cost: 1 })).toEqual({ reward: 2, temptation: 3, sucker: -1, punishment: 0 });
  });

  it('a mistake is remembered as played by both: two copycats fall into an echo of revenge', () => {
    // Find a match in which exactly one mistake happens, by the first player in round 3.
    for (let id = 0; id < 5000; id++) {
      const m = playMatch(s('titForTat'), s('titForTat'), rules({ mistakes: 0.05 }), at(id), true);
      const a = text(m.movesA!);
      const b = text(m.movesB!);
      if (a === 'CCCDCDCDCD' && b === 'CCCCDCDCDC') {
        // B copied A's mistaken D in round 4, A copied B's D in round 5, and so on: the echo the game shows.
        expect(m.scoreA).toBe(2 * 3 + 3 * 3 + -1 * 3 + 3);
        return;
      }
    }
    throw new Error('no match with exactly that single mistake in 5000 tries');
  });

  it('memory starts afresh in every match: a grudger cooperates again with the next opponent', () => {
    const t = playTournament([s('grudger'), s('alwaysDefect'), s('alwaysCooperate')], rules(), { type: 'roundRobin', selfPlay: false }, 1, 1, true);
    const vsCooperator = t.records!.find((r) => r.a === 0 && r.b === 2)!;
    expect(text(vsCooperator.result.movesA!)).toBe('CCCCCCCCCC');
  });

  it('with continuation w the mean length is rounds + w / (1 − w)', () => {
    let total = 0;
    const n = 4000;
    for (let id = 0; id < n; id++) total += playMatch(s('titForTat'), s('titForTat'), rules({ rounds: 1, continuation: 0.9 }), at(id)).rounds;
    expect(total / n).toBeGreaterThan(1 + 9 - 0.6);
    expect(total / n).toBeLessThan(1 + 9 + 0.6);
  });

  it('mistakes flip about the given share of moves', () => {
    let defections = 0;
    for (let id = 0; id < 500; id++) defections += 10 - playMatch(s('alwaysCooperate'), s('alwaysCooperate'), rules({ mistakes: 0.1 }), at(id)).cooperationsA;
    expect(defections / 5000).toBeGreaterThan(0.085);
    expect(defections / 5000).toBeLessThan(0.115);
  });

  it('is determined by (seed, generation, match id) alone', () => {
    const play = (seed: number, id: number) => text(playMatch(s('random'), s('pavlov'), rules({ mistakes: 0.2 }), at(id, seed), true).movesA!);
    expect(play(3, 7)).toBe(play(3, 7));
    expect([play(3, 8), play(4, 7)]).not.toEqual([play(3, 7), play(3, 7)]);
  });
});
