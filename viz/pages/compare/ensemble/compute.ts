/**
 * The work an ensemble worker does for one batch: the batch core's computer
 * (sim/batch/compute.ts) runs each unit of the plan and keeps the
 * organisation's series of the chosen metrics as one block. The browser
 * worker and the unit tests call the same function.
 */
import { createUnitComputer } from '../../../../sim/batch/compute.ts';
import type { UnitRange } from '../../../../sim/batch/plan.ts';
import { runPlanOf, type EnsemblePlan } from './plan.ts';

/** One computer per worker: each run reuses the arrays of the one before (bit-identical results). */
const computer = createUnitComputer();

export function computeBatch(plan: EnsemblePlan, batch: UnitRange): Float64Array {
  return computer.seriesBlock(runPlanOf(plan), plan.metricIndices, batch);
}
