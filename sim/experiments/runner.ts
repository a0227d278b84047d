/**
 * The one runner behind `npm run facts`, the tests and the generated docs.
 *
 * For each seed, every arm an experiment needs is run once (arms that run the
 * same scenario for the same weeks share the run), and each experiment records
 * three numbers: its measure on the treatment run, on the control run, and the
 * paired value (treatment − control, or the experiment's own paired
 * statistic). Per block of seeds, the paired values give a mean, a 95% t
 * interval, and an effect size (Cohen's d_z = mean / sd of the paired values);
 * a block passes when the interval lies wholly on the predicted side of zero,
 * and an experiment passes when every block passes.
 *
 * Pure: no Node, no clock. Seeds are computed independently and summaries are
 * taken in seed order, so splitting seeds over threads gives identical bytes.
 */
import { mean, meanWithCi, sampleSd } from '../analysis/index.ts';
import { ENGINE_VERSION, createRunner } from '../engine/simulation.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { RunResult } from '../types.ts';
import { resolveArm } from './arms.ts';
import { blockSeeds } from './blocks.ts';
import { measureValue } from './measures.ts';
import type { Arm, Calibration, Direction, Experiment, SeedBlock } from './types.ts';

/** Runs a scenario on a seed for a number of weeks (no stories, no log). */
export type RunModel = (scenario: Scenario, seed: number, weeks: number) => RunResult;

/** A RunModel on one engine runner (each run reuses the previous run's arrays; results are identical to runScenario's). */
export function createRunModel(): RunModel {
  const runner = createRunner();
  return (scenario, seed, weeks) => runner.run(scenario, { seed, weeks, stories: false });
}

/** What to compute: experiments and calibrations on blocks of seeds. */
export interface EvidencePlan {
  readonly experiments: readonly Experiment[];
  readonly calibrations: readonly Calibration[];
  readonly blocks: readonly SeedBlock[];
}

/** Numbers each experiment records per seed: its measure on treatment, on control (NaN without one), and the paired value. */
export const VALUES_PER_EXPERIMENT = 3;

/** Length of one seed's values: 3 per experiment, then 1 per calibration. */
export function seedValueCount(plan: Pick<EvidencePlan, 'experiments' | 'calibrations'>): number {
  return plan.experiments.length * VALUES_PER_EXPERIMENT + plan.calibrations.length;
}

/** One seed's values for every experiment and calibration of the plan (see VALUES_PER_EXPERIMENT for the layout). */
export function seedValues(plan: Pick<EvidencePlan, 'experiments' | 'calibrations'>, seed: number, runModel: RunModel): Float64Array {
  const runs = new Map<string, RunResult>();
  const run = (arm: Arm): RunResult => {
    const r = resolveArm(arm);
    let result = runs.get(r.key);
    if (!result) {
      result = runModel(r.scenario, seed, r.weeks);
      runs.set(r.key, result);
    }
    return result;
  };
  const out = new Float64Array(seedValueCount(plan));
  plan.experiments.forEach((e, i) => {
    const treatment = run(e.treatment);
    const control = e.control ? run(e.control) : undefined;
    const t = measureValue(e.measure, treatment);
    const c = control ? measureValue(e.measure, control) : NaN;
    let paired = control ? t - c : t;
    if (e.paired) {
      if (!control || !e.control) throw new Error(`experiment ${e.id}: a paired statistic needs a control arm`);
      const t = resolveArm(e.treatment);
      paired = e.paired.value(treatment, control, { seed, treatment: t.scenario, control: resolveArm(e.control).scenario, weeks: t.weeks });
    }
    out.set([t, c, paired], i * VALUES_PER_EXPERIMENT);
  });
  plan.calibrations.forEach((c, i) => {
    out[plan.experiments.length * VALUES_PER_EXPERIMENT + i] = measureValue(c.measure, run(c.arm));
  });
  return out;
}

/** An experiment on one block of seeds. Numbers that cannot be estimated are null (so the record is plain JSON). */
export interface BlockOutcome {
  /** `start:count`. */
  readonly block: string;
  readonly n: number;
  /** Mean paired value (treatment − control, or the measure itself without a control). */
  readonly mean: number | null;
  /** 95% t interval of the mean paired value. */
  readonly lo: number | null;
  readonly hi: number | null;
  /** Standard deviation of the paired values. */
  readonly sd: number | null;
  /** Cohen's d_z: mean / sd of the paired values (null when sd is 0). */
  readonly effectSize: number | null;
  readonly treatmentMean: number | null;
  readonly controlMean: number | null;
  /** The interval lies wholly on the predicted side of zero. */
  readonly pass: boolean;
}

