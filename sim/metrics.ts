/**
 * The weekly outputs, per team and for the whole organisation. This list fixes
 * the column order of every export (CSV, JSON, Parquet, the worker's typed
 * arrays) and is the source of the metrics reference in docs/cli.md (`npm run
 * gen`). Every metric is computed by the engine; the views and the CLI only
 * read them.
 */
export interface MetricSpec {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  /** Display hint: share in [0, 1], a level in [0, 1], a count, or a rate. */
  readonly kind: 'share' | 'level' | 'count' | 'rate';
  /** The unit of a value, as an analyst reads the column. */
  readonly unit: string;
  /** Who is counted: members only (leaders excluded), everyone employed (leaders included), or the team's customers. */
  readonly counts: 'members' | 'everyone' | 'customers';
  /** A note on who is counted, where the short answer needs one (e.g. which leaders' exits count). */
  readonly countsNote?: string;
  /** A count of events in the week (a flow, such as quits): `--summary` also reports its total over the run. */
  readonly flow?: boolean;
  /** Every value lies in [low, high]; confidence intervals are clipped to it. */
  readonly range?: readonly [number, number];
}

interface Extra {
  readonly counts?: MetricSpec['counts'];
  readonly countsNote?: string;
  readonly flow?: boolean;
  readonly range?: readonly [number, number];
}

const UNIT: readonly [number, number] = [0, 1];
const NON_NEGATIVE: readonly [number, number] = [0, Infinity];

/** Gallup's categories on the model's 0–1 morale: engaged at or above ENGAGED_AT, actively disengaged below DISENGAGED_BELOW. */
export const ENGAGED_AT = 0.7;
export const DISENGAGED_BELOW = 0.3;

const m = (key: string, label: string, kind: MetricSpec['kind'], unit: string, description: string, extra: Extra = {}): MetricSpec => ({
  key,
  label,
  kind,
  unit,
  description,
  counts: extra.counts ?? 'members',
  ...(extra.countsNote ? { countsNote: extra.countsNote } : {}),
  ...(extra.flow ? { flow: true } : {}),
  range: extra.range ?? (kind === 'share' ? UNIT : kind === 'count' ? NON_NEGATIVE : undefined),
});

const SHARE = 'share of members, 0–1';
const LEVEL = 'level, 0–1';
const PER_MEMBER = 'acts per member per week';
const EXITS = 'people per week';

