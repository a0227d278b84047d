/**
 * The lever sweep as an ensemble: the design and its summary are
 * sim/analysis/leverSensitivity.ts; this plans its runs for the ensemble
 * workers and reads their final quarters from the ensemble's block.
 */
import { METRIC_INDEX, type MetricKey } from '../../../../sim/metrics.ts';
import type { Scenario } from '../../../../sim/scenario/schema.ts';
import { LEVER_SENSITIVITY_METRICS, leverEffects, leverSweepScenarios, type LeverEffect } from '../../../../sim/analysis/leverSensitivity.ts';
import { finalQuarterValues } from './aggregate.ts';
import type { EnsemblePlan } from './plan.ts';

/** The outcomes a leader asks about first. */
export const SENSITIVITY_METRICS: readonly MetricKey[] = LEVER_SENSITIVITY_METRICS;

/** The sweep's runs: every design scenario on the same `runsPerSetting` seeds, keeping the sensitivity metrics. */
export function sensitivityPlan(reference: Scenario, runsPerSetting: number, baseSeed: number, weeks: number): EnsemblePlan {
  return { scenarios: leverSweepScenarios(reference), runsPerVariant: runsPerSetting, baseSeed, weeks, metricIndices: SENSITIVITY_METRICS.map((m) => METRIC_INDEX[m]) };
}

/** Tornado rows for one outcome, largest swing first. */
export function tornadoRows(values: Float64Array, plan: EnsemblePlan, metric: MetricKey): LeverEffect[] {
  const column = plan.metricIndices.indexOf(METRIC_INDEX[metric]);
  return leverEffects((scenario) => finalQuarterValues(values, plan, scenario, column));
}
