/**
 * Morris screening of the model: every parameter of sim/parameters.ts is a
 * factor over its declared range (whole-number parameters rounded), and each
 * design point is the scenario with those parameter values, run on the same
 * seeds as every other point (common random numbers). The outputs are
 * final-quarter means of morale, annualised turnover, trust in the leader and
 * helping. The statistics are sim/analysis/morris.ts; this file maps the
 * design to scenarios and the runs back to elementary effects. Pure.
 */
import { finalQuarter } from '../results.ts';
import { elementaryEffects, morrisDelta, morrisIndices, morrisTrajectory, rankByMuStar } from '../analysis/index.ts';
import { METRIC_INDEX } from '../metrics.ts';
import { PARAMETERS } from '../parameters.ts';
import { validateScenario } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { RunResult } from '../types.ts';

/** A model parameter screened as a Morris factor. */
export interface MorrisFactor {
  readonly key: string;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

/** An output of the screening, read from a run's final-quarter organisation means. */
export interface SensitivityOutput {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly value: (finalQuarter: Float64Array) => number;
}

const at = (key: keyof typeof METRIC_INDEX) => (fq: Float64Array) => fq[METRIC_INDEX[key]];

export const SENSITIVITY_OUTPUTS: readonly SensitivityOutput[] = [
  { key: 'morale', label: 'Morale', description: 'mean morale of members (morale_mean)', value: at('morale_mean') },
  { key: 'turnover', label: 'Annual turnover', description: 'voluntary quits per head, annualised (turnover_annualised)', value: at('turnover_annualised') },
  { key: 'trust_in_leader', label: 'Trust in the leader', description: 'mean trust of members in their leader (trust_in_leader)', value: at('trust_in_leader') },
  {
    key: 'helping',
    label: 'Helping',
    description: 'acts of help per member per week (help_knowledge + help_practical + help_emotional)',
    value: (fq) => fq[METRIC_INDEX.help_knowledge] + fq[METRIC_INDEX.help_practical] + fq[METRIC_INDEX.help_emotional],
  },
];

/** Every model parameter as a factor, in table order, less those excluded (unknown keys are refused, naming them). */
export function morrisFactors(exclude: readonly string[] = []): MorrisFactor[] {
  const keys = new Set<string>(PARAMETERS.map((p) => p.key));
  const unknown = exclude.filter((k) => !keys.has(k));
  if (unknown.length > 0) throw new RangeError(`unknown model parameter ${unknown.map((k) => JSON.stringify(k)).join(', ')}; parameters: ${[...keys].join(', ')}`);
  return PARAMETERS.filter((p) => !exclude.includes(p.key)).map((p) => ({ key: p.key, min: p.min, max: p.max, integer: p.integer === true }));
}

/** What a screening needs: the scenario, the factors, the design and the seeds every point runs. */
export interface MorrisStudy {
  readonly scenario: Scenario;
  readonly factors: readonly MorrisFactor[];
  readonly trajectories: number;
  readonly levels: number;
  /** Seed of the design (which trajectories are drawn), not of the runs. */
  readonly designSeed: number;
  /** The runs' seeds: every point runs every one of them (common random numbers). */
  readonly seeds: readonly number[];
  readonly weeks: number;
}

/** Points of the design: trajectory t's i-th point is number t × (factors + 1) + i. */
export function pointCount(study: Pick<MorrisStudy, 'factors' | 'trajectories'>): number {
  return study.trajectories * (study.factors.length + 1);
}

function designOptions(study: Pick<MorrisStudy, 'factors' | 'trajectories' | 'levels' | 'designSeed'>) {
  return { factors: study.factors.length, levels: study.levels, trajectories: study.trajectories, seed: study.designSeed };
}

/** A unit-interval coordinate as the parameter's value (rounded for whole-number parameters). */
export function factorValue(f: MorrisFactor, x: number): number {
  const v = Math.min(f.max, Math.max(f.min, f.min + x * (f.max - f.min)));
  return f.integer ? Math.round(v) : v;
}

/** The parameter values of every point of trajectory `t`, one array per point (in factor order). */
export function trajectoryValues(study: Pick<MorrisStudy, 'factors' | 'trajectories' | 'levels' | 'designSeed'>, t: number): { values: Float64Array[]; order: readonly number[] } {
  const trajectory = morrisTrajectory(designOptions(study), t);
  const values = trajectory.points.map((point) => Float64Array.from(point, (x, j) => factorValue(study.factors[j], x)));
  return { values, order: trajectory.order };
}

/** The scenario of a point: the study's scenario with the point's parameter values (validated again). */
export function pointScenario(study: Pick<MorrisStudy, 'scenario' | 'factors'>, values: ArrayLike<number>): Scenario {
  const model: Record<string, number> = { ...study.scenario.model };
  study.factors.forEach((f, j) => (model[f.key] = values[j]));
  const result = validateScenario({ ...study.scenario, model });
  if (!result.ok) throw new Error(`a design point is not a valid scenario (a bug): ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.scenario;
}

/** Runs a scenario on a seed for a number of weeks. */
export type RunModel = (scenario: Scenario, seed: number, weeks: number) => RunResult;

/** The outputs of point `p` (in SENSITIVITY_OUTPUTS order): their means over the study's seeds. */
export function pointOutputs(study: MorrisStudy, p: number, runModel: RunModel): Float64Array {
  const k = study.factors.length;
  const t = Math.floor(p / (k + 1));
  const { values } = trajectoryValues(study, t);
  const scenario = pointScenario(study, values[p % (k + 1)]);
  const out = new Float64Array(SENSITIVITY_OUTPUTS.length);
  for (const seed of study.seeds) {
    const fq = finalQuarter(runModel(scenario, seed, study.weeks));
    SENSITIVITY_OUTPUTS.forEach((o, i) => (out[i] += o.value(fq)));
  }
  for (let i = 0; i < out.length; i++) out[i] /= study.seeds.length;
  return out;
}

/** One parameter's Morris measures on one output. Non-finite numbers are null (plain JSON). */
export interface RankedFactor {
  readonly rank: number;
  readonly parameter: string;
  readonly muStar: number | null;
  readonly sigma: number | null;
  readonly mu: number | null;
  /** Elementary effects used (steps whose output was a number). */
  readonly n: number;
}

export type MorrisRanking = Record<string, RankedFactor[]>;

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * Ranks the factors on every output from the points' outputs (`outputs[p]`, as pointOutputs gives them) of the first
 * `trajectories` trajectories (default: all of the study's).
 */
export function rankFactors(study: MorrisStudy, outputs: readonly Float64Array[], trajectories = study.trajectories): MorrisRanking {
  const k = study.factors.length;
  const effects: Float64Array[][] = SENSITIVITY_OUTPUTS.map(() => []);
  for (let t = 0; t < trajectories; t++) {
    const { values, order } = trajectoryValues(study, t);
    // The change each step really made, on the unit scale (rounding can shorten a whole-number parameter's step).
    const points = values.map((v) => Float64Array.from(v, (value, j) => (value - study.factors[j].min) / (study.factors[j].max - study.factors[j].min)));
    SENSITIVITY_OUTPUTS.forEach((_, i) => {
      const y = points.map((_, q) => outputs[t * (k + 1) + q][i]);
      effects[i].push(elementaryEffects(points, order, y));
    });
  }
  const ranking: MorrisRanking = {};
  SENSITIVITY_OUTPUTS.forEach((o, i) => {
    ranking[o.key] = rankByMuStar(morrisIndices(effects[i], k)).map((index, r) => ({
      rank: r + 1,
      parameter: study.factors[index.factor].key,
      muStar: finite(index.muStar),
      sigma: finite(index.sigma),
      mu: finite(index.mu),
      n: index.n,
    }));
  });
  return ranking;
}

/** Δ of the study's grid. */
export function studyDelta(study: Pick<MorrisStudy, 'levels'>): number {
  return morrisDelta(study.levels);
}
