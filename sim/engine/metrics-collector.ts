/**
 * The observer: computes every metric for every team and the organisation at the
 * end of each week, from the state and the week's counters, and writes them
 * into the run's value array (layout in sim/types.ts). A unit with no members
 * this week reports its levels, shares and per-member rates as missing (NaN);
 * its counts are 0.
 */
import { METRIC_KEYS, MISSING_WITHOUT_MEMBERS } from '../metrics.ts';
import { ROLE_MEMBER } from '../types.ts';
import { MI } from './accumulate.ts';
import { allocateNew, type Allocate } from './buffers.ts';
import type { EngineConfig } from './config.ts';
import { GIVER, TAKER, type EngineState } from './state.ts';

// Metric indices as module constants (fast in hot loops).
const I_BELONGING = MI.belonging;
const I_BURNOUT_SHARE = MI.burnout_share;
const I_CONFLICTS = MI.conflicts;
const I_CROSS_TEAM_TRUST = MI.cross_team_trust;
const I_CUSTOMER_ADVOCACY = MI.customer_advocacy;
const I_CUSTOMER_LOYALTY = MI.customer_loyalty;
const I_CUSTOMER_VALUE = MI.customer_value;
const I_DISENGAGED_SHARE = MI.disengaged_share;
const I_EARLY_EXITS = MI.early_exits;
const I_ENGAGED_SHARE = MI.engaged_share;
const I_GIVERS = MI.givers;
const I_HEADCOUNT = MI.headcount;
const I_HELP_ASKED = MI.help_asked;
const I_HELP_EMOTIONAL = MI.help_emotional;
const I_HELP_KNOWLEDGE = MI.help_knowledge;
const I_HELP_PRACTICAL = MI.help_practical;
const I_HELP_REFUSED = MI.help_refused;
const I_HELPING_NORM = MI.helping_norm;
const I_HIRES = MI.hires;
const I_IMBALANCE_GINI = MI.imbalance_gini;
const I_LAYOFFS = MI.layoffs;
const I_MORALE_MEAN = MI.morale_mean;
const I_MORALE_SD = MI.morale_sd;
const I_OUTPUT = MI.output;
const I_PSYCH_SAFETY = MI.psych_safety;
const I_QUITS = MI.quits;
const I_QUITS_BELONGING = MI.quits_belonging;
const I_QUITS_BURNOUT = MI.quits_burnout;
const I_QUITS_CONTAGION = MI.quits_contagion;
const I_QUITS_GIVERS = MI.quits_givers;
const I_QUITS_IMBALANCE = MI.quits_imbalance;
const I_QUITS_LEADER = MI.quits_leader;
const I_QUITS_MORALE = MI.quits_morale;
const I_REPAIRS = MI.repairs;
const I_SURVEY_GAP = MI.survey_gap;
const I_SURVEY_MORALE = MI.survey_morale;
const I_TAKER_SHARE = MI.taker_share;
const I_TRUST_DENSITY = MI.trust_density;
const I_TRUST_IN_LEADER = MI.trust_in_leader;
const I_TURNOVER_ANNUALISED = MI.turnover_annualised;
const I_WITHDRAWALS = MI.withdrawals;
const I_WITHDRAWN_SHARE = MI.withdrawn_share;

const M = METRIC_KEYS.length;
const RING = 13;
/** Weekly counters reported per member. */
const PER_MEMBER = [I_HELP_ASKED, I_HELP_KNOWLEDGE, I_HELP_PRACTICAL, I_HELP_EMOTIONAL, I_HELP_REFUSED];
/** Weekly counters reported as counts. */
const COUNTS = [
  I_WITHDRAWALS, I_REPAIRS, I_QUITS, I_QUITS_BURNOUT, I_QUITS_MORALE, I_QUITS_LEADER, I_QUITS_BELONGING,
  I_QUITS_CONTAGION, I_QUITS_IMBALANCE, I_LAYOFFS, I_HIRES, I_EARLY_EXITS, I_QUITS_GIVERS,
];

function write(out: Float64Array, at: number, v: number): void {
  out[at] = Number.isFinite(v) ? v : 0;
}

