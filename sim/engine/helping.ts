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
import { drawAt, drawFrom, personWeek, STREAM, streamWeek } from './random.ts';
import { findTie } from './ties.ts';
import {
  GIVER, L_COLLABORATION_REWARDS, L_INCLUSION, L_PERFORMANCE_HOW, L_TEAM_CHARTER, MATCHER, REPUTATION, TAKER, TIE_CONFLICT, TIE_SUPPORTED, TIE_WITHDRAWN, LEVER_COUNT, lever, type EngineState,
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
  const { energy, guarded, need, norm, outGroup, standing, style, tFlags, tLedger, tTrust, team, withdrawn, policy } = s;
  const p = cfg.p;
  const ledger = tLedger[hi];
  let prob: number;
  switch (style[h]) {
    case GIVER:
      prob = 0.92;
      break;
    case MATCHER:
      // Generous tit-for-tat: help unless the asker owes more than the tolerance; forgive sometimes.
      prob = ledger > p.matcherTolerance * (cfg.layers ? 1 + 0.5 * lever(s, team[h], L_TEAM_CHARTER) : 1) ? p.matcherForgiveness : 0.9;
      break;
    case TAKER:
      prob = p.takerHelp;
      break;
    case REPUTATION:
    default:
      // Image scoring: help those whose standing in the team is not bad.
      prob = standing[a] >= -0.05 ? 0.9 : p.matcherForgiveness;
      break;
  }
  if (!cfg.layers) return prob;
  if (withdrawn[h] || tFlags[hi] & TIE_WITHDRAWN) return 0;
  const t = team[h];
  const row = t * LEVER_COUNT;
  const how = policy[row + L_PERFORMANCE_HOW];
  const rewards = policy[row + L_COLLABORATION_REWARDS];
  // What the organisation rewards moves even takers [Integrating Reciprocity into Performance Management].
  if (style[h] === TAKER) prob += 0.3 * how + 0.2 * rewards + 0.1 * policy[row + L_TEAM_CHARTER];
  else prob += 0.06 * (how + rewards);
  const e = energy[h];
  const giver = style[h] === GIVER;
  // Givers keep giving until they are nearly empty [The Dangers of a One-Sided Relationship].
  if (giver) prob *= e > 0.35 ? 1 : 0.65 + e;
  else prob *= e > 0.7 ? 1 : 0.3 + e;
  const trustFactor = 0.65 + 0.7 * tTrust[hi];
  prob *= trustFactor > 1 ? 1 : trustFactor;
  prob *= 0.72 + 0.42 * norm[t];
  prob *= 1 - 0.5 * guarded[h];
  if (outGroup[a]) prob *= 0.75 + 0.25 * lever(s, team[a], L_INCLUSION);
  if (need[h] > 0.3 && !giver) prob *= 0.6;
  return prob < 0 ? 0 : prob > 1 ? 1 : prob;
}

// This week's draw prefixes per stream (set at the start of helpingWeek; see random.ts streamWeek).
let askingDraws = 0;
let kindDraws = 0;
let helpingDraws = 0;
let trustDraws = 0;

