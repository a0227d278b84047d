/**
 * The validation suite's judges on hand-made numbers: intervals, verdicts
 * against thresholds, and the claims' own judges, each shown to pass, fail
 * and stay undecided on inputs built for it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../../scripts/theory/claims.ts';
import { COIN_FLIP_MARGIN, payoffsEqual } from '../../scripts/theory/claims-trust.ts';
import type { BlockValues } from '../../scripts/theory/claim.ts';
import { allOf, atLeast, atMost, bonferroni, everySeed, meanEstimate, pairedEstimate, positive, within, wilson } from '../../scripts/theory/judges.ts';
import { gameFromText, strategyIndex, TIE } from '../../scripts/theory/runs.ts';

const claim = (id: string) => CLAIMS.find((c) => c.id === id)!;
const gameOf = (id: string) => (s: number) => {
  const setting = claim(id).settings[s];
  return gameFromText(setting.file, readFileSync(new URL(`../../scenarios/classic/${setting.file}`, import.meta.url), 'utf8'), setting.patch);
};
const judge = (id: string, values: BlockValues) => claim(id).judge(values, gameOf(id));

/** n seeds whose single number is `value` plus a small deterministic wobble of ±spread. */
const around = (value: number, spread: number, n = 100): number[][] => Array.from({ length: n }, (_, i) => [value + spread * Math.sin(i * 1.7)]);
/** n seeds of which the first `count` have `code` and the rest `other`. */
const codes = (code: number, count: number, n = 100, other = TIE): number[][] => Array.from({ length: n }, (_, i) => [i < count ? code : other]);

describe('intervals', () => {
  it('Wilson intervals match published values and stay inside 0–1', () => {
    // Newcombe (1998), table I: 0/10 → 0–0.2775, 10/10 → 0.7225–1, 15/148 → 0.0624–0.1605.
    expect(wilson(0, 10).ci[0]).toBe(0);
    expect(wilson(0, 10).ci[1]).toBeCloseTo(0.2775, 4);
    expect(wilson(10, 10).ci[0]).toBeCloseTo(0.7225, 4);
    expect(wilson(10, 10).ci[1]).toBe(1);
    expect(wilson(15, 148).ci[0]).toBeCloseTo(0.0624, 4);
    expect(wilson(15, 148).ci[1]).toBeCloseTo(0.1605, 4);
    expect(() => wilson(3, 2)).toThrow(RangeError);
  });

  it('a mean’s t interval, and a wider one at a Bonferroni level', () => {
    const e = meanEstimate([1, 2, 3, 4, 5]);
    expect(e.mean).toBe(3);
    // t(0.975, 4) = 2.776; sd = 1.581; half = 2.776 · 1.581 / √5 = 1.963
    expect(e.ci[0]).toBeCloseTo(1.037, 3);
    expect(e.ci[1]).toBeCloseTo(4.963, 3);
    const wide = meanEstimate([1, 2, 3, 4, 5], bonferroni(5));
    expect(wide.ci[0]).toBeLessThan(e.ci[0]);
    expect(bonferroni(5)).toBeCloseTo(0.99, 12);
    expect(() => meanEstimate([1])).toThrow(RangeError);
  });

  it('paired differences are taken seed by seed', () => {
    expect(pairedEstimate([5, 6, 7], [4, 5, 6]).ci).toEqual([1, 1]);
  });
});

describe('verdicts against thresholds', () => {
  it('atLeast and atMost pass only when the whole interval is on the passing side', () => {
    expect(atLeast([0.91, 0.99], 0.9)).toBe('pass');
    expect(atLeast([0.85, 0.95], 0.9)).toBe('undecided');
    expect(atLeast([0.5, 0.8], 0.9)).toBe('fail');
    expect(atMost([0.01, 0.2], 0.3)).toBe('pass');
    expect(atMost([0.2, 0.4], 0.3)).toBe('undecided');
    expect(atMost([0.35, 0.4], 0.3)).toBe('fail');
  });

  it('positive needs an interval wholly above zero; one containing zero is undecided', () => {
    expect(positive([0.01, 0.3])).toBe('pass');
    expect(positive([-0.01, 0.3])).toBe('undecided');
    expect(positive([-0.3, -0.01])).toBe('fail');
  });

  it('within is an equivalence test: inside the margin passes, wholly outside fails', () => {
    expect(within([-0.004, 0.006], 0.01)).toBe('pass');
    expect(within([0.005, 0.02], 0.01)).toBe('undecided');
    expect(within([0.02, 0.04], 0.01)).toBe('fail');
    expect(within([-0.04, -0.02], 0.01)).toBe('fail');
  });

  it('allOf fails on any failure, else is undecided on any undecided', () => {
    expect(allOf(['pass', 'pass'])).toBe('pass');
    expect(allOf(['pass', 'undecided'])).toBe('undecided');
    expect(allOf(['undecided', 'fail', 'pass'])).toBe('fail');
    expect(everySeed([true, true])).toBe('pass');
    expect(everySeed([true, false])).toBe('fail');
  });
});