/** Reusable buffers (derived each week; not part of the state). */
export interface CollectorScratch {
  sum: Float64Array; // units * M sums of per-member quantities
  sq: Float64Array; // units: sum of squared morale
  members: Float64Array; // units
  ties: Float64Array; // units
  exchanged: Float64Array; // units: help given plus received (decaying), the imbalance index's denominator
  frontline: Float64Array; // T: mean morale per team (for customers)
  customers: Float64Array; // units * 4: customers, loyalty, advocates, value
}

export function makeCollectorScratch(s: EngineState, take: Allocate = allocateNew): CollectorScratch {
  const units = s.T + 1;
  return {
    sum: take(Float64Array, units * M), sq: take(Float64Array, units), members: take(Float64Array, units),
    ties: take(Float64Array, units), exchanged: take(Float64Array, units), frontline: take(Float64Array, s.T),
    customers: take(Float64Array, units * 4),
  };
}

/** Mean morale of each team's members now (for the customer chain). */
export function frontlineMorale(s: EngineState, sc: CollectorScratch): Float64Array {
  const { alive, morale, role, team } = s;
  sc.frontline.fill(0);
  sc.members.fill(0);
  for (let i = 0; i < s.cap; i++) {
    if (!alive[i] || role[i] !== ROLE_MEMBER) continue;
    sc.frontline[team[i]] += morale[i];
    sc.members[team[i]]++;
  }
  for (let t = 0; t < s.T; t++) sc.frontline[t] = sc.members[t] > 0 ? sc.frontline[t] / sc.members[t] : 0;
  return sc.frontline;
}

