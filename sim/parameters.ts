/**
 * Model parameters: the numbers inside the mechanisms that a researcher may
 * tune (costs and benefits of help, trust rates, hazards...). Unlike policy
 * levers they are not something a leader controls. Each has a default, a
 * range, a description and where the default comes from (essay section,
 * literature, or "calibrated" with the calibration target named in
 * sim/MODEL.md). The scenario schema's `model` section is built from this table.
 *
 * The engine reads every parameter from here; sim/MODEL.md describes each one (a test checks that it names them all).
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
  p('baseQuitHazard', 0.0015, 0, 0.1, 'Weekly probability of quitting for someone content (calibrated to 8–15% a year for a healthy team, BLS JOLTS).', 'calibrated: BLS JOLTS quits rate'),
  p('contagionWeeks', 8, 0, 52, 'Weeks a close colleague’s exit raises your quit hazard.', 'The Danger of Unchecked Imbalances (turnover contagion; Felps et al. 2009)', true),
  p('contagionStrength', 1.5, 0, 10, 'Extra quit hazard, as a multiple of baseline, while a close colleague’s exit is recent.', 'Felps et al. 2009', false),
  p('hiringDelayWeeks', 8, 0, 52, 'Weeks from a vacancy to the newcomer’s first day.', 'Hiring for Reciprocal Tendencies; time-to-fill surveys', true),
  p('tiesPerPerson', 6, 1, 16, 'Colleagues each person works with closely (directed ties per person).', 'Reciprocity Between Colleagues', true),
  p('workplaceLayers', 1, 0, 1, 'Whether the workplace layers run (1) or only the bare donation game of styles, costs and benefits (0), to reproduce classic results on the evolution of cooperation.', 'The Psychology of Reciprocity; Nowak 2006, Five rules for the evolution of cooperation', true),
  p('burnoutThreshold', 0.3, 0, 1, 'Energy below which a person counts as burnt out.', 'The Dangers of a One-Sided Relationship; assumption (Maslach exhaustion cut-off)'),
  p('energyRecovery', 0.1, 0, 1, 'Fraction of the gap to full energy recovered in a normal week of rest.', 'Championing Work-Life Balance; calibrated'),
  p('overloadStrain', 0.22, 0, 2, 'Energy lost per unit of unmet workload in a week.', 'Championing Work-Life Balance; calibrated'),
  p('demandNoise', 0.18, 0, 1, 'Week-to-week spread (sd) of the work arriving at each person, relative to nominal demand.', 'assumption'),
  p('protectionShield', 0.3, 0, 1, 'Share of excess demand a fully protective leader keeps away from the team (the output cost of protection).', 'Championing Work-Life Balance; Being an Advocate for the Team; assumption'),
  p('askBase', 0.25, 0, 1, 'Probability that an overloaded person asks for help when they feel no psychological safety at all.', 'Creating a Psychologically Safe Environment; Edmondson 1999'),
  p('askSafetyGain', 0.65, 0, 1, 'Extra probability of asking for help at full psychological safety.', 'Creating a Psychologically Safe Environment; Edmondson 1999'),
  p('matcherTolerance', 0.25, 0, 2, 'How far a matcher lets the ledger run in the other person’s favour before refusing (in benefit units).', 'Reciprocity Between Colleagues; generous tit-for-tat (Nowak & Sigmund 1992)'),
  p('matcherForgiveness', 0.15, 0, 1, 'Probability that a matcher helps anyway although the ledger is against the asker (generosity).', 'Nowak & Sigmund 1992 (generous tit-for-tat)'),
  p('takerHelp', 0.15, 0, 1, 'Base probability that a taker helps when asked.', 'Grant 2013, Give and Take'),
  p('leaderTrustGain', 0.035, 0, 1, 'Weekly fraction of the gap to the deserved level of trust in the leader that is regained (slow).', 'Building Trust Through Consistent Action; calibrated: months to rebuild'),
  p('leaderTrustFall', 0.15, 0, 1, 'Weekly fraction of the gap closed when the deserved level of trust is below the current one (fast).', 'Rebuilding Trust After a Breach'),
  p('breachMemoryWeeks', 26, 1, 260, 'Weeks over which the memory of a breach halves; while it lasts, trust is rebuilt more slowly.', 'Rebuilding Trust After a Breach; assumption', true),
  p('resentmentRate', 0.35, 0, 2, 'Resentment added per week per unit of one-sided ledger beyond the tolerated level.', 'Recognizing the Signs of an Imbalance; The Danger of Unchecked Imbalances'),
  p('voiceRate', 0.45, 0, 1, 'Weekly chance, at full psychological safety, that a person names a building imbalance (an early, honest conversation that clears the resentment and rebalances the ledger) or opens a conversation about an open conflict; scales with safety squared.', 'The Importance of Open and Honest Conversation; The Role of Communication in Reciprocity; Recognizing the Signs of an Imbalance; Edmondson 1999'),
  p('conflictThreshold', 0.5, 0, 2, 'Resentment at which a relationship turns into open conflict and the person withdraws from the other.', 'The Danger of Unchecked Imbalances'),
  p('repairBase', 0.04, 0, 1, 'Weekly probability of an open conversation about a conflict with no safety, empathy or training.', 'The Importance of Open and Honest Conversation'),
  p('mediationRate', 0.3, 0, 1, 'Weekly probability that a fully willing leader mediates an open conflict.', 'The Leader as a Mediator'),
  p('repairBonus', 0.08, 0, 1, 'Trust added beyond its pre-conflict level when a conflict is repaired (a repaired bond can end stronger).', 'Learning and Growth from Challenges'),
  p('walkAwayWeeks', 16, 1, 104, 'Weeks of unrepaired conflict after which a person sets a boundary and stops working closely with the other.', 'Knowing When to Walk Away', true),
  p('moraleRate', 0.12, 0, 1, 'Weekly fraction of the gap to the morale a person’s situation warrants that is closed.', 'assumption; calibrated to Gallup engagement shares'),
  p('recognitionWeight', 0.3, 0, 1, 'Weight of recent recognition (leader and peers) in morale.', 'Providing Recognition and Appreciation; calibrated'),
  p('dispositionSd', 0.12, 0, 0.5, 'Spread (sd) of people’s baseline morale (disposition), independent of the workplace.', 'calibrated to Gallup engagement shares'),
  p('moraleHazard', 9, 0, 50, 'Extra quit hazard, as a multiple of baseline, at zero morale (linear below morale 0.5).', 'calibrated: BLS JOLTS; Gallup (disengaged employees quit more)'),
  p('burnoutHazard', 3, 0, 50, 'Extra quit hazard, as a multiple of baseline, while burnt out.', 'The Dangers of a One-Sided Relationship; calibrated'),
  p('leaderHazard', 4, 0, 50, 'Extra quit hazard, as a multiple of baseline, at zero trust in the leader (linear below 0.5).', 'The Leader-Employee Dynamic; "people leave managers"'),
  p('belongingHazard', 4, 0, 50, 'Extra quit hazard, as a multiple of baseline, at zero belonging (linear below 0.5).', 'Creating an Inclusive Environment'),
  p('imbalanceHazard', 2, 0, 50, 'Extra quit hazard, as a multiple of baseline, per open conflict a person is in (walking away).', 'Knowing When to Walk Away'),
  p('newcomerHazard', 2.5, 0, 50, 'Extra quit hazard, as a multiple of baseline, for a newcomer (first 26 weeks) with no belonging.', 'The Power of Mentorship and Sponsorship; early-tenure turnover'),
  p('serviceLagRate', 0.12, 0, 1, 'Weekly rate at which service quality follows frontline morale (the lag of the customer chain).', 'The Employee’s Role as the Face of the Business; Heskett et al. service-profit chain'),
  p('loyaltyRate', 0.05, 0, 1, 'Weekly rate at which a customer’s loyalty follows the service they get.', 'The Customer’s Reciprocal Response: Loyalty'),
] as const satisfies readonly ParameterSpec[];

export type ParameterKey = (typeof PARAMETERS)[number]['key'];
export type ModelParameters = Record<ParameterKey, number>;

export function defaultParameters(): ModelParameters {
  const params = {} as ModelParameters;
  for (const spec of PARAMETERS) params[spec.key] = spec.defaultValue;
  return params;
}
