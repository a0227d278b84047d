/**
 * One-at-a-time sensitivity: every lever swept to its minimum and its maximum
 * with the others held where the reference variant has them, on the same
 * seeds (common random numbers), so each bar is a paired difference in the
 * final-quarter value from the reference. Pure: plans and summarises.
 */
import { LEVERS, type LeverKey } from '../../../../sim/scenario/levers.ts';
import { METRIC_INDEX, type MetricKey } from '../../../../sim/metrics.ts';
import type { Scenario } from '../../../../sim/scenario/schema.ts';
import { pairedDifferenceCi } from '../../../../sim/analysis/index.ts';
import { finalQuarterValues } from './aggregate.ts';
import type { EnsemblePlan } from './plan.ts';
import type { TornadoRow } from '../../../charts/tornado.ts';

/** The outcomes a leader asks about first. */
export const SENSITIVITY_METRICS: readonly MetricKey[] = ['morale_mean', 'turnover_annualised'];

/**
 * The reference with one lever held at `value` for the whole run: in its
 * policy and in every organisation-wide policy change that sets it (a lever
 * moved on the page is such a change, at week 1).
 */
function withLeverHeld(reference: Scenario, lever: LeverKey, value: number): Scenario {
  const events = reference.events.map((e) => (e.type === 'policyChange' && e.team === undefined && e.policy[lever] !== undefined ? { ...e, policy: { ...e.policy, [lever]: value } } : e));
  return { ...reference, policy: { ...reference.policy, [lever]: value }, events };
}

/** Scenario 0 is the reference; then lever i at its minimum (1 + 2i) and at its maximum (2 + 2i). */
export function sensitivityPlan(reference: Scenario, runsPerSetting: number, baseSeed: number, weeks: number): EnsemblePlan {
  const scenarios: Scenario[] = [reference];
  for (const spec of LEVERS) {
    for (const value of [spec.min, spec.max]) scenarios.push(withLeverHeld(reference, spec.key, value));
  }
  return { scenarios, runsPerVariant: runsPerSetting, baseSeed, weeks, metricIndices: SENSITIVITY_METRICS.map((m) => METRIC_INDEX[m]) };
}

/** Tornado rows for one outcome, largest swing (max − min effect) first; ties keep the lever table's order. */
export function tornadoRows(values: Float64Array, plan: EnsemblePlan, metric: MetricKey): (TornadoRow & { lever: LeverKey })[] {
  const column = plan.metricIndices.indexOf(METRIC_INDEX[metric]);
  const reference = finalQuarterValues(values, plan, 0, column);
  const rows = LEVERS.map((spec, i) => ({
    lever: spec.key,
    label: spec.label,
    atMin: pairedDifferenceCi(finalQuarterValues(values, plan, 1 + 2 * i, column), reference).mean,
    atMax: pairedDifferenceCi(finalQuarterValues(values, plan, 2 + 2 * i, column), reference).mean,
  }));
  const swing = (r: TornadoRow) => (Number.isFinite(r.atMax - r.atMin) ? Math.abs(r.atMax - r.atMin) : -1);
  return rows.map((row, index) => ({ row, index })).sort((a, b) => swing(b.row) - swing(a.row) || a.index - b.index).map((x) => x.row);
}
