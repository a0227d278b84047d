/**
 * The weekly outputs, per team and for the whole organisation. This list fixes
 * the column order of every export (CSV, JSON, the worker's typed arrays).
 * Every metric is computed by the engine; the views and the CLI only read them.
 */
export interface MetricSpec {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  /** Display hint: share in [0, 1], a level in [0, 1], a count, or a rate. */
  readonly kind: 'share' | 'level' | 'count' | 'rate';
}

/** Gallup's categories on the model's 0–1 morale: engaged at or above ENGAGED_AT, actively disengaged below DISENGAGED_BELOW. */
export const ENGAGED_AT = 0.7;
export const DISENGAGED_BELOW = 0.3;

const m = (key: string, label: string, kind: MetricSpec['kind'], description: string): MetricSpec => ({ key, label, kind, description });

export const METRICS = [
  m('headcount', 'Headcount', 'count', 'People employed at the end of the week, leaders included.'),
  m('morale_mean', 'Morale (mean)', 'level', 'Mean true morale (engagement) of members, 0–1.'),
  m('morale_sd', 'Morale (spread)', 'level', 'Standard deviation of members’ morale.'),
  m('engaged_share', 'Engaged share', 'share', 'Share of members with morale ≥ 0.7 (Gallup "engaged").'),
  m('disengaged_share', 'Actively disengaged share', 'share', 'Share of members with morale < 0.3 (Gallup "actively disengaged").'),
  m('burnout_share', 'Burnout share', 'share', 'Share of members with energy below the burnout threshold.'),
  m('trust_density', 'Trust density', 'level', 'Mean trust over all existing peer ties, 0–1.'),
  m('trust_in_leader', 'Trust in the leader', 'level', 'Mean trust of members in their leader, 0–1.'),
  m('cross_team_trust', 'Cross-team trust', 'rate', 'Sum of trust on ties that cross team lines, per person (how tied the silos are).'),
  m('help_asked', 'Help asked', 'rate', 'Requests for help per member this week.'),
  m('help_knowledge', 'Knowledge help', 'rate', 'Acts of knowledge sharing per member this week.'),
  m('help_practical', 'Practical help', 'rate', 'Acts of practical assistance per member this week.'),
  m('help_emotional', 'Emotional support', 'rate', 'Acts of emotional support per member this week.'),
  m('help_refused', 'Help refused', 'rate', 'Requests refused per member this week.'),
  m('imbalance_gini', 'Reciprocity imbalance', 'level', 'Share of recent help that goes unreciprocated: Σ|given − received| / Σ(given + received) over members’ decaying ledgers; 0 = every favour returned, 1 = all one-way.'),
  m('withdrawn_share', 'Withdrawn share', 'share', 'Share of members in reciprocity withdrawal (helping no one).'),
  m('withdrawals', 'Withdrawals', 'count', 'People who entered reciprocity withdrawal this week.'),
  m('conflicts', 'Open conflicts', 'count', 'Peer relationships currently in open conflict (resentment above threshold, not yet repaired).'),
  m('repairs', 'Repairs', 'count', 'Conflicts repaired this week (conversation, mediation or apology).'),
  m('quits', 'Quits', 'count', 'Voluntary exits this week.'),
  m('quits_burnout', 'Quits: burnout', 'count', 'Voluntary exits whose main cause was burnout.'),
  m('quits_morale', 'Quits: disengagement', 'count', 'Voluntary exits whose main cause was low morale.'),
  m('quits_leader', 'Quits: the leader', 'count', 'Voluntary exits whose main cause was low trust in the leader.'),
  m('quits_belonging', 'Quits: not belonging', 'count', 'Voluntary exits whose main cause was weak belonging.'),
  m('quits_contagion', 'Quits: following others', 'count', 'Voluntary exits whose main cause was a close colleague’s recent exit.'),
  m('quits_imbalance', 'Quits: walking away', 'count', 'Voluntary exits of people walking away from one-sided relationships.'),
  m('layoffs', 'Layoffs', 'count', 'Involuntary exits this week (layoffs, key person leaving).'),
  m('hires', 'Hires', 'count', 'Newcomers who started this week.'),
  m('turnover_annualised', 'Annualised turnover', 'rate', 'Voluntary quits over the last 13 weeks per average headcount, times 4.'),
  m('early_exits', 'Early-tenure exits', 'count', 'Voluntary exits this week of people with under 26 weeks of tenure.'),
  m('psych_safety', 'Psychological safety', 'level', 'Mean felt psychological safety of members, 0–1.'),
  m('helping_norm', 'Helping norm', 'level', 'The team’s helping norm: the smoothed share of requests that are met.'),
  m('belonging', 'Belonging', 'level', 'Mean sense of belonging of members, 0–1.'),
  m('output', 'Output', 'rate', 'Work completed per member relative to nominal demand.'),
  m('survey_morale', 'Survey morale', 'level', 'Morale as the latest pulse survey reports it (noisy, and inflated where safety is low).'),
  m('customer_loyalty', 'Customer loyalty', 'level', 'Mean loyalty of customers (NaN-free: 0 when the module is off).'),
  m('customer_advocacy', 'Customer advocacy', 'share', 'Share of customers actively recommending the business.'),
  m('customer_value', 'Customer lifetime value', 'rate', 'Cumulative purchases plus referrals per customer, in purchase-value units.'),
  m('quits_givers', 'Quits: givers', 'count', 'Voluntary exits of givers this week (givers burn out and leave first in taker-heavy teams).'),
  m('givers', 'Givers', 'count', 'Members whose reciprocity style is giver, at the end of the week.'),
  m('taker_share', 'Taker share', 'share', 'Share of members whose reciprocity style is taker (how far the culture has drifted).'),
  m('survey_gap', 'Survey gap', 'level', 'Latest pulse-survey morale minus the true morale of the same week (positive = the survey flatters).'),
  m('help_offered', 'Help offered', 'rate', 'Acts of help offered before being asked, per member this week (included in the kinds above).'),
  m('searching_share', 'Looking to leave', 'share', 'Share of members looking for another job.'),
  m('effort', 'Discretionary effort', 'rate', 'Mean discretionary effort of members: a multiple of what their skill and energy let them do (1 = nominal; engaged people get more done).'),
  m('moves', 'Moves between teams', 'count', 'Members who moved into this team from another this week (a transfer instead of a quit).'),
  m('givers_burnout', 'Burnout among givers', 'share', 'Share of givers with energy below the burnout threshold (0 when there are none).'),
] as const satisfies readonly MetricSpec[];

export type MetricKey = (typeof METRICS)[number]['key'];
export const METRIC_KEYS: readonly MetricKey[] = METRICS.map((x) => x.key);
export const METRIC_INDEX: Readonly<Record<MetricKey, number>> = Object.fromEntries(
  METRIC_KEYS.map((k, i) => [k, i]),
) as Record<MetricKey, number>;
