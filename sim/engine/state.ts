/**
 * The engine's whole state, declared once. Each field of a person, a tie or a
 * team is one row below: its typed-array kind, the range its values keep
 * (checked by property tests over random scenarios and long runs), the value a
 * freshly placed person or tie starts from, and what it means. Allocation,
 * the reset of a reused slot and the range checks are derived from these rows,
 * so a new state variable is one line here.
 *
 * People are struct-of-arrays indexed by storage slot; ties are sparse and
 * directed, `K` slots per person (slot * K + k), always kept in pairs (a→b with
 * b→a); teams are indexed by scenario order. Slots are reused when people
 * leave; person ids never are (a newcomer gets a new id, so time series and
 * exit logs stay unambiguous). Everything is structured-cloneable, so a
 * snapshot is a copy of this object.
 */
import type { LeverKey } from '../scenario/levers.ts';
import { LEVER_KEYS } from '../scenario/levers.ts';
import type { ScenarioEvent } from '../scenario/schema.ts';
import type { Happening } from '../narrate/happenings.ts';

type Kind = 'u8' | 'u16' | 'i16' | 'i32' | 'f32';
type ArrayOf<K extends Kind> = K extends 'u8' ? Uint8Array : K extends 'u16' ? Uint16Array : K extends 'i16' ? Int16Array : K extends 'i32' ? Int32Array : Float32Array;
export const ARRAY_OF = { u8: Uint8Array, u16: Uint16Array, i16: Int16Array, i32: Int32Array, f32: Float32Array } as const;

/** One declared state variable. */
export interface FieldSpec {
  readonly kind: Kind;
  /** Values of a live person (or an existing tie) stay within [min, max]; `null` where the bound is not fixed. */
  readonly range: readonly [number | null, number | null];
  /** Value of a new array element and of a slot when it is (re)used; traits set at placement have none. */
  readonly reset?: number;
  readonly doc: string;
}

const f = (kind: Kind, min: number | null, max: number | null, doc: string, reset?: number): FieldSpec => ({ kind, range: [min, max], doc, reset });

/** Person fields (indexed by slot). */
export const PERSON_FIELDS = {
  alive: f('u8', 0, 1, '1 while the slot holds a person', 0),
  id: f('i32', 0, null, 'person id, never reused', -1),
  team: f('i16', 0, null, 'team index', 0),
  role: f('u8', 0, 1, 'member (0) or leader (1)', 0),
  style: f('u8', 0, 3, 'reciprocity style: giver, matcher, taker, reputation', 0),
  reliability: f('f32', 0, 1, 'chance factor of delivering promised help (trait)'),
  empathy: f('f32', 0, 1, 'empathy (trait): conversations and repair'),
  aptitude: f('f32', 0, 1, 'the skill a person grows toward by doing the job (trait)'),
  disposition: f('f32', 0, 1, 'baseline morale the person brings, whatever the workplace (trait)'),
  resilience: f('f32', 0, 2, 'how fast the person recovers energy, as a multiple of energyRecovery (trait)'),
  outGroup: f('u8', 0, 1, '1 when outside the team’s in-group', 0),
  favourite: f('u8', 0, 1, '1 when the leader’s favourite', 0),
  startWeek: f('i32', null, null, 'week the person started (before the first reported week for those there at the start)', 0),
  skill: f('f32', 0, 1, 'capacity-relevant skill'),
  morale: f('f32', 0, 1, 'engagement (true morale)'),
  energy: f('f32', 0, 1, 'energy; burnt out below burnoutThreshold'),
  effort: f('f32', 0, 2, 'discretionary effort: a multiple of what skill and energy let the person get done', 1),
  demand: f('f32', 0, null, 'work that arrived this week (units of nominal demand)', 0),
  need: f('f32', null, null, 'this week’s unmet work (units of nominal demand); negative: spare capacity', 0),
  safety: f('f32', 0, 1, 'felt psychological safety'),
  trustLeader: f('f32', 0, 1, 'trust in the team’s leader'),
  belonging: f('f32', 0, 1, 'sense of belonging'),
  recognition: f('f32', 0, 1, 'recent recognition received (leader, peers, rewards)'),
  supportMemory: f('f32', -1, 1, 'how the leader met the person’s own mistakes and voice: +1 support, −1 blame, fading', 0),
  standing: f('f32', -1, 1, 'image score: standing from recent helping and refusing', 0),
  breachMemory: f('f32', 0, 1, 'memory of the leader’s breaches, halving every breachMemoryWeeks', 0),
  guarded: f('f32', 0, 1, 'guardedness caught from withdrawn colleagues', 0),
  guilt: f('f32', 0, 1, 'guilt over favours not returned', 0),
  norm: f('f32', 0, 1, 'perceived helping norm: how readily people here help, as this person has seen it'),
  contribution: f('f32', 0, null, 'recent help given (benefit units, fading): what fair recognition rewards', 0),
  exchanged: f('f32', 0, null, 'help given plus received (benefit units, fading like ledgers): the imbalance index’s scale', 0),
  payoff: f('f32', null, null, 'cumulative donation-game payoff: benefit received minus cost paid (a score, grows with time)', 0),
  searching: f('u8', 0, 1, '1 while looking for another job', 0),
  searchCause: f('u8', 0, 7, 'what pushed the person to start looking (a QuitCause index)', 0),
  quitIntent: f('f32', 0, 1, 'last weekly search hazard (intention to quit)', 0),
  withdrawn: f('u8', 0, 1, '1 while in reciprocity withdrawal (helping no one)', 0),
  burnt: f('u8', 0, 1, '1 while burnt out, for transitions', 0),
  conflicts: f('u8', 0, null, 'open conflicts the person holds (ties flagged CONFLICT), kept in step with the flags', 0),
} as const satisfies Record<string, FieldSpec>;

