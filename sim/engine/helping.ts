/**
 * Process 3: help asked for, and help offered before anyone asks.
 *
 * Asking is gated by psychological safety [Creating a Psychologically Safe
 * Environment] and, for people outside the in-group, by inclusion [Creating an
 * Inclusive Environment]; people ask the colleagues they trust most, with
 * chance in proportion to trust. Offering: colleagues see a peer struggling
 * through the ties they share and may step in unasked — givers most (even when
 * they are stretched themselves), and anyone with time to spare who owes that
 * peer a favour [Reciprocity Between Colleagues; Providing
 * Practical and Timely Assistance] — and mentors look after their new mentees
 * [The Power of Mentorship and Sponsorship]. Each request or offer is an
 * exchange (exchange.ts); what each person asked and got is kept for the week,
 * to learn the helping norm from (norms.ts).
 */
import type { EngineConfig } from './config.ts';
import { bump } from './accumulate.ts';
import {
  deliveryChance, exchange, helpProbability, KIND_EMOTIONAL, KIND_KNOWLEDGE, KIND_PRACTICAL, obligation, refuse, undelivered,
} from './exchange.ts';
import { I_HELP_ASKED } from './metric-index.ts';
import { DRAW, drawAt, drawFrom, PAIR_STRIDE, personWeek, STREAM, streamWeek } from './random.ts';
import { helpEpisode } from './safety.ts';
import { COUNTER_MAX, GIVER, L_INCLUSION, LEVER_COUNT, MATCHER, REPUTATION, TAKER, TIE_CONFLICT, TIE_MENTOR, TIE_WITHDRAWN, type EngineState } from './state.ts';
import { findTie, ledgerNow, trustNow } from './ties.ts';
import { ROLE_MEMBER } from '../types.ts';

/** Per-person counts of this week (reset each week): requests made or help offered to them, and how many were met. */
export interface HelpScratch {
  asked: Uint8Array;
  met: Uint8Array;
  /** Ask weights of one person's tie slots (chooseHelper). */
  weights: Float64Array;
  /** This week's draw prefixes per stream (see random.ts streamWeek). */
  prefix: { asking: number; kind: number; helping: number; trust: number; offer: number };
}

/**
 * How much a would rather ask along tie i: a floor, their trust in the colleague, and the colleague's standing
 * as someone who helps (people go back to those known to say yes — so requests pile up on givers).
 */
function askWeight(s: EngineState, cfg: EngineConfig, i: number): number {
  const p = cfg.p;
  const standing = s.standing[s.tPeer[i]];
  return p.askTrustFloor + trustNow(s, cfg, i) + (standing > 0 ? p.askStanding * standing : 0);
}

/**
 * The tie a→helper that a asks along: chance in proportion to askWeight (−1: nobody to ask). The weights are worked
 * out once, kept in `weights` (one per tie slot) for the pick.
 */
function chooseHelper(s: EngineState, cfg: EngineConfig, a: number, skip: number, u: number, weights: Float64Array): number {
  const { tPeer, tFlags } = s;
  const K = s.K;
  const base = (a * K) | 0;
  let total = 0;
  for (let k = 0; k < K; k++) {
    const i = base + k;
    const peer = tPeer[i];
    if (peer < 0 || peer === skip || tFlags[i] & TIE_CONFLICT) continue;
    const w = askWeight(s, cfg, i);
    weights[k] = w;
    total += w;
  }
  if (total <= 0) return -1;
  let pick = u * total;
  let last = -1;
  for (let k = 0; k < K; k++) {
    const i = base + k;
    const peer = tPeer[i];
    if (peer < 0 || peer === skip || tFlags[i] & TIE_CONFLICT) continue;
    last = i;
    pick -= weights[k];
    if (pick < 0) return i;
  }
  return last;
}

