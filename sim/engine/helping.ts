/**
 * Processes 2–4: asking for help, deciding to help, and the trust that moves
 * with each exchange.
 *
 * Asking is gated by psychological safety [Creating a Psychologically Safe
 * Environment] and, for people outside the in-group, by inclusion [Creating an
 * Inclusive Environment]. Helping is a donation game (cost c to the helper,
 * benefit b > c to the receiver) played by style rules [The Psychology of
 * Reciprocity]: givers always give, takers mostly refuse, matchers play generous
 * tit-for-tat on the ledger, reputation-reciprocators help those in good
 * standing (image scoring). The workplace layers then scale the decision by
 * energy, trust in the asker, the team norm, performance management of the
 * "how" and collaboration rewards [Individual's Responsibility; Integrating
 * Reciprocity into Performance Management; Rewarding and Recognizing
 * Collaborative Behavior].
 *
 * Trust is asymmetric [Building Trust Through Consistent Action]: a reliable
 * exchange closes a small fraction of the gap to full trust; a refusal after
 * having been helped costs a large fixed amount. Unreliable helpers — willing,
 * but not delivering — erode trust too [Maintaining Accountability and Reliability].
 */
import { ROLE_MEMBER } from '../types.ts';
import { bump, MI } from './accumulate.ts';
import type { EngineConfig } from './config.ts';
import { drawFrom, STREAM, streamWeek } from './random.ts';
import { findTie } from './ties.ts';
import {
  GIVER, L_COLLABORATION_REWARDS, L_INCLUSION, L_PERFORMANCE_HOW, L_TEAM_CHARTER, MATCHER, REPUTATION, TAKER, TIE_CONFLICT, TIE_WITHDRAWN, lever, type EngineState,
} from './state.ts';
import { nameOf, tell } from './stories.ts';

// Metric indices as module constants (fast in hot loops).
const I_HELP_ASKED = MI.help_asked;
const I_HELP_EMOTIONAL = MI.help_emotional;
const I_HELP_KNOWLEDGE = MI.help_knowledge;
const I_HELP_PRACTICAL = MI.help_practical;
const I_HELP_REFUSED = MI.help_refused;

export const KIND_KNOWLEDGE = 0;
export const KIND_PRACTICAL = 1;
export const KIND_EMOTIONAL = 2;

/** Weekly helping tallies per team (requests and requests met), for the norm. */
export interface HelpTally {
  asked: Float64Array;
  met: Float64Array;
}

/** Probability that helper h helps asker a (tie h→a at index hi). */
export function helpProbability(s: EngineState, cfg: EngineConfig, h: number, a: number, hi: number): number {
  const p = cfg.p;
  const ledger = s.tLedger[hi];
  let prob: number;
  switch (s.style[h]) {
    case GIVER:
      prob = 0.92;
      break;
    case MATCHER:
      // Generous tit-for-tat: help unless the asker owes more than the tolerance; forgive sometimes.
      prob = ledger > p.matcherTolerance * (cfg.layers ? 1 + 0.5 * lever(s, s.team[h], L_TEAM_CHARTER) : 1) ? p.matcherForgiveness : 0.9;
      break;
    case TAKER:
      prob = p.takerHelp;
      break;
    case REPUTATION:
    default:
      // Image scoring: help those whose standing in the team is not bad.
      prob = s.standing[a] >= -0.05 ? 0.9 : p.matcherForgiveness;
      break;
  }
  if (!cfg.layers) return prob;
  if (s.withdrawn[h] || s.tFlags[hi] & TIE_WITHDRAWN) return 0;
  const t = s.team[h];
  const how = lever(s, t, L_PERFORMANCE_HOW);
  const rewards = lever(s, t, L_COLLABORATION_REWARDS);
  // What the organisation rewards moves even takers [Integrating Reciprocity into Performance Management].
  if (s.style[h] === TAKER) prob += 0.3 * how + 0.2 * rewards + 0.1 * lever(s, t, L_TEAM_CHARTER);
  else prob += 0.06 * (how + rewards);
  const e = s.energy[h];
  const giver = s.style[h] === GIVER;
  // Givers keep giving until they are nearly empty [The Dangers of a One-Sided Relationship].
  if (giver) prob *= e > 0.35 ? 1 : 0.65 + e;
  else prob *= e > 0.7 ? 1 : 0.3 + e;
  const trustFactor = 0.65 + 0.7 * s.tTrust[hi];
  prob *= trustFactor > 1 ? 1 : trustFactor;
  prob *= 0.72 + 0.42 * s.norm[t];
  prob *= 1 - 0.5 * s.guarded[h];
  if (s.outGroup[a]) prob *= 0.75 + 0.25 * lever(s, s.team[a], L_INCLUSION);
  if (s.need[h] > 0.3 && !giver) prob *= 0.6;
  return prob < 0 ? 0 : prob > 1 ? 1 : prob;
}

