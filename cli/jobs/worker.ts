/**
 * Worker thread of a job (started by cli/parallel/pool.ts): receives the job's run plan once, warms the engine up,
 * then computes batches of units with the batch core.
 */
import { createUnitComputer, type UnitKind } from '../../sim/batch/compute.ts';
import type { RunPlan } from '../../sim/batch/plan.ts';
import type { Scenario } from '../../sim/index.ts';
import { serveUnits } from '../parallel/unitWorker.ts';

export interface JobWorkerInit {
  readonly plan: RunPlan;
  readonly kind: UnitKind;
  /** The validated warm-up scenario (sim/engine/warmup.ts), run once before the first batch. */
  readonly warmUp?: Scenario;
}

serveUnits((init: JobWorkerInit) => {
  const computer = createUnitComputer();
  // Before the first batch is read (batches queue meanwhile): optimised code that has seen every branch.
  if (init.warmUp) computer.warmUp(init.warmUp);
  return (unit) => computer.unit(init.plan, init.kind, unit);
});
