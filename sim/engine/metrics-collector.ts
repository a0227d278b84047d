/**
 * The observer: computes every metric for every team and the organisation at the
 * end of each week, from the state and the week's counters, and writes them
 * into the run's value array (layout in sim/types.ts). A unit with no members
 * this week reports its levels, shares and per-member rates as missing (NaN);
 * its counts are 0.
 */
import { DISENGAGED_BELOW, ENGAGED_AT, METRIC_KEYS, MISSING_WITHOUT_MEMBERS } from '../metrics.ts';
import { ROLE_MEMBER } from '../types.ts';
import { allocateNew, type Allocate } from './buffers.ts';
import type { EngineConfig } from './config.ts';
import {
  I_BELONGING, I_BURNOUT_SHARE, I_CONFLICTS, I_CROSS_TEAM_TRUST, I_CUSTOMER_ADVOCACY, I_CUSTOMER_LOYALTY, I_CUSTOMER_VALUE, I_DISENGAGED_SHARE, I_GIVERS_BURNOUT,
  I_EARLY_EXITS, I_EFFORT, I_ENGAGED_SHARE, I_GIVERS, I_HEADCOUNT, I_HELP_ASKED, I_HELP_EMOTIONAL, I_HELP_KNOWLEDGE, I_HELP_OFFERED,
  I_HELP_PRACTICAL, I_HELP_REFUSED, I_HELPING_NORM, I_HIRES, I_IMBALANCE_GINI, I_LAYOFFS, I_MORALE_MEAN, I_MORALE_SD, I_MOVES, I_OUTPUT,
  I_PSYCH_SAFETY, I_QUITS, I_QUITS_BELONGING, I_QUITS_BURNOUT, I_QUITS_CONTAGION, I_QUITS_GIVERS, I_QUITS_IMBALANCE, I_QUITS_LEADER,
  I_QUITS_MORALE, I_REPAIRS, I_SEARCHING_SHARE, I_SURVEY_GAP, I_SURVEY_MORALE, I_TAKER_SHARE, I_TRUST_DENSITY, I_TRUST_IN_LEADER,
  I_TURNOVER_ANNUALISED, I_WITHDRAWALS, I_WITHDRAWN_SHARE, C_COUNT, C_LOYALTY, C_ADVOCATES, C_VALUE, CUSTOMER_SUMS,
} from './metric-index.ts';
import { GIVER, TAKER, TURNOVER_WINDOW, WEEKS_PER_YEAR, type EngineState } from './state.ts';

const M = METRIC_KEYS.length;
const RING = TURNOVER_WINDOW;
/** Weekly counters reported per member. */
const PER_MEMBER = [I_HELP_ASKED, I_HELP_KNOWLEDGE, I_HELP_PRACTICAL, I_HELP_EMOTIONAL, I_HELP_REFUSED, I_HELP_OFFERED];
/** Weekly counters reported as counts. */
const COUNTS = [
  I_WITHDRAWALS, I_REPAIRS, I_QUITS, I_QUITS_BURNOUT, I_QUITS_MORALE, I_QUITS_LEADER, I_QUITS_BELONGING,
  I_QUITS_CONTAGION, I_QUITS_IMBALANCE, I_LAYOFFS, I_HIRES, I_EARLY_EXITS, I_QUITS_GIVERS, I_MOVES,
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
  customers: Float64Array; // units * CUSTOMER_SUMS: customers, loyalty, advocates, value
}

export function makeCollectorScratch(s: EngineState, take: Allocate = allocateNew): CollectorScratch {
  const units = s.T + 1;
  return {
    sum: take(Float64Array, units * M), sq: take(Float64Array, units), members: take(Float64Array, units),
    ties: take(Float64Array, units), exchanged: take(Float64Array, units),
    customers: take(Float64Array, units * CUSTOMER_SUMS),
  };
}