// This week's draw prefixes per stream (set at the start of helpingWeek; see random.ts streamWeek).
let askingDraws = 0;
let kindDraws = 0;
let helpingDraws = 0;
let trustDraws = 0;

function chooseHelper(s: EngineState, a: number, skip: number, k: number): number {
  const base = a * s.K;
  let best = -1;
  let bestScore = -1;
  for (let j = 0; j < s.K; j++) {
    const i = base + j;
    const peer = s.tPeer[i];
    if (peer < 0 || peer === skip || s.tFlags[i] & TIE_CONFLICT) continue;
    const score = s.tTrust[i] + 0.6 * drawFrom(askingDraws, s.id[a], 16 + k * 16 + j);
    if (score > bestScore) {
      bestScore = score;
      best = peer;
    }
  }
  return best;
}

function chooseKind(s: EngineState, a: number, k: number): number {
  const u = drawFrom(kindDraws, s.id[a], k);
  if (s.energy[a] < 0.45 && u < 0.5) return KIND_EMOTIONAL;
  const pk = s.skill[a] < 0.45 ? 0.5 : 0.38;
  if (u < pk) return KIND_KNOWLEDGE;
  if (u < 0.8) return KIND_PRACTICAL;
  return KIND_EMOTIONAL;
}

/** Asking, helping and trust for one week. */
export function helpingWeek(s: EngineState, cfg: EngineConfig, tally: HelpTally): void {
  const p = cfg.p;
  askingDraws = streamWeek(s.seed, STREAM.asking, s.week);
  kindDraws = streamWeek(s.seed, STREAM.kind, s.week);
  helpingDraws = streamWeek(s.seed, STREAM.helping, s.week);
  trustDraws = streamWeek(s.seed, STREAM.trust, s.week);
  for (let a = 0; a < s.cap; a++) {
    if (!s.alive[a] || s.role[a] !== ROLE_MEMBER) continue;
    const t = s.team[a];
    const idA = s.id[a];
    let asks = 0;
    if (!cfg.layers) {
      asks = 1;
    } else {
      const need = s.need[a];
      const taker = s.style[a] === TAKER;
      const lowEnergy = s.energy[a] < 0.45;
      if (need > 0.04 || lowEnergy || taker) {
        let pa = (p.askBase + p.askSafetyGain * s.safety[a]) * (need > 0.04 || lowEnergy ? (need * 4 + 0.4 > 1 ? 1 : need * 4 + 0.4) : 0.5);
        // Takers ask often, need or not [Grant 2013].
        if (taker) pa *= 1.4;
        if (s.outGroup[a]) pa *= 0.55 + 0.45 * lever(s, t, L_INCLUSION);
        if (drawFrom(askingDraws, idA, 0) < pa) asks = need > 0.4 || taker ? 2 : 1;
      }
    }
    let last = -1;
    for (let k = 0; k < asks; k++) {
      const h = chooseHelper(s, a, last, k);
      if (h < 0) break;
      last = h;
      ask(s, cfg, a, h, k, tally);
    }
  }
}