/** The tie a→helper that a asks along (−1: nobody to ask). */
function chooseHelper(s: EngineState, a: number, skip: number, k: number): number {
  const { id, tFlags, tPeer, tTrust } = s;
  const base = a * s.K;
  let best = -1;
  let bestScore = -1;
  const asker = personWeek(askingDraws, id[a]);
  for (let j = 0; j < s.K; j++) {
    const i = base + j;
    const peer = tPeer[i];
    if (peer < 0 || peer === skip || tFlags[i] & TIE_CONFLICT) continue;
    const score = tTrust[i] + 0.6 * drawAt(asker, 16 + k * 16 + j);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

function chooseKind(s: EngineState, a: number, k: number): number {
  const { energy, id, skill } = s;
  const u = drawFrom(kindDraws, id[a], k);
  if (energy[a] < 0.45 && u < 0.5) return KIND_EMOTIONAL;
  const pk = skill[a] < 0.45 ? 0.5 : 0.38;
  if (u < pk) return KIND_KNOWLEDGE;
  if (u < 0.8) return KIND_PRACTICAL;
  return KIND_EMOTIONAL;
}

/** Asking, helping and trust for one week. */
export function helpingWeek(s: EngineState, cfg: EngineConfig, tally: HelpTally): void {
  const { alive, energy, id, need: needOf, outGroup, role, safety, style, team, policy } = s;
  const p = cfg.p;
  askingDraws = streamWeek(s.seed, STREAM.asking, s.week);
  kindDraws = streamWeek(s.seed, STREAM.kind, s.week);
  helpingDraws = streamWeek(s.seed, STREAM.helping, s.week);
  trustDraws = streamWeek(s.seed, STREAM.trust, s.week);
  for (let a = 0; a < s.cap; a++) {
    if (!alive[a] || role[a] !== ROLE_MEMBER) continue;
    const t = team[a];
    const idA = id[a];
    let asks = 0;
    if (!cfg.layers) {
      asks = 1;
    } else {
      const need = needOf[a];
      const taker = style[a] === TAKER;
      const lowEnergy = energy[a] < 0.45;
      if (need > 0.04 || lowEnergy || taker) {
        let pa = (p.askBase + p.askSafetyGain * safety[a]) * (need > 0.04 || lowEnergy ? (need * 4 + 0.4 > 1 ? 1 : need * 4 + 0.4) : 0.5);
        // Takers ask often, need or not [Grant 2013].
        if (taker) pa *= 1.4;
        if (outGroup[a]) pa *= 0.55 + 0.45 * policy[t * LEVER_COUNT + L_INCLUSION];
        if (drawFrom(askingDraws, idA, 0) < pa) asks = need > 0.4 || taker ? 2 : 1;
      }
    }
    let last = -1;
    for (let k = 0; k < asks; k++) {
      const ai = chooseHelper(s, a, last, k);
      if (ai < 0) break;
      const h = s.tPeer[ai];
      last = h;
      ask(s, cfg, a, h, ai, k, tally);
    }
  }
}

/** a asks h along the tie a→h at index ai (ties are unique per pair, so ai = findTie(s, a, h)). */
function ask(s: EngineState, cfg: EngineConfig, a: number, h: number, ai: number, k: number, tally: HelpTally): void {
  const { contribution, energy, exchanged, id, morale, need, payoff, recognition, reliability, skill, standing, tLedger, tTrust, tWeeks, team } = s;
  const p = cfg.p;
  const t = team[a];
  const hi = findTie(s, h, a);
  if (hi < 0) return;
  bump(s, t, I_HELP_ASKED);
  tally.asked[t]++;
  const idA = id[a];
  const idH = id[h];
  const prob = helpProbability(s, cfg, h, a, hi);
  // A draw in [0, 1) cannot fall below a chance of 0 (a withdrawn helper): it is skipped, its index kept.
  if (prob <= 0 || drawFrom(helpingDraws, idH, idA * 4 + k) >= prob) {
    refuse(s, cfg, a, h, ai);
    return;
  }
  const kind = chooseKind(s, a, k);
  const cost = kind === KIND_KNOWLEDGE ? p.knowledgeCost : kind === KIND_PRACTICAL ? p.practicalCost : p.emotionalCost;
  const benefit = kind === KIND_KNOWLEDGE ? p.knowledgeBenefit : kind === KIND_PRACTICAL ? p.practicalBenefit : p.emotionalBenefit;
  const delivered = !cfg.layers || drawFrom(trustDraws, idH, idA * 4 + k) < 0.35 + 0.65 * reliability[h];
  tWeeks[hi] = 0;
  tWeeks[ai] = 0;
  if (!delivered) {
    // Willing but unreliable: the promise is not kept, and trust erodes [Maintaining Accountability and Reliability].
    energy[h] -= 0.5 * cost;
    tTrust[ai] -= 0.4 * p.trustLossRefusal * tTrust[ai];
    bump(s, t, I_HELP_REFUSED);
    return;
  }
  tally.met[t]++;
  payoff[h] -= cost;
  payoff[a] += benefit;
  tLedger[hi] += benefit;
  tLedger[ai] -= benefit;
  exchanged[h] += benefit;
  exchanged[a] += benefit;
  tTrust[ai] += p.trustGain * (0.5 + reliability[h]) * (1 - tTrust[ai]);
  if (tLedger[hi] <= p.matcherTolerance) tTrust[hi] += 0.5 * p.trustGain * (1 - tTrust[hi]);
  standing[h] = standing[h] + 0.1 > 1 ? 1 : standing[h] + 0.1;
  bump(s, t, kind === KIND_KNOWLEDGE ? I_HELP_KNOWLEDGE : kind === KIND_PRACTICAL ? I_HELP_PRACTICAL : I_HELP_EMOTIONAL);
  if (!cfg.layers) return;
  energy[h] -= cost;
  // Helping takes time from the helper's own work (knowledge and practical help).
  if (kind !== KIND_EMOTIONAL) need[h] += cost;
  contribution[h] += benefit;
  // Collaboration rewards make helping visible [Rewarding and Recognizing Collaborative Behavior].
  recognition[h] += 0.12 * lever(s, team[h], L_COLLABORATION_REWARDS) * benefit * 10;
  if (kind === KIND_EMOTIONAL) {
    energy[a] += benefit;
    morale[a] += 0.3 * benefit;
  } else {
    need[a] -= 2 * benefit;
    if (need[a] < 0) need[a] = 0;
    if (kind === KIND_KNOWLEDGE) skill[a] += 0.004 * (1 - skill[a]);
  }
  if (energy[a] > 1) energy[a] = 1;
  if (s.stories && need[a] + 2 * benefit > 0.45 && kind !== KIND_EMOTIONAL) {
    tell(s, idA, 'was-helped', `${nameOf(s, idH)} helped ${nameOf(s, idA)} through a heavy week.`, idH);
    tell(s, idH, 'helped', `${nameOf(s, idH)} helped ${nameOf(s, idA)} through a heavy week.`, idA);
  } else if (s.stories && kind === KIND_EMOTIONAL && energy[a] - benefit < 0.45 && !(s.tFlags[ai] & TIE_SUPPORTED)) {
    // Emotional support on a hard day is the help people remember [Offering Emotional Support and Encouragement];
    // told the first time per colleague, so a long crisis does not fill the story. The flag is read by stories only.
    s.tFlags[ai] |= TIE_SUPPORTED;
    tell(s, idA, 'was-helped', `${nameOf(s, idH)} listened to ${nameOf(s, idA)} on a hard day.`, idH);
    tell(s, idH, 'helped', `${nameOf(s, idH)} listened to ${nameOf(s, idA)} on a hard day.`, idA);
  }
}

function refuse(s: EngineState, cfg: EngineConfig, a: number, h: number, ai: number): void {
  const { id, standing, tLedger, tResent, tTrust, team } = s;
  const p = cfg.p;
  const t = team[a];
  bump(s, t, I_HELP_REFUSED);
  standing[h] = standing[h] - 0.1 < -1 ? -1 : standing[h] - 0.1;
  if (!cfg.layers) return;
  const owed = tLedger[ai];
  if (owed > 0.05) {
    // A refusal from someone you have helped is a breach: trust falls fast and resentment rises.
    tTrust[ai] -= p.trustLossRefusal * (1 + 2 * owed);
    tResent[ai] += 0.5 * owed;
    if (s.stories && owed > 0.2) {
      tell(s, id[a], 'was-refused', `${nameOf(s, id[h])} refused to help ${nameOf(s, id[a])}, after ${nameOf(s, id[a])} had helped them more than once.`, id[h]);
      tell(s, id[h], 'refused', `${nameOf(s, id[h])} turned down ${nameOf(s, id[a])}, who had helped them before.`, id[a]);
    }
  } else {
    tTrust[ai] -= 0.25 * p.trustLossRefusal;
  }
  if (tTrust[ai] < 0) tTrust[ai] = 0;
}
