/**
 * Model parameters: every number inside the weekly model's mechanisms (costs
 * and benefits of help, rates, thresholds, hazards, starting levels). Unlike
 * policy levers they are not something a leader controls. Each has a default,
 * a range, a unit, a one-line meaning and where the default comes from (an
 * essay section, a published source, "calibrated" with the target named in
 * sim/MODEL.md §9, or "assumption"). The tables live by process in
 * sim/parameters/; the scenario schema's `model` section, MODEL.md's parameter
 * tables (`npm run gen`) and the sensitivity analysis are built from them.
 *
 * The engine reads every number from here: a test fails when a process file in
 * sim/engine holds a numeric literal other than 0, 1, −1 and 2.
 */
import { HELPING_PARAMETERS } from './parameters/helping.ts';
import { LEADER_PARAMETERS } from './parameters/leader.ts';
import { ORGANISATION_PARAMETERS } from './parameters/organisation.ts';
import { NETWORK_PARAMETERS } from './parameters/network.ts';
import { RELATIONSHIP_PARAMETERS } from './parameters/relationships.ts';
import { SAFETY_PARAMETERS } from './parameters/safety.ts';
import type { ParameterSpec } from './parameters/spec.ts';
import { TURNOVER_PARAMETERS } from './parameters/turnover.ts';
import { WELLBEING_PARAMETERS } from './parameters/wellbeing.ts';
import { WORK_PARAMETERS } from './parameters/work.ts';

export type { ParameterSpec } from './parameters/spec.ts';

export const PARAMETERS = [
  ...WORK_PARAMETERS,
  ...LEADER_PARAMETERS,
  ...SAFETY_PARAMETERS,
  ...HELPING_PARAMETERS,
  ...RELATIONSHIP_PARAMETERS,
  ...NETWORK_PARAMETERS,
  ...WELLBEING_PARAMETERS,
  ...TURNOVER_PARAMETERS,
  ...ORGANISATION_PARAMETERS,
] as const satisfies readonly ParameterSpec[];

export type ParameterKey = (typeof PARAMETERS)[number]['key'];
export type ModelParameters = Record<ParameterKey, number>;

export function defaultParameters(): ModelParameters {
  const params = {} as ModelParameters;
  for (const spec of PARAMETERS) params[spec.key] = spec.defaultValue;
  return params;
}

/** Keys of engine 1's model parameters that engine 2 no longer has (scenario migration drops them with a notice). */
export const RETIRED_PARAMETERS: Readonly<Record<string, string>> = {
  contagionWeeks:
    'engine 2 has no fixed contagion window: a colleague’s exit spreads through their job search, the ties it removes and the work it leaves (see contagionStrength)',
};