function ask(s: EngineState, cfg: EngineConfig, a: number, h: number, k: number, tally: HelpTally): void {
  const p = cfg.p;
  const t = s.team[a];
  const hi = findTie(s, h, a);
  const ai = findTie(s, a, h);
  if (hi < 0 || ai < 0) return;
  bump(s, t, I_HELP_ASKED);
  tally.asked[t]++;
  const idA = s.id[a];
  const idH = s.id[h];
  const prob = helpProbability(s, cfg, h, a, hi);
  const u = drawFrom(helpingDraws, idH, idA * 4 + k);
  if (u >= prob) {
    refuse(s, cfg, a, h, ai);
    return;
  }
  const kind = chooseKind(s, a, k);
  const cost = kind === KIND_KNOWLEDGE ? p.knowledgeCost : kind === KIND_PRACTICAL ? p.practicalCost : p.emotionalCost;
  const benefit = kind === KIND_KNOWLEDGE ? p.knowledgeBenefit : kind === KIND_PRACTICAL ? p.practicalBenefit : p.emotionalBenefit;
  const delivered = !cfg.layers || drawFrom(trustDraws, idH, idA * 4 + k) < 0.35 + 0.65 * s.reliability[h];
  s.tWeeks[hi] = 0;
  s.tWeeks[ai] = 0;
  if (!delivered) {
    // Willing but unreliable: the promise is not kept, and trust erodes [Maintaining Accountability and Reliability].
    s.energy[h] -= 0.5 * cost;
    s.tTrust[ai] -= 0.4 * p.trustLossRefusal * s.tTrust[ai];
    bump(s, t, I_HELP_REFUSED);
    return;
  }
  tally.met[t]++;
  s.payoff[h] -= cost;
  s.payoff[a] += benefit;
  s.tLedger[hi] += benefit;
  s.tLedger[ai] -= benefit;
  s.exchanged[h] += benefit;
  s.exchanged[a] += benefit;
  s.tTrust[ai] += p.trustGain * (0.5 + s.reliability[h]) * (1 - s.tTrust[ai]);
  if (s.tLedger[hi] <= p.matcherTolerance) s.tTrust[hi] += 0.5 * p.trustGain * (1 - s.tTrust[hi]);
  s.standing[h] = s.standing[h] + 0.1 > 1 ? 1 : s.standing[h] + 0.1;
  bump(s, t, kind === KIND_KNOWLEDGE ? I_HELP_KNOWLEDGE : kind === KIND_PRACTICAL ? I_HELP_PRACTICAL : I_HELP_EMOTIONAL);
  if (!cfg.layers) return;
  s.energy[h] -= cost;
  // Helping takes time from the helper's own work (knowledge and practical help).
  if (kind !== KIND_EMOTIONAL) s.need[h] += cost;
  s.contribution[h] += benefit;
  // Collaboration rewards make helping visible [Rewarding and Recognizing Collaborative Behavior].
  s.recognition[h] += 0.12 * lever(s, s.team[h], L_COLLABORATION_REWARDS) * benefit * 10;
  if (kind === KIND_EMOTIONAL) {
    s.energy[a] += benefit;
    s.morale[a] += 0.3 * benefit;
  } else {
    s.need[a] -= 2 * benefit;
    if (s.need[a] < 0) s.need[a] = 0;
    if (kind === KIND_KNOWLEDGE) s.skill[a] += 0.004 * (1 - s.skill[a]);
  }
  if (s.energy[a] > 1) s.energy[a] = 1;
  if (s.stories && s.need[a] + 2 * benefit > 0.45 && kind !== KIND_EMOTIONAL) {
    tell(s, idA, 'was-helped', `${nameOf(s, idH)} helped ${nameOf(s, idA)} through a heavy week.`, idH);
    tell(s, idH, 'helped', `${nameOf(s, idH)} helped ${nameOf(s, idA)} through a heavy week.`, idA);
  }
}

function refuse(s: EngineState, cfg: EngineConfig, a: number, h: number, ai: number): void {
  const p = cfg.p;
  const t = s.team[a];
  bump(s, t, I_HELP_REFUSED);
  s.standing[h] = s.standing[h] - 0.1 < -1 ? -1 : s.standing[h] - 0.1;
  if (!cfg.layers) return;
  const owed = s.tLedger[ai];
  if (owed > 0.05) {
    // A refusal from someone you have helped is a breach: trust falls fast and resentment rises.
    s.tTrust[ai] -= p.trustLossRefusal * (1 + 2 * owed);
    s.tResent[ai] += 0.5 * owed;
    if (s.stories && owed > 0.2) {
      tell(s, s.id[a], 'was-refused', `${nameOf(s, s.id[h])} refused to help ${nameOf(s, s.id[a])}, after ${nameOf(s, s.id[a])} had helped them more than once.`, s.id[h]);
      tell(s, s.id[h], 'refused', `${nameOf(s, s.id[h])} turned down ${nameOf(s, s.id[a])}, who had helped them before.`, s.id[a]);
    }
  } else {
    s.tTrust[ai] -= 0.25 * p.trustLossRefusal;
  }
  if (s.tTrust[ai] < 0) s.tTrust[ai] = 0;
}
