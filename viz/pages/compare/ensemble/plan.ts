/**
 * An ensemble as the batch core's run plan (sim/batch/plan.ts): run r is
 * unit r of the plan — variant ⌊r / runsPerVariant⌋ on seed
 * `baseSeed + (r mod runsPerVariant)` (mod 2^32) — numbered exactly as the
 * CLI numbers a compare job's units, so every variant sees the same seeds
 * (common random numbers). The kept values are a block of series
 * (sim/results.ts): run-major, then week, then kept metric.
 */
import { seedsFrom, unitCount, unitTask, type RunPlan } from '../../../../sim/batch/plan.ts';
import { blockStride, type SeriesBlock } from '../../../../sim/results.ts';
import type { Scenario } from '../../../../sim/scenario/schema.ts';

/** What to run: one resolved scenario per variant, the same seeds for each. */
export interface EnsemblePlan {
  /** The scenario each variant runs (already resolved; `variants` empty). */
  readonly scenarios: readonly Scenario[];
  readonly runsPerVariant: number;
  readonly baseSeed: number;
  readonly weeks: number;
  /** Metric columns kept (indices into METRIC_KEYS), organisation level only. */
  readonly metricIndices: readonly number[];
}

const runPlans = new WeakMap<EnsemblePlan, RunPlan>();

/** The ensemble as the batch core's run plan (made once per plan). */
export function runPlanOf(plan: EnsemblePlan): RunPlan {
  let runPlan = runPlans.get(plan);
  if (!runPlan) {
    runPlan = { scenarios: plan.scenarios, seeds: seedsFrom(plan.baseSeed, plan.runsPerVariant), weeks: plan.weeks };
    runPlans.set(plan, runPlan);
  }
  return runPlan;
}

/** The seed of run `run`. */
export function seedOf(plan: EnsemblePlan, run: number): number {
  return unitTask(runPlanOf(plan), run).seed;
}

/** The variant of run `run`. */
export function variantOf(plan: EnsemblePlan, run: number): number {
  return unitTask(runPlanOf(plan), run).scenario;
}

export function totalRuns(plan: EnsemblePlan): number {
  return unitCount(runPlanOf(plan));
}

/** The layout of the kept values: every run's weeks × kept metrics. */
export function blockOf(plan: Pick<EnsemblePlan, 'weeks' | 'metricIndices'>): SeriesBlock {
  return { weeks: plan.weeks, columns: plan.metricIndices.length };
}

/** Numbers stored per run: weeks × kept metrics. */
export function runStride(plan: Pick<EnsemblePlan, 'weeks' | 'metricIndices'>): number {
  return blockStride(blockOf(plan));
}
