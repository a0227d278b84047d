/** What one thread computes for the evidence runner (kept apart from the pool, so worker bundles stay small). */
import { createRunModel, seedValues } from '../../sim/experiments/index.ts';
import { planFromIds, type PlanIds } from './plan.ts';

export interface EvidenceInit {
  readonly plan: PlanIds;
  readonly seeds: readonly number[];
}

/** Unit u → the values of seed `seeds[u]`. */
export function seedComputer(init: EvidenceInit): (unit: number) => Float64Array {
  const plan = planFromIds(init.plan);
  const runModel = createRunModel();
  return (unit) => seedValues(plan, init.seeds[unit], runModel);
}