/** Tie fields (indexed by slot * K + k). Empty ties hold the reset values. */
export const TIE_FIELDS = {
  tPeer: f('i32', 0, null, 'the peer’s slot, −1 when the tie slot is empty (ties are kept in pairs, cleared when either leaves)', -1),
  tTrust: f('f32', 0, 1, 'holder’s trust in the peer as of the week of the last exchange (it fades lazily from there: ties.ts)', 0),
  tLedger: f('f32', null, null, 'help the holder gave minus help received (benefit units) as of the last exchange (it decays lazily)', 0),
  tResent: f('f32', 0, null, 'resentment toward the peer', 0),
  tLast: f('i16', null, null, 'week of the last exchange on the tie (decay and fading are applied on read from here)', 0),
  tSince: f('i16', null, null, 'week the tie formed, or the week its conflict opened while in conflict', 0),
  tFlags: f('u16', 0, null, 'WITHDRAWN, CONFLICT, CROSS, MENTOR, REPAIRED, SUPPORTED, GAVE_BACK, MEDIATED, BOUNDARY bits', 0),
} as const satisfies Record<string, FieldSpec>;

/** Team fields (indexed by team). */
export const TEAM_FIELDS = {
  leaderSlot: f('i32', -1, null, 'slot of the team’s leader, −1 when it has none', -1),
  leaderEmpathy: f('f32', 0, 1, 'the leader’s empathy', 0),
  leaderReliability: f('f32', 0, 1, 'the leader’s reliability', 0),
  crisisMultiplier: f('f32', 0, null, 'demand multiplier while a crisis lasts', 1),
  crisisUntil: f('i32', null, null, 'last week of the crisis', 0),
  targetSize: f('i32', 0, null, 'members the team is staffed for (vacancies refill toward it)', 0),
  workload: f('f32', 0, null, 'the team’s work, in people’s worth of nominal demand (shared by the members it has)', 0),
  absorbed: f('u8', 0, 1, '1 once merged into another team', 0),
  serviceQuality: f('f32', 0, 1, 'the team’s reputation for service (customers)', 0),
  customerFacing: f('u8', 0, 1, '1 when the team serves customers', 0),
  hollowApologies: f('i32', 0, null, 'apologies by the current leader without sustained change', 0),
  adaptive: f('u8', 0, 1, '1 when the leader adapts levers to what they see', 0),
  lastSurvey: f('f32', 0, 1, 'the team’s survey morale at the survey before the latest (for the adaptive leader)', 0),
} as const satisfies Record<string, FieldSpec>;

type Arrays<F extends Record<string, FieldSpec>> = { -readonly [K in keyof F]: ArrayOf<F[K]['kind']> };
export type PersonArrays = Arrays<typeof PERSON_FIELDS>;
export type TieArrays = Arrays<typeof TIE_FIELDS>;
export type TeamArrays = Arrays<typeof TEAM_FIELDS>;
export type PersonField = keyof typeof PERSON_FIELDS;

/** Tie flags (bits of `tFlags`). */
export const TIE_WITHDRAWN = 1; // the holder no longer helps this peer
export const TIE_CONFLICT = 2; // the holder is in open conflict with this peer
export const TIE_CROSS = 4; // the tie crosses team lines (formed on a cross-functional project, or kept by someone who moved)
export const TIE_MENTOR = 8; // the peer is the holder's mentor or mentee
export const TIE_REPAIRED = 16; // the tie survived a conflict and was repaired
export const TIE_SUPPORTED = 32; // stories only: the peer has comforted the holder on a hard day (told once per tie)
export const TIE_GAVE_BACK = 64; // in conflict: the peer has given back (in a conversation or mediation); the conflict ends repaired
export const TIE_MEDIATED = 128; // in conflict: the giving back came through the leader's mediation
export const TIE_BOUNDARY = 256; // the holder named an imbalance that was brushed off, and now helps this peer only as far as the ledger allows

/** Style indices (into STYLES). */
export const GIVER = 0;
export const MATCHER = 1;
export const TAKER = 2;
export const REPUTATION = 3;

