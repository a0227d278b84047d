/**
 * A plan's experiments and calibrations by id, so a worker thread can rebuild
 * the plan from plain data (functions cannot cross threads).
 */
import { calibrationById, experimentById, type EvidencePlan, type SeedBlock } from '../../sim/experiments/index.ts';

export interface PlanIds {
  readonly experiments: readonly string[];
  readonly calibrations: readonly string[];
  readonly blocks: readonly SeedBlock[];
}

export function planIds(plan: EvidencePlan): PlanIds {
  return { experiments: plan.experiments.map((e) => e.id), calibrations: plan.calibrations.map((c) => c.id), blocks: plan.blocks };
}

export function planFromIds(ids: PlanIds): EvidencePlan {
  return { experiments: ids.experiments.map(experimentById), calibrations: ids.calibrations.map(calibrationById), blocks: ids.blocks };
}