/** Computes and stores this week's metrics. */
export function collectMetrics(s: EngineState, cfg: EngineConfig, sc: CollectorScratch): void {
  if (s.week < 1) return; // the warm-up is not reported
  const { acc, alive, conflicts: conflictsOf, belonging: belongingOf, demand, effort: effortOf, energy, exchanged: exchangedOf, headRing, morale, need, norm: normOf, quitRing, role, safety: safetyOf, searching: searchingOf, style, surveyMorale, surveyTruth, tLedger, tLast, tPeer, tTrust, team, trustLeader, withdrawn: withdrawnOf } = s;
  const { ledgerKeep, trustKeep } = cfg;
  const fadeTarget = cfg.p.fadeTarget;
  const week = s.week;
  const T = s.T;
  const units = T + 1;
  const K = s.K;
  const burnout = cfg.p.burnoutThreshold;
  sc.sum.fill(0);
  sc.sq.fill(0);
  sc.members.fill(0);
  sc.ties.fill(0);
  sc.exchanged.fill(0);
  const { sum, members, sq, ties: tieSum, exchanged: exchangedSum } = sc;
  // Metric indices in locals (each module-level name read in the loop costs a context load and a check).
  const iHead = I_HEADCOUNT, iMorale = I_MORALE_MEAN, iTrust = I_TRUST_DENSITY, iTrustLeader = I_TRUST_IN_LEADER, iCross = I_CROSS_TEAM_TRUST;
  const iConflicts = I_CONFLICTS, iSafety = I_PSYCH_SAFETY, iBelonging = I_BELONGING, iOutput = I_OUTPUT, iNorm = I_HELPING_NORM;
  const iImbalance = I_IMBALANCE_GINI, iEngaged = I_ENGAGED_SHARE, iDisengaged = I_DISENGAGED_SHARE, iBurnt = I_BURNOUT_SHARE;
  const iWithdrawn = I_WITHDRAWN_SHARE, iGivers = I_GIVERS, iTakers = I_TAKER_SHARE, iSearching = I_SEARCHING_SHARE, iEffort = I_EFFORT;
  const iGiversBurnt = I_GIVERS_BURNOUT;
  const engagedAt = ENGAGED_AT, disengagedBelow = DISENGAGED_BELOW, member = ROLE_MEMBER, giverStyle = GIVER, takerStyle = TAKER;
  let oHead = 0, oMembers = 0, oTies = 0, oMorale = 0, oSq = 0, oTrust = 0, oTrustLeader = 0, oCross = 0, oConflicts = 0, oSafety = 0;
  let oBelonging = 0, oOutput = 0, oNorm = 0, oImbalance = 0, oExchanged = 0, oEngaged = 0, oDisengaged = 0, oBurnt = 0;
  let oWithdrawn = 0, oGivers = 0, oTakers = 0, oSearching = 0, oEffort = 0, oGiversBurnt = 0;
  // The row of team `cur` is kept in locals while consecutive people belong to it (slots are mostly grouped by team),
  // written back when the team changes: each row's additions happen in the same order, so the sums are the same.
  let cur = -1;
  let o = 0;
  let tHead = 0, tMembers = 0, tTies = 0, tMorale = 0, tSq = 0, rTrust = 0, tTrustLeader = 0, tCross = 0, tConflicts = 0, tSafety = 0;
  let tBelonging = 0, tOutput = 0, tNorm = 0, tImbalance = 0, tExchanged = 0, tEngaged = 0, tDisengaged = 0, tBurnt = 0;
  let tWithdrawn = 0, tGivers = 0, tTakers = 0, tSearching = 0, tEffort = 0, tGiversBurnt = 0;
  const cap = s.cap;
  for (let i = 0; i < cap; i++) {
    if (!alive[i]) continue;
    const t = team[i];
    if (t !== cur) {
      if (cur >= 0) {
        sum[o + iHead] = tHead; members[cur] = tMembers; tieSum[cur] = tTies; sum[o + iMorale] = tMorale; sq[cur] = tSq;
        sum[o + iTrust] = rTrust; sum[o + iTrustLeader] = tTrustLeader; sum[o + iCross] = tCross; sum[o + iConflicts] = tConflicts;
        sum[o + iSafety] = tSafety; sum[o + iBelonging] = tBelonging; sum[o + iOutput] = tOutput; sum[o + iNorm] = tNorm;
        sum[o + iImbalance] = tImbalance; exchangedSum[cur] = tExchanged; sum[o + iEngaged] = tEngaged; sum[o + iDisengaged] = tDisengaged;
        sum[o + iBurnt] = tBurnt; sum[o + iWithdrawn] = tWithdrawn; sum[o + iGivers] = tGivers; sum[o + iTakers] = tTakers;
        sum[o + iSearching] = tSearching; sum[o + iEffort] = tEffort; sum[o + iGiversBurnt] = tGiversBurnt;
      }
      cur = t;
      o = t * M;
      tHead = sum[o + iHead]; tMembers = members[t]; tTies = tieSum[t]; tMorale = sum[o + iMorale]; tSq = sq[t];
      rTrust = sum[o + iTrust]; tTrustLeader = sum[o + iTrustLeader]; tCross = sum[o + iCross]; tConflicts = sum[o + iConflicts];
      tSafety = sum[o + iSafety]; tBelonging = sum[o + iBelonging]; tOutput = sum[o + iOutput]; tNorm = sum[o + iNorm];
      tImbalance = sum[o + iImbalance]; tExchanged = exchangedSum[t]; tEngaged = sum[o + iEngaged]; tDisengaged = sum[o + iDisengaged];
      tBurnt = sum[o + iBurnt]; tWithdrawn = sum[o + iWithdrawn]; tGivers = sum[o + iGivers]; tTakers = sum[o + iTakers];
      tSearching = sum[o + iSearching]; tEffort = sum[o + iEffort]; tGiversBurnt = sum[o + iGiversBurnt];
    }
    tHead++;
    oHead++;
    if (role[i] !== member) continue;
    let net = 0;
    const conflicts = conflictsOf[i];
    let cross = 0;
    let trust = 0;
    let ties = 0;
    const base = i * K;
    for (let j = base; j < base + K; j++) {
      const peer = tPeer[j];
      if (peer < 0) continue;
      const idle = week - tLast[j];
      const tr = fadeTarget + (tTrust[j] - fadeTarget) * trustKeep[idle];
      trust += tr;
      net += tLedger[j] * ledgerKeep[idle];
      ties++;
      if (team[peer] !== t) cross += tr;
    }
    // Read the person once, then add to the team's row and the organisation's (same order of additions per row).
    const absNet = net < 0 ? -net : net;
    const m = morale[i];
    const m2 = m * m;
    const engaged = m >= engagedAt ? 1 : 0;
    const disengaged = m < disengagedBelow ? 1 : 0;
    const burnt = energy[i] < burnout ? 1 : 0;
    const tl = trustLeader[i];
    const withdrawn = withdrawnOf[i] ? 1 : 0;
    const safety = safetyOf[i];
    const belonging = belongingOf[i];
    const effort = effortOf[i];
    // Work completed: what arrived, less what stayed undone.
    const output = demand[i] - (need[i] > 0 ? need[i] : 0);
    const searching = searchingOf[i];
    const st = style[i];
    const giver = st === giverStyle ? 1 : 0;
    const taker = st === takerStyle ? 1 : 0;
    const norm = normOf[i];
    const exchanged = exchangedOf[i];
    tMembers++;
    tTies += ties;
    tMorale += m;
    tSq += m2;
    rTrust += trust;
    tTrustLeader += tl;
    tCross += cross;
    tConflicts += conflicts;
    tSafety += safety;
    tBelonging += belonging;
    tOutput += output;
    tNorm += norm;
    tImbalance += absNet;
    tExchanged += exchanged;
    // Added as 0 or 1 without a branch (the same sums): a branch first taken weeks into a run (the first burnout) would
    // make V8 throw away the optimised code and compile it again.
    tEngaged += engaged;
    tDisengaged += disengaged;
    tBurnt += burnt;
    tWithdrawn += withdrawn;
    tGivers += giver;
    tTakers += taker;
    tSearching += searching;
    tEffort += effort;
    tGiversBurnt += giver * burnt;
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
    oSearching += searching;
    oEffort += effort;
    oGiversBurnt += giver * burnt;
  }
  if (cur >= 0) {
    sum[o + iHead] = tHead; members[cur] = tMembers; tieSum[cur] = tTies; sum[o + iMorale] = tMorale; sq[cur] = tSq;
    sum[o + iTrust] = rTrust; sum[o + iTrustLeader] = tTrustLeader; sum[o + iCross] = tCross; sum[o + iConflicts] = tConflicts;
    sum[o + iSafety] = tSafety; sum[o + iBelonging] = tBelonging; sum[o + iOutput] = tOutput; sum[o + iNorm] = tNorm;
    sum[o + iImbalance] = tImbalance; exchangedSum[cur] = tExchanged; sum[o + iEngaged] = tEngaged; sum[o + iDisengaged] = tDisengaged;
    sum[o + iBurnt] = tBurnt; sum[o + iWithdrawn] = tWithdrawn; sum[o + iGivers] = tGivers; sum[o + iTakers] = tTakers;
    sum[o + iSearching] = tSearching; sum[o + iEffort] = tEffort; sum[o + iGiversBurnt] = tGiversBurnt;
  }
  {
    const o = T * M;
    sum[o + iHead] = oHead;
    members[T] = oMembers;
    tieSum[T] = oTies;
    sum[o + iMorale] = oMorale;
    sq[T] = oSq;
    sum[o + iTrust] = oTrust;
    sum[o + iTrustLeader] = oTrustLeader;
    sum[o + iCross] = oCross;
    sum[o + iConflicts] = oConflicts;
    sum[o + iSafety] = oSafety;
    sum[o + iBelonging] = oBelonging;
    sum[o + iOutput] = oOutput;
    sum[o + iNorm] = oNorm;
    sum[o + iImbalance] = oImbalance;
    exchangedSum[T] = oExchanged;
    sum[o + iEngaged] = oEngaged;
    sum[o + iDisengaged] = oDisengaged;
    sum[o + iBurnt] = oBurnt;
    sum[o + iWithdrawn] = oWithdrawn;
    sum[o + iGivers] = oGivers;
    sum[o + iTakers] = oTakers;
    sum[o + iSearching] = oSearching;
    sum[o + iEffort] = oEffort;
    sum[o + iGiversBurnt] = oGiversBurnt;
  }
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
    const g = ex > 0 ? sc.sum[o + I_IMBALANCE_GINI] / ex : 0;
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
    write(out, row + I_TURNOVER_ANNUALISED, h > 0 ? (q / (h / filled)) * (WEEKS_PER_YEAR / filled) : 0);
    write(out, row + I_PSYCH_SAFETY, sc.sum[o + I_PSYCH_SAFETY] * inv);
    write(out, row + I_HELPING_NORM, sc.sum[o + I_HELPING_NORM] * inv);
    write(out, row + I_BELONGING, sc.sum[o + I_BELONGING] * inv);
    write(out, row + I_OUTPUT, sc.sum[o + I_OUTPUT] * inv);
    write(out, row + I_SURVEY_MORALE, n > 0 ? surveyMorale[u] : 0);
    write(out, row + I_SURVEY_GAP, n > 0 ? surveyMorale[u] - surveyTruth[u] : 0);
    write(out, row + I_GIVERS, sc.sum[o + I_GIVERS]);
    write(out, row + I_TAKER_SHARE, sc.sum[o + I_TAKER_SHARE] * inv);
    write(out, row + I_SEARCHING_SHARE, sc.sum[o + I_SEARCHING_SHARE] * inv);
    write(out, row + I_EFFORT, sc.sum[o + I_EFFORT] * inv);
    write(out, row + I_GIVERS_BURNOUT, sc.sum[o + I_GIVERS] > 0 ? sc.sum[o + I_GIVERS_BURNOUT] / sc.sum[o + I_GIVERS] : 0);
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
      c4[u * CUSTOMER_SUMS + C_COUNT]++;
      c4[u * CUSTOMER_SUMS + C_LOYALTY] += cLoyalty[c];
      c4[u * CUSTOMER_SUMS + C_ADVOCATES] += cAdvocate[c];
      c4[u * CUSTOMER_SUMS + C_VALUE] += cValue[c];
      if (u === T) break;
    }
  }
  for (let u = 0; u < units; u++) {
    const n = c4[u * CUSTOMER_SUMS + C_COUNT];
    const row = row0 + u * M;
    write(s.values, row + I_CUSTOMER_LOYALTY, n > 0 ? c4[u * CUSTOMER_SUMS + C_LOYALTY] / n : 0);
    write(s.values, row + I_CUSTOMER_ADVOCACY, n > 0 ? c4[u * CUSTOMER_SUMS + C_ADVOCATES] / n : 0);
    write(s.values, row + I_CUSTOMER_VALUE, n > 0 ? c4[u * CUSTOMER_SUMS + C_VALUE] / n : 0);
  }
}