/** Index of each lever in the per-team policy rows, derived from the lever table. */
export const LEVER_INDEX = Object.fromEntries(LEVER_KEYS.map((k, i) => [k, i])) as Record<LeverKey, number>;
export const LEVER_COUNT = LEVER_KEYS.length;
export const L_RECOGNITION_FREQUENCY = LEVER_INDEX.recognitionFrequency;
export const L_RECOGNITION_FAIRNESS = LEVER_INDEX.recognitionFairness;
export const L_GROWTH_INVESTMENT = LEVER_INDEX.growthInvestment;
export const L_WORKLOAD_PROTECTION = LEVER_INDEX.workloadProtection;
export const L_DELEGATION = LEVER_INDEX.delegation;
export const L_ADVOCACY = LEVER_INDEX.advocacy;
export const L_TRANSPARENCY = LEVER_INDEX.transparency;
export const L_LEAD_BY_EXAMPLE = LEVER_INDEX.leadByExample;
export const L_OPENNESS = LEVER_INDEX.openness;
export const L_MEDIATION = LEVER_INDEX.mediation;
export const L_CREDIT_TAKING = LEVER_INDEX.creditTaking;
export const L_HIRING_SELECTIVITY = LEVER_INDEX.hiringSelectivity;
export const L_SOCIALISATION = LEVER_INDEX.socialisation;
export const L_PERFORMANCE_HOW = LEVER_INDEX.performanceHow;
export const L_COLLABORATION_REWARDS = LEVER_INDEX.collaborationRewards;
export const L_COLLABORATION_TRAINING = LEVER_INDEX.collaborationTraining;
export const L_MENTORSHIP = LEVER_INDEX.mentorship;
export const L_CROSS_FUNCTIONAL = LEVER_INDEX.crossFunctional;
export const L_INCLUSION = LEVER_INDEX.inclusion;
export const L_TEAM_CHARTER = LEVER_INDEX.teamCharter;
export const L_PEER_CELEBRATION = LEVER_INDEX.peerCelebration;

/** Storage: spare person slots beyond the starting people and the positions growth opens (share, plus a few). */
export const SLOT_HEADROOM_SHARE = 0.1;
export const SLOT_HEADROOM_MIN = 8;
/** Extra tie slots per person beyond `tiesPerPerson`, for mentor and cross-team ties. */
export const TIE_HEADROOM = 2;
/** Weeks of quits and headcount kept for annualised turnover (a quarter). */
export const TURNOVER_WINDOW = 13;
export const WEEKS_PER_YEAR = 52;
/** Weekly per-person counters (requests made, met) stop at this (Uint8). */
export const COUNTER_MAX = 255;
/** The pushes toward a job search, in the order their sizes are kept (turnover.ts); the largest names the cause. */
export const PUSH_MORALE = 0;
export const PUSH_BURNOUT = 1;
export const PUSH_LEADER = 2;
export const PUSH_BELONGING = 3;
export const PUSH_IMBALANCE = 4;
export const PUSH_CONTAGION = 5;
export const PUSH_COUNT = 6;

/** A vacancy waiting to be filled. */
export interface Vacancy {
  team: number;
  /** First week the newcomer may start. */
  due: number;
}

export interface EngineState extends PersonArrays, TieArrays, TeamArrays {
  /** The seed as given (stamped on results). */
  seed: number;
  /** What every draw is keyed by: the seed combined with the scenario's name (random.ts scenarioLuck). */
  luck: number;
  /** The current week: ≤ 0 during the warm-up, 1…weeks when reported. */
  week: number;
  weeks: number;
  /** People capacity (slots). */
  cap: number;
  /** Tie slots per person. */
  K: number;
  /** Teams (as in the scenario; merged teams keep their row). */
  T: number;
  nextId: number;
  /** Free slots (a stack; the top is used next) and how many there are. */
  freeSlots: Int32Array;
  freeCount: number;
  /** Saved state of the sequential population stream. */
  populationRng: object;
  /** Effective policy: T rows of LEVER_COUNT levers. */
  policy: Float32Array;
  /** Mean survey morale per unit (teams, then the organisation) at the latest pulse survey, and the true mean that week. */
  surveyMorale: Float32Array;
  surveyTruth: Float32Array;
  freezeUntil: number;
  vacancies: Vacancy[];
  /** Scenario events plus scheduled ones, in order of addition. */
  events: ScenarioEvent[];
  // customers
  customerCount: number;
  cTeam: Int16Array;
  cLoyalty: Float32Array;
  cAdvocate: Uint8Array;
  cValue: Float32Array;
  // measurement and output
  /** Weekly per-unit counters (units * metric count). */
  acc: Float64Array;
  values: Float64Array;
  /** Quits and headcount of the last TURNOVER_WINDOW weeks per unit (ring). */
  quitRing: Float64Array;
  headRing: Float64Array;
  /** What happened, for the organisation's log (typed records; sim/narrate words them), or null when the run keeps none. */
  log: Happening[] | null;
  /** Each person's notable moments by person id (typed records), or null when stories are off. */
  stories: Record<number, Happening[]> | null;
  /** Names given in the scenario (leaders), by person id. */
  customNames: Record<number, string>;
}

/** The effective value of lever number `index` (an L_* constant) for a team. */
export function lever(s: EngineState, team: number, index: number): number {
  return s.policy[team * LEVER_COUNT + index];
}
