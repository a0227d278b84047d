/**
 * Model parameters: the numbers inside the mechanisms that a researcher may
 * tune (costs and benefits of help, trust rates, hazards...). Unlike policy
 * levers they are not something a leader controls. Each has a default, a
 * range, a description and where the default comes from (essay section,
 * literature, or "calibrated" with the calibration target named in
 * sim/MODEL.md). The scenario schema's `model` section is built from this table.
 *
 * OWNER NOTE: the engine reads every parameter from here; keep MODEL.md in step.
 */
export interface ParameterSpec {
  readonly key: string;
  readonly description: string;
  readonly defaultValue: number;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly source: string;
}

const p = (
  key: string,
  defaultValue: number,
  min: number,
  max: number,
  description: string,
  source: string,
  integer = false,
): ParameterSpec => ({ key, defaultValue, min, max, description, source, integer });

export const PARAMETERS = [
  p('knowledgeCost', 0.02, 0, 1, 'Energy a helper spends sharing knowledge once.', 'Sharing Knowledge and Expertise; donation game (Nowak 2006)'),
  p('knowledgeBenefit', 0.06, 0, 1, 'Workload relief and skill the receiver gains from shared knowledge.', 'Sharing Knowledge and Expertise'),
  p('practicalCost', 0.05, 0, 1, 'Energy a helper spends on hands-on practical help.', 'Providing Practical and Timely Assistance'),
  p('practicalBenefit', 0.12, 0, 1, 'Workload relief the receiver gains from practical help.', 'Providing Practical and Timely Assistance'),
  p('emotionalCost', 0.02, 0, 1, 'Energy a helper spends on emotional support.', 'Offering Emotional Support and Encouragement'),
  p('emotionalBenefit', 0.06, 0, 1, 'Energy and morale the receiver regains from emotional support.', 'Offering Emotional Support and Encouragement'),
  p('trustGain', 0.04, 0, 1, 'Fraction of the remaining distance to full trust gained per reliable exchange (slow to build).', 'Building Trust Through Consistent Action'),
  p('trustLossRefusal', 0.12, 0, 1, 'Trust lost when someone you helped refuses you (fast to lose).', 'Building Trust Through Consistent Action; Rebuilding Trust After a Breach'),
  p('breachTrustLoss', 0.35, 0, 1, 'Trust in the leader lost in one credit-taking breach.', 'Rebuilding Trust After a Breach'),
  p('ledgerDecay', 0.97, 0, 1, 'Weekly retention of the reciprocity ledger (0.97 halves an unreturned favour in about 23 weeks).', 'The Continuous Nature of Relationship Maintenance'),
  p('baseQuitHazard', 0.0012, 0, 0.1, 'Weekly probability of quitting for someone content (calibrated to 8–15% a year for a healthy team, BLS JOLTS).', 'calibrated: BLS JOLTS quits rate'),
  p('contagionWeeks', 8, 0, 52, 'Weeks a close colleague’s exit raises your quit hazard.', 'The Danger of Unchecked Imbalances (turnover contagion; Felps et al. 2009)', true),
  p('contagionStrength', 1.5, 0, 10, 'Extra quit hazard, as a multiple of baseline, while a close colleague’s exit is recent.', 'Felps et al. 2009', false),
  p('hiringDelayWeeks', 8, 0, 52, 'Weeks from a vacancy to the newcomer’s first day.', 'Hiring for Reciprocal Tendencies; time-to-fill surveys', true),
  p('tiesPerPerson', 6, 1, 16, 'Colleagues each person works with closely (directed ties per person).', 'Reciprocity Between Colleagues', true),
] as const satisfies readonly ParameterSpec[];

export type ParameterKey = (typeof PARAMETERS)[number]['key'];
export type ModelParameters = Record<ParameterKey, number>;

export function defaultParameters(): ModelParameters {
  const params = {} as ModelParameters;
  for (const spec of PARAMETERS) params[spec.key] = spec.defaultValue;
  return params;
}
