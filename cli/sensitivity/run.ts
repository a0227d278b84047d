/**
 * Running a Morris screening on worker threads: unit p is design point p (all
 * its seeds), so the results are identical for any number of threads.
 */
import { ENGINE_VERSION } from '../../sim/index.ts';
import { pointCount, rankFactors, studyDelta, type MorrisStudy } from '../../sim/sensitivity/morrisStudy.ts';
import { MORRIS_METHOD, type SensitivityRecord } from '../../sim/sensitivity/table.ts';
import { runTasks } from '../parallel/pool.ts';
import { HEAVY_BATCHES } from '../../sim/batch/sizing.ts';
import { pointComputer } from './compute.ts';

/** Every design point's outputs (in point order), computed on `threads` worker threads. */
export function runStudy(study: MorrisStudy, options: { threads: number; onProgress?: (points: number) => void }): Promise<Float64Array[]> {
  return runTasks({
    entry: new URL('./worker.ts', import.meta.url),
    init: study,
    local: pointComputer,
    units: pointCount(study),
    threads: options.threads,
    limits: HEAVY_BATCHES,
    onProgress: options.onProgress,
  });
}

export interface StudyLabels {
  readonly command: string;
  readonly scenario: string;
  readonly scenarioHash: string;
  readonly variant: string;
  readonly excluded: readonly string[];
}

/** The record of a screening from its points' outputs, using the first `trajectories` trajectories (default: all). */
export function studyRecord(study: MorrisStudy, outputs: readonly Float64Array[], labels: StudyLabels, trajectories = study.trajectories): SensitivityRecord {
  return {
    command: labels.command,
    engineVersion: ENGINE_VERSION,
    scenario: labels.scenario,
    scenarioHash: labels.scenarioHash,
    variant: labels.variant,
    design: {
      method: MORRIS_METHOD,
      trajectories,
      levels: study.levels,
      delta: studyDelta(study),
      designSeed: study.designSeed,
      firstSeed: study.seeds[0],
      runs: study.seeds.length,
      weeks: study.weeks,
      parameters: study.factors.length,
      excluded: labels.excluded,
      points: trajectories * (study.factors.length + 1),
    },
    outputs: rankFactors(study, outputs, trajectories),
  };
}