export const METRICS = [
  m('headcount', 'Headcount', 'count', 'people', 'People employed at the end of the week, leaders included.', { counts: 'everyone' }),
  m('morale_mean', 'Morale (mean)', 'level', LEVEL, 'Mean true morale (engagement) of members, 0–1.', { range: UNIT }),
  m('morale_sd', 'Morale (spread)', 'level', 'level, 0–0.5', 'Standard deviation of members’ morale.', { range: [0, 0.5] }),
  m('engaged_share', 'Engaged share', 'share', SHARE, 'Share of members with morale ≥ 0.7 (Gallup "engaged").'),
  m('disengaged_share', 'Actively disengaged share', 'share', SHARE, 'Share of members with morale < 0.3 (Gallup "actively disengaged").'),
  m('burnout_share', 'Burnout share', 'share', SHARE, 'Share of members with energy below the burnout threshold.'),
  m('trust_density', 'Trust density', 'level', 'level, 0–1 (mean over ties)', 'Mean trust over all existing peer ties, 0–1.', { range: UNIT }),
  m('trust_in_leader', 'Trust in the leader', 'level', LEVEL, 'Mean trust of members in their leader, 0–1.', { range: UNIT }),
  m('cross_team_trust', 'Cross-team trust', 'rate', 'trust per member (sum over cross-team ties)', 'Sum of trust on ties that cross team lines, per person (how tied the silos are).', { range: NON_NEGATIVE }),
  m('help_asked', 'Help asked', 'rate', 'requests per member per week', 'Requests for help per member this week.', { range: NON_NEGATIVE }),
  m('help_knowledge', 'Knowledge help', 'rate', PER_MEMBER, 'Acts of knowledge sharing per member this week.', { range: NON_NEGATIVE }),
  m('help_practical', 'Practical help', 'rate', PER_MEMBER, 'Acts of practical assistance per member this week.', {
    range: NON_NEGATIVE,
    countsNote: 'the acts include the leader’s help when leading by example; the divisor is members',
  }),
  m('help_emotional', 'Emotional support', 'rate', PER_MEMBER, 'Acts of emotional support per member this week.', { range: NON_NEGATIVE }),
  m('help_refused', 'Help refused', 'rate', 'refusals per member per week', 'Requests refused per member this week.', { range: NON_NEGATIVE }),
  m('imbalance_gini', 'Reciprocity imbalance', 'level', 'index, 0–1', 'Share of recent help that goes unreciprocated: Σ|given − received| / Σ(given + received) over members’ decaying ledgers; 0 = every favour returned, 1 = all one-way.', { range: UNIT }),
  m('withdrawn_share', 'Withdrawn share', 'share', SHARE, 'Share of members in reciprocity withdrawal (helping no one).'),
  m('withdrawals', 'Withdrawals', 'count', EXITS, 'People who entered reciprocity withdrawal this week.', { flow: true }),
  m('conflicts', 'Open conflicts', 'count', 'open conflicts (summed over members’ ties)', 'Peer relationships currently in open conflict (resentment above threshold, not yet repaired).'),
  m('repairs', 'Repairs', 'count', 'repairs per week', 'Conflicts repaired this week (conversation, mediation or apology).', { flow: true }),
  m('quits', 'Quits', 'count', EXITS, 'Voluntary exits this week.', { flow: true }),
  m('quits_burnout', 'Quits: burnout', 'count', EXITS, 'Voluntary exits whose main cause was burnout.', { flow: true }),
  m('quits_morale', 'Quits: disengagement', 'count', EXITS, 'Voluntary exits whose main cause was low morale.', { flow: true }),
  m('quits_leader', 'Quits: the leader', 'count', EXITS, 'Voluntary exits whose main cause was low trust in the leader.', { flow: true }),
  m('quits_belonging', 'Quits: not belonging', 'count', EXITS, 'Voluntary exits whose main cause was weak belonging.', { flow: true }),
  m('quits_contagion', 'Quits: following others', 'count', EXITS, 'Voluntary exits whose search began because close colleagues were looking (or had left).', { flow: true }),
  m('quits_imbalance', 'Quits: walking away', 'count', EXITS, 'Voluntary exits of people walking away from one-sided relationships.', { flow: true }),
  m('layoffs', 'Layoffs', 'count', EXITS, 'Involuntary exits this week (layoffs, key person leaving).', {
    flow: true,
    counts: 'everyone',
    countsNote: 'layoff events spare leaders; a leader replaced by a newLeader event counts here',
  }),
  m('hires', 'Hires', 'count', EXITS, 'Newcomers who started this week.', { flow: true, counts: 'everyone', countsNote: 'new leaders (newLeader events) count here' }),
  m('turnover_annualised', 'Annualised turnover', 'rate', 'quits per head per year (0.12 = 12%)', 'Voluntary quits over the last 13 weeks per average headcount, times 4.', {
    range: NON_NEGATIVE,
    countsNote: 'members’ quits over headcount with leaders',
  }),
  m('early_exits', 'Early-tenure exits', 'count', EXITS, 'Voluntary exits this week of people with under 26 weeks of tenure.', { flow: true }),
  m('psych_safety', 'Psychological safety', 'level', LEVEL, 'Mean felt psychological safety of members, 0–1.', { range: UNIT }),
  m('helping_norm', 'Helping norm', 'level', LEVEL, 'The team’s helping norm: the mean of members’ perceived norms, learnt from the share of their requests that are met and from colleagues.', { range: UNIT }),
  m('belonging', 'Belonging', 'level', LEVEL, 'Mean sense of belonging of members, 0–1.', { range: UNIT }),
  m('output', 'Output', 'rate', 'work per member, in weeks of nominal demand', 'Work completed per member relative to nominal demand.'),
  m('survey_morale', 'Survey morale', 'level', LEVEL, 'Morale as the latest pulse survey reports it (noisy, and inflated where safety is low).', { range: UNIT }),
  m('customer_loyalty', 'Customer loyalty', 'level', 'level, 0–1 (mean over customers)', 'Mean loyalty of customers (0 when the module is off).', { counts: 'customers', range: UNIT }),
  m('customer_advocacy', 'Customer advocacy', 'share', 'share of customers, 0–1', 'Share of customers actively recommending the business.', { counts: 'customers' }),
  m('customer_value', 'Customer lifetime value', 'rate', 'purchase-value units per customer', 'Cumulative purchases plus referrals per customer, in purchase-value units.', { counts: 'customers', range: NON_NEGATIVE }),
  m('quits_givers', 'Quits: givers', 'count', EXITS, 'Voluntary exits of givers this week (givers burn out and leave first in taker-heavy teams).', { flow: true }),
  m('givers', 'Givers', 'count', 'people', 'Members whose reciprocity style is giver, at the end of the week.'),
  m('taker_share', 'Taker share', 'share', SHARE, 'Share of members whose reciprocity style is taker (how far the culture has drifted).'),
  m('survey_gap', 'Survey gap', 'level', 'difference of levels, −1 to 1', 'Latest pulse-survey morale minus the true morale of the same week (positive = the survey flatters).', { range: [-1, 1] }),
  m('help_offered', 'Help offered', 'rate', PER_MEMBER, 'Acts of help offered before being asked, per member this week (included in the kinds above).', { range: NON_NEGATIVE }),
  m('searching_share', 'Looking to leave', 'share', SHARE, 'Share of members looking for another job.'),
  m('effort', 'Discretionary effort', 'rate', 'multiple of capacity (1 = nominal)', 'Mean discretionary effort of members: a multiple of what their skill and energy let them do (1 = nominal; engaged people get more done).', { range: [0, 2] }),
  m('moves', 'Moves between teams', 'count', EXITS, 'Members who moved into this team from another this week (a transfer instead of a quit).', { flow: true }),
  m('givers_burnout', 'Burnout among givers', 'share', 'share of givers, 0–1', 'Share of givers with energy below the burnout threshold (0 when there are none).'),
] as const satisfies readonly MetricSpec[];

export type MetricKey = (typeof METRICS)[number]['key'];
export const METRIC_KEYS: readonly MetricKey[] = METRICS.map((x) => x.key);
export const METRIC_INDEX: Readonly<Record<MetricKey, number>> = Object.fromEntries(
  METRIC_KEYS.map((k, i) => [k, i]),
) as Record<MetricKey, number>;

/**
 * Indices of the metrics that are missing (NaN) for a unit with no members this week: every level, share and
 * per-member rate. Counts stay 0, and customer metrics are about customers, not members.
 */
export const MISSING_WITHOUT_MEMBERS: readonly number[] = METRICS.flatMap((spec, i) =>
  (spec as MetricSpec).kind !== 'count' && (spec as MetricSpec).counts !== 'customers' ? [i] : [],
);
