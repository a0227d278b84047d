/** The lever sweep's design and summary (sim/analysis/leverSensitivity.ts). */
import { describe, expect, it } from 'vitest';
import { leverEffects, leverSweepScenarios } from '../../sim/analysis/leverSensitivity.ts';
import { LEVERS } from '../../sim/scenario/levers.ts';
import { DEFAULT_SCENARIO } from '../../sim/index.ts';
import { validateScenario } from '../../sim/scenario/parse.ts';

describe('the lever sweep', () => {
  it('holds each lever at its minimum and its maximum, the others where the reference has them', () => {
    const parsed = validateScenario(DEFAULT_SCENARIO);
    if (!parsed.ok) throw new Error('the default scenario is valid');
    const reference = parsed.scenario;
    const scenarios = leverSweepScenarios(reference);
    expect(scenarios).toHaveLength(1 + 2 * LEVERS.length);
    expect(scenarios[0]).toBe(reference);
    LEVERS.forEach((spec, i) => {
      expect(scenarios[1 + 2 * i].policy[spec.key]).toBe(spec.min);
      expect(scenarios[2 + 2 * i].policy[spec.key]).toBe(spec.max);
      const other = LEVERS[(i + 1) % LEVERS.length].key;
      expect(scenarios[1 + 2 * i].policy[other]).toBe(reference.policy[other]);
    });
  });

  it('ranks levers by swing, paired by seed, ties and incomputable effects in the lever table’s order', () => {
    // Reference runs 1, 2, 3; lever 1 at max is +5 on every seed, lever 2 at min −5; the rest no effect; lever 3 at max is missing.
    const finals = (s: number): number[] => {
      if (s === 2 + 2 * 1) return [6, 7, 8];
      if (s === 1 + 2 * 2) return [-4, -3, -2];
      if (s === 2 + 2 * 3) return [NaN, NaN, NaN];
      return [1, 2, 3];
    };
    const effects = leverEffects(finals);
    expect(effects.slice(0, 2).map((e) => [e.lever, e.atMin, e.atMax])).toEqual([
      [LEVERS[1].key, 0, 5],
      [LEVERS[2].key, -5, 0],
    ]);
    expect(effects.at(-1)!.lever).toBe(LEVERS[3].key);
    expect(effects.slice(2, -1).map((e) => e.lever)).toEqual(LEVERS.filter((_, i) => i > 3 || i === 0).map((l) => l.key));
  });
});
