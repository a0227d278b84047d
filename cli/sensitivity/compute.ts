/** What one thread computes in a Morris screening (kept apart from the pool, so worker bundles stay small). */
import { createRunModel } from '../../sim/experiments/index.ts';
import { pointOutputs, type MorrisStudy } from '../../sim/sensitivity/morrisStudy.ts';

/** Unit p → the outputs of design point p. */
export function pointComputer(study: MorrisStudy): (unit: number) => Float64Array {
  const runModel = createRunModel();
  return (p) => pointOutputs(study, p, runModel);
}
