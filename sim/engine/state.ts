/**
 * The engine's whole state: struct-of-arrays typed arrays for people (indexed by
 * storage slot), sparse directed ties (slot * K + k), and per-team arrays, plus a
 * few plain objects (event list, vacancies, log, stories). Everything here is
 * structured-cloneable, so a snapshot is a copy of this object.
 *
 * Slots are reused when people leave; person ids never are (ARCHITECTURE.md).
 */
import type { LeverKey } from '../scenario/levers.ts';
import { LEVER_KEYS } from '../scenario/levers.ts';
import type { ScenarioEvent } from '../scenario/schema.ts';
import type { LogEntry, StoryEntry } from '../types.ts';

/** Tie flags (bits of `tFlags`). */
export const TIE_WITHDRAWN = 1; // the holder no longer helps this peer
export const TIE_CONFLICT = 2; // the holder is in open conflict with this peer
export const TIE_CROSS = 4; // the tie crosses team lines (cross-functional project)
export const TIE_MENTOR = 8; // the peer is the holder's mentor or mentee
export const TIE_REPAIRED = 16; // the tie survived a conflict and was repaired
export const TIE_SUPPORTED = 32; // stories only: the peer has comforted the holder on a hard day (told once per tie)

/** Style indices (into STYLES). */
export const GIVER = 0;
export const MATCHER = 1;
export const TAKER = 2;
export const REPUTATION = 3;

/** Index of each lever in the per-team policy rows. */
export const LEVER_INDEX = Object.fromEntries(LEVER_KEYS.map((k, i) => [k, i])) as Record<LeverKey, number>;
export const LEVER_COUNT = LEVER_KEYS.length;

/** Lever indices as plain numbers, for the hot loops (checked against the lever table at load). */
export const L_RECOGNITION_FREQUENCY = 0;
export const L_RECOGNITION_FAIRNESS = 1;
export const L_GROWTH_INVESTMENT = 2;
export const L_WORKLOAD_PROTECTION = 3;
export const L_DELEGATION = 4;
export const L_ADVOCACY = 5;
export const L_TRANSPARENCY = 6;
export const L_LEAD_BY_EXAMPLE = 7;
export const L_OPENNESS = 8;
export const L_MEDIATION = 9;
export const L_CREDIT_TAKING = 10;
export const L_HIRING_SELECTIVITY = 11;
export const L_SOCIALISATION = 12;
export const L_PERFORMANCE_HOW = 13;
export const L_COLLABORATION_REWARDS = 14;
export const L_COLLABORATION_TRAINING = 15;
export const L_MENTORSHIP = 16;
export const L_CROSS_FUNCTIONAL = 17;
export const L_INCLUSION = 18;
export const L_TEAM_CHARTER = 19;
export const L_PEER_CELEBRATION = 20;
for (const [key, index] of Object.entries({ recognitionFrequency: L_RECOGNITION_FREQUENCY, recognitionFairness: L_RECOGNITION_FAIRNESS, growthInvestment: L_GROWTH_INVESTMENT, workloadProtection: L_WORKLOAD_PROTECTION, delegation: L_DELEGATION, advocacy: L_ADVOCACY, transparency: L_TRANSPARENCY, leadByExample: L_LEAD_BY_EXAMPLE, openness: L_OPENNESS, mediation: L_MEDIATION, creditTaking: L_CREDIT_TAKING, hiringSelectivity: L_HIRING_SELECTIVITY, socialisation: L_SOCIALISATION, performanceHow: L_PERFORMANCE_HOW, collaborationRewards: L_COLLABORATION_REWARDS, collaborationTraining: L_COLLABORATION_TRAINING, mentorship: L_MENTORSHIP, crossFunctional: L_CROSS_FUNCTIONAL, inclusion: L_INCLUSION, teamCharter: L_TEAM_CHARTER, peerCelebration: L_PEER_CELEBRATION })) {
  if (LEVER_INDEX[key as LeverKey] !== index) throw new Error(`lever index of ${key} is out of step with the lever table`);
}

/** A vacancy waiting to be filled. */
export interface Vacancy {
  team: number;
  /** First week the newcomer may start. */
  due: number;
}

export interface EngineState {
  seed: number;
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

