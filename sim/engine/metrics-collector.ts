/**
 * The observer: computes every metric for every team and the organisation at the
 * end of each week, from the state and the week's counters, and writes them
 * into the run's value array (layout in sim/types.ts). Empty units report 0,
 * never NaN.
 */
import { METRIC_KEYS } from '../metrics.ts';
import { ROLE_MEMBER } from '../types.ts';
import { MI } from './accumulate.ts';
import type { EngineConfig } from './config.ts';
import { GIVER, TAKER, TIE_CONFLICT, type EngineState } from './state.ts';

const M = METRIC_KEYS.length;
const RING = 13;
/** Weekly counters reported per member. */
const PER_MEMBER = [MI.help_asked, MI.help_knowledge, MI.help_practical, MI.help_emotional, MI.help_refused];
/** Weekly counters reported as counts. */
const COUNTS = [
  MI.withdrawals, MI.repairs, MI.quits, MI.quits_burnout, MI.quits_morale, MI.quits_leader, MI.quits_belonging,
  MI.quits_contagion, MI.quits_imbalance, MI.layoffs, MI.hires, MI.early_exits, MI.quits_givers,
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
  net: Float64Array; // cap: net ledger per slot
  order: Int32Array; // cap: slots grouped by team
  start: Int32Array; // units + 1: group offsets
  sorted: Float64Array; // cap
  frontline: Float64Array; // T: mean morale per team (for customers)
  cursor: Int32Array; // T: fill positions while grouping
  customers: Float64Array; // units * 4: customers, loyalty, advocates, value
}

export function makeCollectorScratch(s: EngineState): CollectorScratch {
  const units = s.T + 1;
  return {
    sum: new Float64Array(units * M), sq: new Float64Array(units), members: new Float64Array(units),
    ties: new Float64Array(units), net: new Float64Array(s.cap), order: new Int32Array(s.cap),
    start: new Int32Array(units + 1), sorted: new Float64Array(s.cap), frontline: new Float64Array(s.T),
    cursor: new Int32Array(s.T), customers: new Float64Array(units * 4),
  };
}

/** Mean morale of each team's members now (for the customer chain). */
export function frontlineMorale(s: EngineState, sc: CollectorScratch): Float64Array {
  sc.frontline.fill(0);
  sc.members.fill(0);
  for (let i = 0; i < s.cap; i++) {
    if (!s.alive[i] || s.role[i] !== ROLE_MEMBER) continue;
    sc.frontline[s.team[i]] += s.morale[i];
    sc.members[s.team[i]]++;
  }
  for (let t = 0; t < s.T; t++) sc.frontline[t] = sc.members[t] > 0 ? sc.frontline[t] / sc.members[t] : 0;
  return sc.frontline;
}

/** Gini of signed values (mean absolute difference over twice the mean absolute value), in [0, 1]. */
function gini(v: Float64Array): number {
  const n = v.length;
  if (n < 2) return 0;
  if (n <= 48) {
    // Insertion sort: small teams, no allocation, faster than the built-in sort here.
    for (let a = 1; a < n; a++) {
      const x = v[a];
      let b = a - 1;
      while (b >= 0 && v[b] > x) {
        v[b + 1] = v[b];
        b--;
      }
      v[b + 1] = x;
    }
  } else {
    v.sort();
  }
  let weighted = 0;
  let abs = 0;
  for (let k = 0; k < n; k++) {
    weighted += (2 * (k + 1) - n - 1) * v[k];
    abs += v[k] < 0 ? -v[k] : v[k];
  }
  if (abs < 1e-9) return 0;
  const g = weighted / (n * abs);
  return g < 0 ? 0 : g > 1 ? 1 : g;
}