/** Computes and stores this week's metrics. */
export function collectMetrics(s: EngineState, cfg: EngineConfig, sc: CollectorScratch): void {
  const { acc, alive, conflicts: conflictsOf, belonging: belongingOf, demand, energy, exchanged: exchangedOf, headRing, morale, need, norm: normOf, quitRing, role, safety: safetyOf, style, surveyMorale, surveyTruth, tLedger, tPeer, tTrust, team, trustLeader, withdrawn: withdrawnOf } = s;
  const T = s.T;
  const units = T + 1;
  const K = s.K;
  const burnout = cfg.p.burnoutThreshold;
  sc.sum.fill(0);
  sc.sq.fill(0);
  sc.members.fill(0);
  sc.ties.fill(0);
  sc.exchanged.fill(0);
  const headcount = sc.sum; // per-unit sums live in sc.sum at [u * M + metric]
  const { members, sq, ties: tieSum, exchanged: exchangedSum } = sc;
  let oMembers = 0, oTies = 0, oMorale = 0, oSq = 0, oTrust = 0, oTrustLeader = 0, oCross = 0, oConflicts = 0, oSafety = 0;
  let oBelonging = 0, oOutput = 0, oNorm = 0, oImbalance = 0, oExchanged = 0, oEngaged = 0, oDisengaged = 0, oBurnt = 0;
  let oWithdrawn = 0, oGivers = 0, oTakers = 0;
  for (let i = 0; i < s.cap; i++) {
    if (!alive[i]) continue;
    const t = team[i];
    headcount[t * M + I_HEADCOUNT]++;
    headcount[T * M + I_HEADCOUNT]++;
    if (role[i] !== ROLE_MEMBER) continue;
    let net = 0;
    const conflicts = conflictsOf[i];
    let cross = 0;
    let trust = 0;
    let ties = 0;
    const base = i * K;
    // Empty slots hold trust 0 and ledger 0 (clearTie), so they are summed without a branch: adding 0 changes no sum.
    for (let j = base; j < base + K; j++) {
      const peer = tPeer[j];
      const tr = tTrust[j];
      trust += tr;
      net += tLedger[j];
      ties += peer >= 0 ? 1 : 0;
      if (peer >= 0 && team[peer] !== t) cross += tr;
    }
    // Read the person once, then add to the team's row and the organisation's (same order of additions per row).
    const absNet = net < 0 ? -net : net;
    const m = morale[i];
    const m2 = m * m;
    const engaged = m >= 0.7 ? 1 : 0;
    const disengaged = m < 0.3 ? 1 : 0;
    const burnt = energy[i] < burnout ? 1 : 0;
    const tl = trustLeader[i];
    const withdrawn = withdrawnOf[i] ? 1 : 0;
    const safety = safetyOf[i];
    const belonging = belongingOf[i];
    const output = demand[i] - need[i];
    const giver = style[i] === GIVER ? 1 : 0;
    const taker = style[i] === TAKER ? 1 : 0;
    const norm = normOf[t];
    const exchanged = exchangedOf[i];
    // The team's row here; the organisation's row in locals (added in the same person order, so the same sums).
    const sum = sc.sum;
    const o = t * M;
    members[t]++;
    tieSum[t] += ties;
    sum[o + I_MORALE_MEAN] += m;
    sq[t] += m2;
    sum[o + I_TRUST_DENSITY] += trust;
    sum[o + I_TRUST_IN_LEADER] += tl;
    sum[o + I_CROSS_TEAM_TRUST] += cross;
    sum[o + I_CONFLICTS] += conflicts;
    sum[o + I_PSYCH_SAFETY] += safety;
    sum[o + I_BELONGING] += belonging;
    sum[o + I_OUTPUT] += output;
    sum[o + I_HELPING_NORM] += norm;
    sum[o + I_IMBALANCE_GINI] += absNet;
    exchangedSum[t] += exchanged;
    // Added as 0 or 1 without a branch (the same sums): a branch first taken weeks into a run (the first burnout) would
    // make V8 throw away the optimised code and compile it again.
    sum[o + I_ENGAGED_SHARE] += engaged;
    sum[o + I_DISENGAGED_SHARE] += disengaged;
    sum[o + I_BURNOUT_SHARE] += burnt;
    sum[o + I_WITHDRAWN_SHARE] += withdrawn;
    sum[o + I_GIVERS] += giver;
    sum[o + I_TAKER_SHARE] += taker;
    oMembers++;
    oTies += ties;
    oMorale += m;
    oSq += m2;
    oTrust += trust;
    oTrustLeader += tl;
    oCross += cross;
    oConflicts += conflicts;
    oSafety += safety;
    oBelonging += belonging;
    oOutput += output;
    oNorm += norm;
    oImbalance += absNet;
    oExchanged += exchanged;
    oEngaged += engaged;
    oDisengaged += disengaged;
    oBurnt += burnt;
    oWithdrawn += withdrawn;
    oGivers += giver;
    oTakers += taker;
  }
  {
    const sum = sc.sum;
    const o = T * M;
    members[T] = oMembers;
    tieSum[T] = oTies;
    sum[o + I_MORALE_MEAN] = oMorale;
    sq[T] = oSq;
    sum[o + I_TRUST_DENSITY] = oTrust;
    sum[o + I_TRUST_IN_LEADER] = oTrustLeader;
    sum[o + I_CROSS_TEAM_TRUST] = oCross;
    sum[o + I_CONFLICTS] = oConflicts;
    sum[o + I_PSYCH_SAFETY] = oSafety;
    sum[o + I_BELONGING] = oBelonging;
    sum[o + I_OUTPUT] = oOutput;
    sum[o + I_HELPING_NORM] = oNorm;
    sum[o + I_IMBALANCE_GINI] = oImbalance;
    exchangedSum[T] = oExchanged;
    sum[o + I_ENGAGED_SHARE] = oEngaged;
    sum[o + I_DISENGAGED_SHARE] = oDisengaged;
    sum[o + I_BURNOUT_SHARE] = oBurnt;
    sum[o + I_WITHDRAWN_SHARE] = oWithdrawn;
    sum[o + I_GIVERS] = oGivers;
    sum[o + I_TAKER_SHARE] = oTakers;
  }
  const week = s.week;
  const out = s.values;
  const ring = (week - 1) % RING;
  const filled = week < RING ? week : RING;
  for (let u = 0; u < units; u++) {
    const o = u * M;
    const n = sc.members[u];
    const inv = n > 0 ? 1 / n : 0;
    const row = ((week - 1) * units + u) * M;
    write(out, row + I_HEADCOUNT, sc.sum[o + I_HEADCOUNT]);
    const mean = sc.sum[o + I_MORALE_MEAN] * inv;
    write(out, row + I_MORALE_MEAN, mean);
    const variance = n > 0 ? sc.sq[u] * inv - mean * mean : 0;
    write(out, row + I_MORALE_SD, variance > 0 ? Math.sqrt(variance) : 0);
    write(out, row + I_ENGAGED_SHARE, sc.sum[o + I_ENGAGED_SHARE] * inv);
    write(out, row + I_DISENGAGED_SHARE, sc.sum[o + I_DISENGAGED_SHARE] * inv);
    write(out, row + I_BURNOUT_SHARE, sc.sum[o + I_BURNOUT_SHARE] * inv);
    write(out, row + I_TRUST_DENSITY, sc.ties[u] > 0 ? sc.sum[o + I_TRUST_DENSITY] / sc.ties[u] : 0);
    write(out, row + I_TRUST_IN_LEADER, sc.sum[o + I_TRUST_IN_LEADER] * inv);
    write(out, row + I_CROSS_TEAM_TRUST, sc.sum[o + I_CROSS_TEAM_TRUST] * inv);
    for (let r = 0; r < PER_MEMBER.length; r++) write(out, row + PER_MEMBER[r], acc[o + PER_MEMBER[r]] * inv);
    // Imbalance: the unreciprocated share of recent help, Σ|net ledger| / Σ(given + received)
    // (a Pietra-type index; a Gini of zero-sum signed ledgers is scale-free and stays near 0.7).
    const ex = sc.exchanged[u];
    const g = ex > 1e-9 ? sc.sum[o + I_IMBALANCE_GINI] / ex : 0;
    write(out, row + I_IMBALANCE_GINI, g > 1 ? 1 : g);
    write(out, row + I_WITHDRAWN_SHARE, sc.sum[o + I_WITHDRAWN_SHARE] * inv);
    for (let r = 0; r < COUNTS.length; r++) write(out, row + COUNTS[r], acc[o + COUNTS[r]]);
    write(out, row + I_CONFLICTS, sc.sum[o + I_CONFLICTS]);
    // Annualised voluntary turnover over the last 13 weeks.
    quitRing[u * RING + ring] = acc[o + I_QUITS];
    headRing[u * RING + ring] = sc.sum[o + I_HEADCOUNT];
    let q = 0;
    let h = 0;
    for (let k = 0; k < filled; k++) {
      q += quitRing[u * RING + k];
      h += headRing[u * RING + k];
    }
    write(out, row + I_TURNOVER_ANNUALISED, h > 0 ? (q / (h / filled)) * (52 / filled) : 0);
    write(out, row + I_PSYCH_SAFETY, sc.sum[o + I_PSYCH_SAFETY] * inv);
    write(out, row + I_HELPING_NORM, u < T ? (n > 0 ? normOf[u] : 0) : sc.sum[o + I_HELPING_NORM] * inv);
    write(out, row + I_BELONGING, sc.sum[o + I_BELONGING] * inv);
    write(out, row + I_OUTPUT, sc.sum[o + I_OUTPUT] * inv);
    write(out, row + I_SURVEY_MORALE, n > 0 ? surveyMorale[u] : 0);
    write(out, row + I_SURVEY_GAP, n > 0 ? surveyMorale[u] - surveyTruth[u] : 0);
    write(out, row + I_GIVERS, sc.sum[o + I_GIVERS]);
    write(out, row + I_TAKER_SHARE, sc.sum[o + I_TAKER_SHARE] * inv);
    if (n === 0) for (const k of MISSING_WITHOUT_MEMBERS) out[row + k] = NaN;
  }
  customerMetrics(s, sc);
}

function customerMetrics(s: EngineState, sc: CollectorScratch): void {
  const { cAdvocate, cLoyalty, cTeam, cValue } = s;
  if (s.customerCount === 0) return; // the rows stay 0
  const T = s.T;
  const units = T + 1;
  const row0 = (s.week - 1) * units * M;
  const c4 = sc.customers;
  c4.fill(0);
  for (let c = 0; c < s.customerCount; c++) {
    const t = cTeam[c];
    for (let u = t; ; u = T) {
      c4[u * 4]++;
      c4[u * 4 + 1] += cLoyalty[c];
      c4[u * 4 + 2] += cAdvocate[c];
      c4[u * 4 + 3] += cValue[c];
      if (u === T) break;
    }
  }
  for (let u = 0; u < units; u++) {
    const n = c4[u * 4];
    const row = row0 + u * M;
    write(s.values, row + I_CUSTOMER_LOYALTY, n > 0 ? c4[u * 4 + 1] / n : 0);
    write(s.values, row + I_CUSTOMER_ADVOCACY, n > 0 ? c4[u * 4 + 2] / n : 0);
    write(s.values, row + I_CUSTOMER_VALUE, n > 0 ? c4[u * 4 + 3] / n : 0);
  }
}