  // ---- people (slot-indexed)
  alive: Uint8Array;
  id: Int32Array;
  team: Int16Array;
  role: Uint8Array;
  style: Uint8Array;
  reliability: Float32Array;
  empathy: Float32Array;
  skill: Float32Array;
  /** Baseline morale the person brings, whatever the workplace. */
  disposition: Float32Array;
  /** 1 when outside the team's in-group. */
  outGroup: Uint8Array;
  /** 1 when a leader's favourite (gets recognition when recognition is unfair). */
  favourite: Uint8Array;
  /** Week the person started (negative for people already there at week 0). */
  startWeek: Int32Array;
  morale: Float32Array;
  energy: Float32Array;
  /** This week's unmet work, in units of nominal weekly demand. */
  need: Float32Array;
  /** Work that arrived this week. */
  demand: Float32Array;
  safety: Float32Array;
  trustLeader: Float32Array;
  belonging: Float32Array;
  /** Recent recognition received (leader, peers, rewards), 0–1, decaying. */
  recognition: Float32Array;
  /** Image score: standing in the team from recent helping/refusing, −1..1. */
  standing: Float32Array;
  /** Memory of the leader's breaches, 0–1, halving every breachMemoryWeeks. */
  breachMemory: Float32Array;
  /** Guardedness caught from withdrawn colleagues, 0–1. */
  guarded: Float32Array;
  /** Recent helping given (EMA), for fair recognition. */
  contribution: Float32Array;
  /** Last computed weekly quit hazard (intention to quit). */
  quitIntent: Float32Array;
  /** 1 while in reciprocity withdrawal (helping no one). */
  withdrawn: Uint8Array;
  /** 1 while burnt out (energy below threshold), for transitions. */
  burnt: Uint8Array;
  /** Week until which a close colleague's exit raises the quit hazard. */
  contagionUntil: Int32Array;
  /**
   * Open conflicts the person holds (ties flagged TIE_CONFLICT), kept in step with tFlags wherever the flag is set or
   * cleared, so the weekly phases that only need the count (wellbeing, quits, repair, metrics) need not scan the ties.
   */
  conflicts: Uint8Array;
  /** Help given plus help received (benefit units), decaying like the ledgers: the scale of the imbalance index. */
  exchanged: Float32Array;
  /** Cumulative donation-game payoff (benefit received minus cost paid). */
  payoff: Float32Array;

  // ---- ties (slot * K + k)
  /** The peer's slot, −1 when empty; the peer's id is id[tPeer] (ties are kept in pairs and cleared when either leaves). */
  tPeer: Int32Array;
  tTrust: Float32Array;
  /** Help the holder gave the peer minus help received from them (benefit units), decaying. */
  tLedger: Float32Array;
  /**
   * Resentment toward the peer; while the tie is in conflict (when resentment is no longer read) it holds instead
   * the trust just before the conflict began (to restore, and exceed, on repair).
   */
  tResent: Float32Array;
  /** Saturate at 255: only compared with 8 and with walkAwayWeeks (≤ 104). */
  tWeeks: Uint8Array;
  tConflictWeeks: Uint8Array;
  tFlags: Uint8Array;

  // ---- teams
  /** Effective policy: T rows of LEVER_COUNT levers. */
  policy: Float32Array;
  leaderSlot: Int32Array;
  leaderEmpathy: Float32Array;
  leaderReliability: Float32Array;
  /** Helping norm: smoothed share of requests met. */
  norm: Float32Array;
  crisisMultiplier: Float32Array;
  crisisUntil: Int32Array;
  /** Members the team is staffed for (vacancies refill towards it). */
  targetSize: Int32Array;
  /** 1 once merged into another team. */
  absorbed: Uint8Array;
  /** Mean morale in the latest pulse survey. */
  surveyMorale: Float32Array;
  /** True mean morale in the week of the latest survey (per unit). */
  surveyTruth: Float32Array;
  /** Service quality of the team's customers, following frontline morale with a lag. */
  serviceQuality: Float32Array;
  customerFacing: Uint8Array;
  /** Apologies made by the current leader without sustained change (cynicism). */
  hollowApologies: Int32Array;
  freezeUntil: number;
  vacancies: Vacancy[];
  /** Scenario events plus scheduled ones, in order of addition. */
  events: ScenarioEvent[];

  // ---- customers
  customerCount: number;
  cTeam: Int16Array;
  cLoyalty: Float32Array;
  cAdvocate: Uint8Array;
  cValue: Float32Array;

  // ---- measurement and output
  /** Weekly per-unit accumulators (units * metric count). */
  acc: Float64Array;
  values: Float64Array;
  /** Quits and headcount of the last 13 weeks per unit (ring). */
  quitRing: Float64Array;
  headRing: Float64Array;
  /** The organisation's log, or null when the run keeps none (RunOptions.log). */
  log: LogEntry[] | null;
  /** Stories by person id (null when stories are off). */
  stories: Record<number, StoryEntry[]> | null;
  /** Names given in the scenario (leaders), by person id. */
  customNames: Record<number, string>;
}

/** The effective value of lever number `index` (an L_* constant) for a team. */
export function lever(s: EngineState, team: number, index: number): number {
  return s.policy[team * LEVER_COUNT + index];
}