/** The kind of help a asks for: support when exhausted, knowledge more often when unskilled, else mostly practical. */
function chooseKind(s: EngineState, cfg: EngineConfig, a: number, u: number): number {
  const p = cfg.p;
  if (s.energy[a] < p.askLowEnergy && u < p.emotionalLowEnergy) return KIND_EMOTIONAL;
  const knowledge = s.skill[a] < p.lowSkill ? p.knowledgeShareLowSkill : p.knowledgeShare;
  if (u < knowledge) return KIND_KNOWLEDGE;
  if (u < p.practicalShareUpTo) return KIND_PRACTICAL;
  return KIND_EMOTIONAL;
}

/** Asking and offering help for one week. */
export function helpingWeek(s: EngineState, cfg: EngineConfig, x: HelpScratch): void {
  x.asked.fill(0);
  x.met.fill(0);
  x.prefix.asking = streamWeek(s.luck, STREAM.asking, s.week);
  x.prefix.kind = streamWeek(s.luck, STREAM.kind, s.week);
  x.prefix.helping = streamWeek(s.luck, STREAM.helping, s.week);
  x.prefix.trust = streamWeek(s.luck, STREAM.trust, s.week);
  x.prefix.offer = streamWeek(s.luck, STREAM.offer, s.week);
  for (let a = 0; a < s.cap; a++) {
    if (!s.alive[a] || s.role[a] !== ROLE_MEMBER) continue;
    const asks = cfg.layers ? requests(s, cfg, a, x) : 1;
    if (asks === 0) continue;
    const luck = personWeek(x.prefix.asking, s.id[a]);
    let last = -1;
    for (let k = 0; k < asks; k++) {
      const ai = chooseHelper(s, cfg, a, last, drawAt(luck, DRAW.askWhom + k), x.weights);
      if (ai < 0) break;
      const h = s.tPeer[ai];
      last = h;
      ask(s, cfg, a, h, ai, k, x);
    }
  }
  if (cfg.layers) for (let h = 0; h < s.cap; h++) if (s.alive[h] && s.role[h] === ROLE_MEMBER) offer(s, cfg, h, x);
}

/** How many colleagues member a asks this week (0, 1 or 2). */
function requests(s: EngineState, cfg: EngineConfig, a: number, x: HelpScratch): number {
  const p = cfg.p;
  const need = s.need[a];
  const taker = s.style[a] === TAKER;
  const struggling = need > p.askNeed || s.energy[a] < p.askLowEnergy;
  if (!struggling && !taker) return 0;
  const urge = struggling ? (need * p.askNeedScale + p.askNeedFloor > 1 ? 1 : need * p.askNeedScale + p.askNeedFloor) : p.askWithoutNeed;
  let chance = (p.askBase + p.askSafetyGain * s.safety[a]) * urge;
  // Takers ask often, need or not [Grant 2013].
  if (taker) chance *= p.takerAskBoost;
  if (s.outGroup[a]) chance *= p.outGroupAsk + (1 - p.outGroupAsk) * s.policy[s.team[a] * LEVER_COUNT + L_INCLUSION];
  if (drawFrom(x.prefix.asking, s.id[a], DRAW.askWhether) >= chance) return 0;
  return need > p.askTwiceNeed || taker ? 2 : 1;
}

