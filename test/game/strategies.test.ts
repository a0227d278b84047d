/**
 * Each strategy's moves against hand-worked sequences of the other's moves,
 * including its own mistakes, which it remembers as played (the Evolution of
 * Trust's rules, js/sims/PD.js).
 */
import { describe, expect, it } from 'vitest';
import { STRATEGIES, STRATEGY_KEYS, strategyByKey } from '../../sim/game/strategies/index.ts';
import { replay } from './helpers.ts';

const s = strategyByKey;

describe('strategies: first move and replies, worked by hand', () => {
  it('always cooperate and always defect ignore everything', () => {
    expect(replay(s('alwaysCooperate'), 'DDCD')).toBe('CCCC');
    expect(replay(s('alwaysDefect'), 'CCDC')).toBe('DDDD');
  });

  it('tit-for-tat cooperates first, then copies the last move', () => {
    expect(replay(s('titForTat'), 'CDDCD')).toBe('CCDDC');
    expect(replay(s('titForTat'), 'DDDD')).toBe('CDDD');
  });

  it('tit-for-two-tats defects only after two defections in a row, and forgives one', () => {
    expect(replay(s('titForTwoTats'), 'DCDDDCC')).toBe('CCCCDDC');
    expect(replay(s('titForTwoTats'), 'DDDD')).toBe('CCDD');
  });

  it('grudger cooperates until the first defection, then defects for good', () => {
    expect(replay(s('grudger'), 'CCDCCC')).toBe('CCCDDD');
  });

  it('pavlov stays after the other cooperated and shifts after the other defected', () => {
    // C (they C: stay C), C (they D: shift to D), D (they D: shift to C), C (they C: stay C), C.
    expect(replay(s('pavlov'), 'CDDCC')).toBe('CCDCC');
    // Against a defector it alternates.
    expect(replay(s('pavlov'), 'DDDDD')).toBe('CDCDC');
  });

  it('detective opens C, D, C, C; then copies one who hit back in rounds 1–3, else always defects', () => {
    expect(replay(s('detective'), 'CCCCCC')).toBe('CDCCDD');
    // Tit-for-tat's answers: it hits back in round 3 (0-based 2), so the detective copies from round 5.
    expect(replay(s('detective'), 'CCDCCC')).toBe('CDCCCC');
    // A defection only in round 4 (index 3) is not watched, as in the game's code: the detective still exploits.
    expect(replay(s('detective'), 'CCCDCC')).toBe('CDCCDD');
    expect(replay(s('detective'), 'DDDDDD')).toBe('CDCCDD');
  });

  it('random follows its coin', () => {
    expect(replay(s('random'), 'CCCC', [], () => 0.25)).toBe('CCCC');
    expect(replay(s('random'), 'CCCC', [], () => 0.75)).toBe('DDDD');
  });
});

describe('strategies: own mistakes are remembered as played', () => {
  it('pavlov builds on its mistaken move (the Evolution of Trust: "even if it mistake")', () => {
    // Round 1 (0-based) it meant C but played D; the other cooperated, so it stays with D: "win-stay".
    expect(replay(s('pavlov'), 'CCCC', [1])).toBe('CDDD');
  });

  it('tit-for-tat does not look at its own moves, even mistaken ones', () => {
    expect(replay(s('titForTat'), 'CCCC', [1])).toBe('CDCC');
  });

  it('a mistake that makes the detective cooperate in round 2 changes nothing it remembers of the other', () => {
    expect(replay(s('detective'), 'CCCCCC', [1])).toBe('CCCCDD');
  });
});

describe('the registry', () => {
  it('has unique keys and every strategy named and described', () => {
    expect(new Set(STRATEGY_KEYS).size).toBe(STRATEGIES.length);
    for (const strategy of STRATEGIES) {
      expect(strategy.key).toMatch(/^[a-z][A-Za-z]+$/);
      expect(strategy.name.length).toBeGreaterThan(2);
      expect(strategy.description.endsWith('.')).toBe(true);
    }
    expect(() => strategyByKey('copycat')).toThrow(/unknown strategy/);
  });
});