export interface ExperimentOutcome {
  readonly id: string;
  readonly blocks: readonly BlockOutcome[];
  /** Every block passes. */
  readonly pass: boolean;
}

/** A calibration on one block: the mean of the measure over its seeds, with a 95% t interval. */
export interface CalibrationBlock {
  readonly block: string;
  readonly n: number;
  readonly mean: number | null;
  readonly lo: number | null;
  readonly hi: number | null;
  /** The mean lies in the target range. */
  readonly pass: boolean;
}

export interface CalibrationOutcome {
  readonly id: string;
  readonly lo: number;
  readonly hi: number;
  readonly blocks: readonly CalibrationBlock[];
  readonly pass: boolean;
}

/** The record of a plan's results: plain JSON, identical for any split of the seeds. */
export interface Evidence {
  readonly engineVersion: string;
  readonly blocks: readonly string[];
  readonly experiments: readonly ExperimentOutcome[];
  readonly calibrations: readonly CalibrationOutcome[];
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** True when the whole interval lies on the predicted side of zero (never for an interval that cannot be estimated). */
export function supports(lo: number, hi: number, direction: Direction): boolean {
  return direction === 'higher' ? lo > 0 : hi < 0;
}

/** The summary of one experiment's paired values on one block. */
export function summariseBlock(block: string, direction: Direction, paired: readonly number[], treatment: readonly number[], control: readonly number[]): BlockOutcome {
  const estimate = meanWithCi(paired);
  const [lo, hi] = estimate.ci95;
  const sd = paired.length >= 2 ? sampleSd(paired) : NaN;
  return {
    block,
    n: paired.length,
    mean: finite(estimate.mean),
    lo: finite(lo),
    hi: finite(hi),
    sd: finite(sd),
    effectSize: sd > 0 ? finite(estimate.mean / sd) : null,
    treatmentMean: finite(mean(treatment)),
    controlMean: finite(mean(control)),
    pass: Number.isFinite(lo) && Number.isFinite(hi) && supports(lo, hi, direction),
  };
}

/** Assembles the evidence from each seed's values (as seedValues returns them). */
export function evidenceFromValues(plan: EvidencePlan, valuesOf: (seed: number) => Float64Array): Evidence {
  const bySeed = new Map<number, Float64Array>();
  const values = (seed: number) => {
    let v = bySeed.get(seed);
    if (!v) {
      v = valuesOf(seed);
      bySeed.set(seed, v);
    }
    return v;
  };
  const experiments = plan.experiments.map((e, i): ExperimentOutcome => {
    const blocks = plan.blocks.map((b) => {
      const rows = blockSeeds(b).map(values);
      const at = (k: number) => rows.map((r) => r[i * VALUES_PER_EXPERIMENT + k]);
      return summariseBlock(`${b.start}:${b.count}`, e.direction, at(2), at(0), e.control ? at(1) : []);
    });
    return { id: e.id, blocks, pass: blocks.every((b) => b.pass) };
  });
  const base = plan.experiments.length * VALUES_PER_EXPERIMENT;
  const calibrations = plan.calibrations.map((c, i): CalibrationOutcome => {
    const blocks = plan.blocks.map((b): CalibrationBlock => {
      const estimate = meanWithCi(blockSeeds(b).map((s) => values(s)[base + i]));
      return {
        block: `${b.start}:${b.count}`,
        n: estimate.n,
        mean: finite(estimate.mean),
        lo: finite(estimate.ci95[0]),
        hi: finite(estimate.ci95[1]),
        pass: estimate.mean >= c.lo && estimate.mean <= c.hi,
      };
    });
    return { id: c.id, lo: c.lo, hi: c.hi, blocks, pass: blocks.every((b) => b.pass) };
  });
  return { engineVersion: ENGINE_VERSION, blocks: plan.blocks.map((b) => `${b.start}:${b.count}`), experiments, calibrations };
}

/** Runs a plan in this thread (the Node layer splits seeds over worker threads with the same result). */
export function runEvidence(plan: EvidencePlan, runModel: RunModel = createRunModel()): Evidence {
  return evidenceFromValues(plan, (seed) => seedValues(plan, seed, runModel));
}
