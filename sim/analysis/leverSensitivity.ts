/**
 * One-at-a-time lever sensitivity (the compare page's tornado, "where should a
 * leader start?"): every policy lever swept to its minimum and to its maximum
 * with the others held where the reference has them, on the same seeds
 * (common random numbers), so each bar is a paired difference in the
 * final-quarter value from the reference. Pure: designs the scenarios and
 * summarises their runs; running them is the batch core's (sim/batch/).
 */
import { LEVERS, type LeverKey } from '../scenario/levers.ts';
import type { MetricKey } from '../metrics.ts';
import type { Scenario } from '../scenario/schema.ts';
import { pairedDifferenceCi } from './confidence.ts';

/** The outcomes a leader asks about first. */
export const LEVER_SENSITIVITY_METRICS: readonly MetricKey[] = ['morale_mean', 'turnover_annualised'];

/**
 * The reference with one lever held at `value` for the whole run: in its
 * policy and in every organisation-wide policy change that sets it (a lever
 * moved on the page is such a change, at week 1).
 */
export function withLeverHeld(reference: Scenario, lever: LeverKey, value: number): Scenario {
  const events = reference.events.map((e) => (e.type === 'policyChange' && e.team === undefined && e.policy[lever] !== undefined ? { ...e, policy: { ...e.policy, [lever]: value } } : e));
  return { ...reference, policy: { ...reference.policy, [lever]: value }, events };
}

/** The design's scenarios: 0 is the reference; then lever i at its minimum (1 + 2i) and at its maximum (2 + 2i), in LEVERS order. */
export function leverSweepScenarios(reference: Scenario): Scenario[] {
  const scenarios: Scenario[] = [reference];
  for (const spec of LEVERS) {
    for (const value of [spec.min, spec.max]) scenarios.push(withLeverHeld(reference, spec.key, value));
  }
  return scenarios;
}

/** A lever's effect on one outcome: the mean paired difference from the reference with the lever at its minimum and at its maximum. */
export interface LeverEffect {
  readonly lever: LeverKey;
  readonly label: string;
  readonly atMin: number;
  readonly atMax: number;
}

/**
 * Every lever's effect, largest swing (max − min effect) first; ties, and levers whose effect cannot be computed, keep
 * the lever table's order (the latter last). `finals(s)` gives the per-run final-quarter values of design scenario `s`,
 * in seed order.
 */
export function leverEffects(finals: (scenario: number) => ArrayLike<number>): LeverEffect[] {
  const reference = finals(0);
  const rows = LEVERS.map((spec, i) => ({
    lever: spec.key,
    label: spec.label,
    atMin: pairedDifferenceCi(finals(1 + 2 * i), reference).mean,
    atMax: pairedDifferenceCi(finals(2 + 2 * i), reference).mean,
  }));
  const swing = (r: LeverEffect) => (Number.isFinite(r.atMax - r.atMin) ? Math.abs(r.atMax - r.atMin) : -1);
  return rows.map((row, index) => ({ row, index })).sort((a, b) => swing(b.row) - swing(a.row) || a.index - b.index).map((x) => x.row);
}