describe('the claims’ judges', () => {
  const copycat = strategyIndex('titForTat');

  it('a winner claim: every seed passes, 95 of 100 against 90% is undecided, half fails', () => {
    expect(judge('trust-evolution-all', [codes(copycat, 100)]).verdict).toBe('pass');
    expect(judge('trust-evolution-all', [codes(copycat, 100, 100, strategyIndex('grudger'))]).measured).toMatch(/^Copycat 100\/100 \(95% CI 96–100%\)$/);
    expect(judge('trust-reward', [codes(strategyIndex('alwaysDefect'), 95)]).verdict).toBe('undecided');
    const half = judge('trust-evolution-all', [codes(copycat, 50, 100, strategyIndex('grudger'))]);
    expect(half.verdict).toBe('fail');
    expect(half.measured).toContain('others: Grudger 50');
  });

  it('coin flips: payoffs within ±0.01 pass, an advantage of 0.03 fails, too few seeds to tell is undecided', () => {
    const keys = ['titForTat', 'alwaysDefect'];
    const equal = Array.from({ length: 100 }, (_, i) => [0.002 * Math.sin(i), -0.002 * Math.sin(i)]);
    expect(payoffsEqual(equal, keys, COIN_FLIP_MARGIN).verdict).toBe('pass');
    const cheatGains = Array.from({ length: 100 }, (_, i) => [-0.03 + 0.002 * Math.sin(i), 0.03 - 0.002 * Math.sin(i)]);
    expect(payoffsEqual(cheatGains, keys, COIN_FLIP_MARGIN).verdict).toBe('fail');
    const noisy = Array.from({ length: 5 }, (_, i) => [0.02 * Math.sin(i * 2), -0.02 * Math.sin(i * 2)]);
    expect(payoffsEqual(noisy, keys, COIN_FLIP_MARGIN).verdict).toBe('undecided');
  });

  it('the mistakes claim passes on the published winners and equal payoffs at 50%, and fails when one strategy earns more at 50%', () => {
    const winners = ['titForTat', 'titForTwoTats', 'titForTwoTats', 'titForTwoTats', null, null, 'alwaysDefect', 'alwaysDefect', 'alwaysDefect', null];
    const leaders = winners.map((k) => codes(k ? strategyIndex(k) : TIE, 100));
    const equal = Array.from({ length: 100 }, (_, i) => [1, 2, 3, 4, 5].map((j) => 0.001 * Math.sin(i * j)));
    const contrast = Array.from({ length: 100 }, () => [-0.03, 0.03, -0.05, -0.03, -0.02]);
    expect(judge('trust-mistakes-level', [...leaders, equal, contrast]).verdict).toBe('pass');
    // The contrast at 45% is shown, not judged; an Always Cheat advantage at 50% fails.
    const cheatAhead = equal.map((v) => [v[0] - 0.02, v[1] + 0.02, ...v.slice(2)]);
    const fails = judge('trust-mistakes-level', [...leaders, cheatAhead, contrast]);
    expect(fails.verdict).toBe('fail');
    expect(fails.measured).toContain('Always Cheat +0.020');
    // Who leads at 50% is not judged: Always Cheat leading everywhere changes nothing.
    const allCheat = [...leaders.slice(0, 9), codes(strategyIndex('alwaysDefect'), 100), equal, contrast];
    expect(judge('trust-mistakes-level', allCheat).verdict).toBe('pass');
  });

  it('group size: passes when cooperation falls at both steps, fails when it rises, undecided when a step is within noise', () => {
    expect(judge('ns-group-size', [around(0.9, 0.1), around(0.47, 0.1), around(0.18, 0.1)]).verdict).toBe('pass');
    expect(judge('ns-group-size', [around(0.7, 0.1), around(0.24, 0.1), around(0.33, 0.1)]).verdict).toBe('fail');
    const flat = judge('ns-group-size', [around(0.9, 0.1), around(0.3, 0.3), around(0.3, 0.3, 100).map((v, i) => [v[0] + 0.3 * Math.cos(i * 2.3)])]);
    expect(flat.verdict).toBe('undecided');
    expect(flat.measured).toContain('(published 47%)');
  });

  it('observation: sustained cooperation above c/b and none below passes; a level near one half is undecided', () => {
    const good = [around(0.99, 0.01), around(0.01, 0.01), around(0.8, 0.1), around(0.01, 0.01)];
    expect(judge('ns-observation', good).verdict).toBe('pass');
    expect(judge('ns-observation', [good[0], good[1], around(0.5, 0.3, 20), good[3]]).verdict).toBe('undecided');
    expect(judge('ns-observation', [good[0], around(0.4, 0.05), good[2], good[3]]).verdict).toBe('fail');
  });

  it('partner replacement: falling payoffs pass, a rise of more than 0.05 between neighbours fails', () => {
    const falling = [2.9, 2.8, 1.8, 1.05, 1.02].map((v) => around(v, 0.05));
    expect(judge('cra-partner-replacement', falling).verdict).toBe('pass');
    const rising = [2.9, 2.8, 1.8, 1.05, 1.3].map((v) => around(v, 0.05));
    expect(judge('cra-partner-replacement', rising).verdict).toBe('fail');
  });

  it('generation length: counts runs above 50% cooperation, judged at both ends', () => {
    const runs = (cooperative: number) => Array.from({ length: 100 }, (_, i) => [i < cooperative ? 0.9 : 0.05]);
    expect(judge('ns-generation-length', [runs(10), runs(40), runs(100)]).verdict).toBe('pass');
    expect(judge('ns-generation-length', [runs(50), runs(40), runs(100)]).verdict).toBe('fail');
    expect(judge('ns-generation-length', [runs(25), runs(40), runs(100)]).verdict).toBe('undecided');
  });

  it('the one-off tournament must give the published totals on every seed', () => {
    expect(judge('trust-one-off', [Array.from({ length: 3 }, () => [57, 46, 45, 45, 29])]).verdict).toBe('pass');
    expect(judge('trust-one-off', [[[57, 46, 45, 45, 29], [57, 46, 45, 44, 29]]]).verdict).toBe('fail');
  });
});
