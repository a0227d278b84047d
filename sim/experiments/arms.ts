/**
 * Arms: from an experiment's description of a run to a validated scenario and
 * the number of weeks to run. The library's scenario files are imported as
 * data, so experiments need no file system.
 */
import burnoutSpiral from '../../scenarios/burnout-spiral.json' with { type: 'json' };
import creditTaking from '../../scenarios/credit-taking.json' with { type: 'json' };
import customerRipple from '../../scenarios/customer-ripple.json' with { type: 'json' };
import growingFast from '../../scenarios/growing-fast.json' with { type: 'json' };
import healthyTeam from '../../scenarios/healthy-team.json' with { type: 'json' };
import hiringFiveYears from '../../scenarios/hiring-five-years.json' with { type: 'json' };
import layoffsContagion from '../../scenarios/layoffs-contagion.json' with { type: 'json' };
import newLeader from '../../scenarios/new-leader.json' with { type: 'json' };
import psychologicalSafety from '../../scenarios/psychological-safety.json' with { type: 'json' };
import recognition from '../../scenarios/recognition.json' with { type: 'json' };
import silos from '../../scenarios/silos.json' with { type: 'json' };
import takerAmongGivers from '../../scenarios/taker-among-givers.json' with { type: 'json' };
import { validateScenario } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';
import { resolveVariant } from '../scenario/variants.ts';
import type { Arm } from './types.ts';

/** Every scenario file of scenarios/ by file name (a test checks this list against the folder). */
export const SCENARIO_FILES: Readonly<Record<string, unknown>> = {
  'burnout-spiral.json': burnoutSpiral,
  'credit-taking.json': creditTaking,
  'customer-ripple.json': customerRipple,
  'growing-fast.json': growingFast,
  'healthy-team.json': healthyTeam,
  'hiring-five-years.json': hiringFiveYears,
  'layoffs-contagion.json': layoffsContagion,
  'new-leader.json': newLeader,
  'psychological-safety.json': psychologicalSafety,
  'recognition.json': recognition,
  'silos.json': silos,
  'taker-among-givers.json': takerAmongGivers,
};

/** The default scenario's file (calibration targets are checked on it). */
export const DEFAULT_SCENARIO_FILE = 'healthy-team.json';

/** A library file, validated (throws naming the file: our own files must be valid). */
export function libraryScenario(file: string): Scenario {
  const input = SCENARIO_FILES[file];
  if (input === undefined) throw new Error(`no scenario file ${file} in scenarios/ (known: ${Object.keys(SCENARIO_FILES).join(', ')})`);
  return validated(input, file);
}

/** An arm that runs a library file (or one of its variants). */
export function libraryArm(file: string, variant = 'baseline', options: { weeks?: number; name?: string } = {}): Arm {
  if (SCENARIO_FILES[file] === undefined) throw new Error(`no scenario file ${file} in scenarios/`);
  return { name: options.name ?? variant, scenario: SCENARIO_FILES[file], file, variant, weeks: options.weeks };
}

/**
 * The scenario name of every plain experiment arm. A run's luck is its seed combined with the scenario's name, so the
 * two arms of an experiment share a name to share their people and luck (common random numbers).
 */
export const EXPERIMENT_SCENARIO_NAME = 'experiment';

/** An arm that runs a plain scenario object (`schemaVersion` filled in; the scenario named EXPERIMENT_SCENARIO_NAME). */
export function scenarioArm(name: string, input: Record<string, unknown>, options: { weeks?: number } = {}): Arm {
  return { name, scenario: { schemaVersion: 2, name: EXPERIMENT_SCENARIO_NAME, ...input }, weeks: options.weeks };
}

/** An arm resolved for running: the validated scenario, the weeks to run and a key equal for arms that run the same thing. */
export interface ResolvedArm {
  readonly scenario: Scenario;
  readonly weeks: number;
  /** Arms with the same key give the same run on the same seed (so a seed's runs are shared between experiments). */
  readonly key: string;
}

const resolved = new WeakMap<Arm, ResolvedArm>();

/** Resolves an arm once (memoised); throws naming the arm when its scenario, variant or transform is invalid. */
export function resolveArm(arm: Arm): ResolvedArm {
  const cached = resolved.get(arm);
  if (cached) return cached;
  let scenario = validated(arm.scenario, arm.name);
  if (arm.variant !== undefined) {
    const result = resolveVariant(scenario, arm.variant);
    if (!result.ok) throw new Error(`arm "${arm.name}": ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    scenario = result.scenario;
  }
  if (arm.transform) scenario = validated(arm.transform(scenario), `${arm.name} (after its transform)`);
  const weeks = arm.weeks ?? scenario.weeks;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > scenario.weeks) {
    throw new Error(`arm "${arm.name}": weeks must be a whole number from 1 to the scenario's ${scenario.weeks}, got ${weeks}`);
  }
  const value = { scenario, weeks, key: `${weeks}\u0000${JSON.stringify(scenario)}` };
  resolved.set(arm, value);
  return value;
}

function validated(input: unknown, what: string): Scenario {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(`${what}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.scenario;
}