/** Computes and stores this week's metrics. */
export function collectMetrics(s: EngineState, cfg: EngineConfig, sc: CollectorScratch): void {
  const T = s.T;
  const units = T + 1;
  const K = s.K;
  const burnout = cfg.p.burnoutThreshold;
  sc.sum.fill(0);
  sc.sq.fill(0);
  sc.members.fill(0);
  sc.ties.fill(0);
  sc.start.fill(0);
  const headcount = sc.sum; // per-unit sums live in sc.sum at [u * M + metric]
  for (let i = 0; i < s.cap; i++) {
    if (!s.alive[i]) continue;
    const t = s.team[i];
    headcount[t * M + MI.headcount]++;
    headcount[T * M + MI.headcount]++;
    if (s.role[i] !== ROLE_MEMBER) continue;
    sc.start[t + 1]++;
    let net = 0;
    let conflicts = 0;
    let cross = 0;
    let trust = 0;
    let ties = 0;
    const base = i * K;
    for (let k = 0; k < K; k++) {
      const j = base + k;
      const peer = s.tPeer[j];
      if (peer < 0) continue;
      ties++;
      trust += s.tTrust[j];
      net += s.tLedger[j];
      if (s.tFlags[j] & TIE_CONFLICT) conflicts++;
      if (s.team[peer] !== t) cross += s.tTrust[j];
    }
    sc.net[i] = net;
    const m = s.morale[i];
    for (let u = t; ; u = T) {
      const o = u * M;
      sc.members[u]++;
      sc.ties[u] += ties;
      sc.sum[o + MI.morale_mean] += m;
      sc.sq[u] += m * m;
      if (m >= 0.7) sc.sum[o + MI.engaged_share]++;
      if (m < 0.3) sc.sum[o + MI.disengaged_share]++;
      if (s.energy[i] < burnout) sc.sum[o + MI.burnout_share]++;
      sc.sum[o + MI.trust_density] += trust;
      sc.sum[o + MI.trust_in_leader] += s.trustLeader[i];
      sc.sum[o + MI.cross_team_trust] += cross;
      if (s.withdrawn[i]) sc.sum[o + MI.withdrawn_share]++;
      sc.sum[o + MI.conflicts] += conflicts;
      sc.sum[o + MI.psych_safety] += s.safety[i];
      sc.sum[o + MI.belonging] += s.belonging[i];
      sc.sum[o + MI.output] += s.demand[i] - s.need[i];
      if (s.style[i] === GIVER) sc.sum[o + MI.givers]++;
      if (s.style[i] === TAKER) sc.sum[o + MI.taker_share]++;
      sc.sum[o + MI.helping_norm] += s.norm[t];
      if (u === T) break;
    }
  }
  // Group members by team for the imbalance index.
  for (let t = 0; t < T; t++) sc.start[t + 1] += sc.start[t];
  const fill = sc.cursor;
  fill.set(sc.start.subarray(0, T));
  for (let i = 0; i < s.cap; i++) {
    if (!s.alive[i] || s.role[i] !== ROLE_MEMBER) continue;
    sc.order[fill[s.team[i]]++] = i;
  }
  const total = sc.start[T];
  const week = s.week;
  const out = s.values;
  const ring = (week - 1) % RING;
  const filled = week < RING ? week : RING;
  for (let u = 0; u < units; u++) {
    const o = u * M;
    const n = sc.members[u];
    const inv = n > 0 ? 1 / n : 0;
    const row = ((week - 1) * units + u) * M;
    write(out, row + MI.headcount, sc.sum[o + MI.headcount]);
    const mean = sc.sum[o + MI.morale_mean] * inv;
    write(out, row + MI.morale_mean, mean);
    const variance = n > 0 ? sc.sq[u] * inv - mean * mean : 0;
    write(out, row + MI.morale_sd, variance > 0 ? Math.sqrt(variance) : 0);
    write(out, row + MI.engaged_share, sc.sum[o + MI.engaged_share] * inv);
    write(out, row + MI.disengaged_share, sc.sum[o + MI.disengaged_share] * inv);
    write(out, row + MI.burnout_share, sc.sum[o + MI.burnout_share] * inv);
    write(out, row + MI.trust_density, sc.ties[u] > 0 ? sc.sum[o + MI.trust_density] / sc.ties[u] : 0);
    write(out, row + MI.trust_in_leader, sc.sum[o + MI.trust_in_leader] * inv);
    write(out, row + MI.cross_team_trust, sc.sum[o + MI.cross_team_trust] * inv);
    for (let r = 0; r < PER_MEMBER.length; r++) write(out, row + PER_MEMBER[r], s.acc[o + PER_MEMBER[r]] * inv);
    // Imbalance.
    let g = 0;
    if (u < T) {
      const a = sc.start[u];
      const b = sc.start[u + 1];
      for (let k = a; k < b; k++) sc.sorted[k] = sc.net[sc.order[k]];
      g = gini(sc.sorted.subarray(a, b));
    } else {
      for (let k = 0; k < total; k++) sc.sorted[k] = sc.net[sc.order[k]];
      g = gini(sc.sorted.subarray(0, total));
    }
    write(out, row + MI.imbalance_gini, g);
    write(out, row + MI.withdrawn_share, sc.sum[o + MI.withdrawn_share] * inv);
    for (let r = 0; r < COUNTS.length; r++) write(out, row + COUNTS[r], s.acc[o + COUNTS[r]]);
    write(out, row + MI.conflicts, sc.sum[o + MI.conflicts]);
    // Annualised voluntary turnover over the last 13 weeks.
    s.quitRing[u * RING + ring] = s.acc[o + MI.quits];
    s.headRing[u * RING + ring] = sc.sum[o + MI.headcount];
    let q = 0;
    let h = 0;
    for (let k = 0; k < filled; k++) {
      q += s.quitRing[u * RING + k];
      h += s.headRing[u * RING + k];
    }
    write(out, row + MI.turnover_annualised, h > 0 ? (q / (h / filled)) * (52 / filled) : 0);
    write(out, row + MI.psych_safety, sc.sum[o + MI.psych_safety] * inv);
    write(out, row + MI.helping_norm, u < T ? (n > 0 ? s.norm[u] : 0) : sc.sum[o + MI.helping_norm] * inv);
    write(out, row + MI.belonging, sc.sum[o + MI.belonging] * inv);
    write(out, row + MI.output, sc.sum[o + MI.output] * inv);
    write(out, row + MI.survey_morale, n > 0 ? s.surveyMorale[u] : 0);
    write(out, row + MI.survey_gap, n > 0 ? s.surveyMorale[u] - s.surveyTruth[u] : 0);
    write(out, row + MI.givers, sc.sum[o + MI.givers]);
    write(out, row + MI.taker_share, sc.sum[o + MI.taker_share] * inv);
  }
  customerMetrics(s, sc);
}

function customerMetrics(s: EngineState, sc: CollectorScratch): void {
  if (s.customerCount === 0) return; // the rows stay 0
  const T = s.T;
  const units = T + 1;
  const row0 = (s.week - 1) * units * M;
  const c4 = sc.customers;
  c4.fill(0);
  for (let c = 0; c < s.customerCount; c++) {
    const t = s.cTeam[c];
    for (let u = t; ; u = T) {
      c4[u * 4]++;
      c4[u * 4 + 1] += s.cLoyalty[c];
      c4[u * 4 + 2] += s.cAdvocate[c];
      c4[u * 4 + 3] += s.cValue[c];
      if (u === T) break;
    }
  }
  for (let u = 0; u < units; u++) {
    const n = c4[u * 4];
    const row = row0 + u * M;
    write(s.values, row + MI.customer_loyalty, n > 0 ? c4[u * 4 + 1] / n : 0);
    write(s.values, row + MI.customer_advocacy, n > 0 ? c4[u * 4 + 2] / n : 0);
    write(s.values, row + MI.customer_value, n > 0 ? c4[u * 4 + 3] / n : 0);
  }
}