/** a asks h along the tie a→h at index ai. */
function ask(s: EngineState, cfg: EngineConfig, a: number, h: number, ai: number, k: number, x: HelpScratch): void {
  const hi = findTie(s, h, a);
  if (hi < 0) return;
  bump(s, s.team[a], I_HELP_ASKED);
  if (x.asked[a] < COUNTER_MAX) x.asked[a]++;
  const idA = s.id[a];
  const idH = s.id[h];
  const prob = helpProbability(s, cfg, h, a, hi);
  // A draw in [0, 1) cannot fall below a chance of 0 (a withdrawn helper): it is skipped, its index kept.
  if (prob <= 0 || drawFrom(x.prefix.helping, idH, idA * PAIR_STRIDE + k) >= prob) {
    refuse(s, cfg, a, h, ai);
    if (cfg.layers) helpEpisode(s, cfg, a, false);
    return;
  }
  const kind = chooseKind(s, cfg, a, drawFrom(x.prefix.kind, idA, DRAW.askKind + k));
  if (cfg.layers && drawFrom(x.prefix.trust, idH, idA * PAIR_STRIDE + k) >= deliveryChance(s, cfg, h)) {
    // Willing but unreliable: the promise is not kept [Maintaining Accountability and Reliability].
    undelivered(s, cfg, h, ai, kind);
    helpEpisode(s, cfg, a, false);
    return;
  }
  exchange(s, cfg, h, a, hi, ai, kind, false);
  if (x.met[a] < COUNTER_MAX) x.met[a]++;
  if (cfg.layers) helpEpisode(s, cfg, a, true);
}

function offerRate(cfg: EngineConfig, style: number): number {
  const p = cfg.p;
  return style === GIVER ? p.giverOffer : style === MATCHER || style === REPUTATION ? p.matcherOffer : p.takerOffer;
}

/**
 * h, with time and energy to spare, may look out for a colleague: a mentee who
 * is new, else the tie most in need (weighted by what h owes them), and offer
 * help before being asked.
 */
function offer(s: EngineState, cfg: EngineConfig, h: number, x: HelpScratch): void {
  const p = cfg.p;
  if (s.withdrawn[h]) return;
  // Others offer only with time and energy to spare; givers put others first until they are nearly empty
  // [The Dangers of a One-Sided Relationship].
  if (s.style[h] === GIVER ? s.energy[h] < p.giverEnergyKnee : s.need[h] >= 0 || s.energy[h] < p.offerEnergyMin) return;
  const rate = offerRate(cfg, s.style[h]);
  const luck = personWeek(x.prefix.offer, s.id[h]);
  const u = drawAt(luck, DRAW.offerWhether);
  // The largest chance any colleague could give (a full debt, or a mentee) bounds the draw: most people stop here.
  const ceiling = rate * (1 + p.offerObligation) > p.mentorOffer ? rate * (1 + p.offerObligation) : p.mentorOffer;
  if (u >= ceiling) return;
  const tenureH = s.week - s.startWeek[h];
  let best = -1;
  let bestScore = 0;
  let bestChance = 0;
  for (let i = h * s.K; i < h * s.K + s.K; i++) {
    const peer = s.tPeer[i];
    if (peer < 0 || s.tFlags[i] & (TIE_WITHDRAWN | TIE_CONFLICT)) continue;
    let chance: number;
    let score: number;
    if (s.tFlags[i] & TIE_MENTOR && tenureH >= p.newcomerWeeks && s.week - s.startWeek[peer] < p.newcomerWeeks) {
      chance = p.mentorOffer;
      score = s.need[peer] + 1;
    } else {
      if (s.need[peer] <= p.offerNeedSeen) continue;
      chance = rate * (1 + p.offerObligation * obligation(s, cfg, h, ledgerNow(s, cfg, i)));
      score = s.need[peer] * chance;
    }
    if (score > bestScore) {
      bestScore = score;
      best = i;
      bestChance = chance;
    }
  }
  if (best < 0 || u >= bestChance) return;
  const a = s.tPeer[best];
  const ai = findTie(s, a, h);
  if (ai < 0) return;
  const kind = s.tFlags[best] & TIE_MENTOR ? KIND_KNOWLEDGE : s.energy[a] < p.askLowEnergy ? KIND_EMOTIONAL : KIND_PRACTICAL;
  if (x.asked[a] < COUNTER_MAX) x.asked[a]++;
  if (drawAt(luck, DRAW.offerKind) >= deliveryChance(s, cfg, h)) {
    undelivered(s, cfg, h, ai, kind);
    return;
  }
  exchange(s, cfg, h, a, best, ai, kind, true);
  if (x.met[a] < COUNTER_MAX) x.met[a]++;
}
