/**
 * Processes 3–4: the helping decision and what one exchange does.
 *
 * The decision is a donation game (cost c to the helper, benefit b > c to the
 * receiver) played by style [The Psychology of Reciprocity]: givers always
 * give, takers mostly refuse, matchers play generous tit-for-tat on the
 * ledger, reputation-reciprocators help those in good standing (image
 * scoring). In the workplace, a felt debt pulls toward helping those who have
 * helped you (obligation; takers feel it less), recent recognition makes
 * helpers help again (gratitude; Grant & Gino 2010), engagement returns as
 * extra-role help, and energy, trust in the asker, the helping norm one has
 * seen, guardedness, inclusion and what performance management rewards scale
 * the rest [The Individual's Responsibility; Integrating Reciprocity into
 * Performance Management; Rewarding and Recognizing Collaborative Behavior].
 *
 * Trust is asymmetric [Building Trust Through Consistent Action]: a reliable
 * exchange closes a small fraction of the gap to full trust; a refusal after
 * having been helped costs a large step, leaves resentment, and weighs on the
 * one who refused (guilt). Willing but unreliable helpers erode trust too
 * [Maintaining Accountability and Reliability].
 */
import { tell } from '../narrate/happenings.ts';
import { bump } from './accumulate.ts';
import type { EngineConfig } from './config.ts';
import { I_HELP_EMOTIONAL, I_HELP_KNOWLEDGE, I_HELP_OFFERED, I_HELP_PRACTICAL, I_HELP_REFUSED } from './metric-index.ts';
import {
  GIVER, L_COLLABORATION_REWARDS, L_INCLUSION, L_PERFORMANCE_HOW, L_TEAM_CHARTER, LEVER_COUNT, MATCHER, TAKER, TIE_BOUNDARY, TIE_SUPPORTED, TIE_WITHDRAWN,
  lever, type EngineState,
} from './state.ts';
import { ledgerNow, touchTie, trustNow } from './ties.ts';

export const KIND_KNOWLEDGE = 0;
export const KIND_PRACTICAL = 1;
export const KIND_EMOTIONAL = 2;

/** The style's own rule: the chance h helps a in the bare donation game (ledger = h's ledger toward a now). */
export function styleRule(s: EngineState, cfg: EngineConfig, h: number, a: number, ledger: number): number {
  const p = cfg.p;
  switch (s.style[h]) {
    case GIVER:
      return p.giverHelp;
    case MATCHER: {
      // Generous tit-for-tat: help unless the asker owes more than the tolerance; forgive sometimes.
      const tolerance = p.matcherTolerance * (cfg.layers ? 1 + p.charterTolerance * lever(s, s.team[h], L_TEAM_CHARTER) : 1);
      return ledger > tolerance ? p.matcherForgiveness : p.matcherHelp;
    }
    case TAKER:
      return p.takerHelp;
    default:
      // Image scoring: help those whose standing in the team is not bad.
      return s.standing[a] >= p.reputationLine ? p.reputationHelp : p.matcherForgiveness;
  }
}

/** How strongly h feels they owe a, 0–1 (ledger = h's ledger toward a: negative when a gave more). */
export function obligation(s: EngineState, cfg: EngineConfig, h: number, ledger: number): number {
  if (ledger >= 0) return 0;
  const p = cfg.p;
  const owe = -ledger / p.obligationScale;
  return (owe > 1 ? 1 : owe) * (s.style[h] === TAKER ? p.takerObligation : 1);
}

/** Probability that helper h helps asker a (tie h→a at index hi). */
export function helpProbability(s: EngineState, cfg: EngineConfig, h: number, a: number, hi: number): number {
  const ledger = ledgerNow(s, cfg, hi);
  let prob = styleRule(s, cfg, h, a, ledger);
  if (!cfg.layers) return prob;
  if (s.withdrawn[h] || s.tFlags[hi] & TIE_WITHDRAWN) return 0;
  const p = cfg.p;
  // Repaying a favour [The Psychology of Reciprocity]: a felt debt closes part of the gap to certain help.
  prob += p.obligationWeight * obligation(s, cfg, h, ledger) * (1 - prob);
  const t = s.team[h];
  const row = t * LEVER_COUNT;
  const how = s.policy[row + L_PERFORMANCE_HOW];
  const rewards = s.policy[row + L_COLLABORATION_REWARDS];
  const giver = s.style[h] === GIVER;
  // What the organisation rewards moves even takers [Integrating Reciprocity into Performance Management].
  if (s.style[h] === TAKER) prob += p.takerHowBoost * how + p.takerRewardsBoost * rewards + p.takerCharterBoost * s.policy[row + L_TEAM_CHARTER];
  else prob += p.incentiveBoost * (how + rewards);
  // Thanked helpers help again (Grant & Gino 2010).
  prob += p.gratitudeHelp * s.recognition[h] * (1 - prob);
  // Engagement returns as extra-role help.
  prob *= p.helpMoraleBase + p.helpMoraleGain * s.morale[h];
  const e = s.energy[h];
  // Givers keep giving until they are nearly empty [The Dangers of a One-Sided Relationship].
  if (giver) prob *= e > p.giverEnergyKnee ? 1 : p.giverEnergyFloor + e;
  else prob *= e > p.energyKnee ? 1 : p.energyFloor + e;
  const trustFactor = p.trustFactorBase + p.trustFactorGain * trustNow(s, cfg, hi);
  prob *= trustFactor > 1 ? 1 : trustFactor;
  prob *= p.normFactorBase + p.normFactorGain * s.norm[h];
  prob *= 1 - p.guardedWeight * s.guarded[h];
  if (s.outGroup[a]) prob *= p.outGroupHelp + (1 - p.outGroupHelp) * lever(s, s.team[a], L_INCLUSION);
  if (s.need[h] > p.busyHelperNeed && !giver) prob *= p.busyHelperFactor;
  // A boundary set after an imbalance was brushed off: help only as far as the ledger allows [Setting Clear
  // Expectations and Boundaries].
  if (s.tFlags[hi] & TIE_BOUNDARY && ledger > p.matcherTolerance && prob > p.matcherForgiveness) prob = p.matcherForgiveness;
  return prob < 0 ? 0 : prob > 1 ? 1 : prob;
}

/** Chance that h delivers help they agreed to give (reliability). */
export function deliveryChance(s: EngineState, cfg: EngineConfig, h: number): number {
  const p = cfg.p;
  return p.deliveryBase + (1 - p.deliveryBase) * s.reliability[h];
}

/** Cost to the helper and benefit to the receiver of a kind of help. */
export function costOf(cfg: EngineConfig, kind: number): number {
  const p = cfg.p;
  return kind === KIND_KNOWLEDGE ? p.knowledgeCost : kind === KIND_PRACTICAL ? p.practicalCost : p.emotionalCost;
}
export function benefitOf(cfg: EngineConfig, kind: number): number {
  const p = cfg.p;
  return kind === KIND_KNOWLEDGE ? p.knowledgeBenefit : kind === KIND_PRACTICAL ? p.practicalBenefit : p.emotionalBenefit;
}

/** Help promised but not delivered: the helper spends a little time, the receiver's trust erodes. */
export function undelivered(s: EngineState, cfg: EngineConfig, h: number, ai: number, kind: number): void {
  const p = cfg.p;
  s.need[h] += p.undeliveredCost * costOf(cfg, kind);
  touchTie(s, cfg, ai);
  s.tTrust[ai] -= p.undeliveredTrustLoss * p.trustLossRefusal * s.tTrust[ai];
  bump(s, s.team[ai / s.K | 0], I_HELP_REFUSED);
}

/**
 * h helps a (ties h→a at hi and a→h at ai): payoffs, ledgers, trust, standing,
 * and in the workplace energy, work, recognition, skill and morale.
 */
export function exchange(s: EngineState, cfg: EngineConfig, h: number, a: number, hi: number, ai: number, kind: number, offered: boolean): void {
  const p = cfg.p;
  const cost = costOf(cfg, kind);
  const benefit = benefitOf(cfg, kind);
  touchTie(s, cfg, hi);
  touchTie(s, cfg, ai);
  s.payoff[h] -= cost;
  s.payoff[a] += benefit;
  s.tLedger[hi] += benefit;
  s.tLedger[ai] -= benefit;
  s.exchanged[h] += benefit;
  s.exchanged[a] += benefit;
  s.tTrust[ai] += p.trustGain * (p.trustGainBase + s.reliability[h]) * (1 - s.tTrust[ai]);
  if (s.tTrust[ai] > 1) s.tTrust[ai] = 1;
  if (s.tLedger[hi] <= p.matcherTolerance) s.tTrust[hi] += p.helperTrustShare * p.trustGain * (1 - s.tTrust[hi]);
  s.standing[h] = s.standing[h] + p.standingStep > 1 ? 1 : s.standing[h] + p.standingStep;
  const t = s.team[a];
  bump(s, t, kind === KIND_KNOWLEDGE ? I_HELP_KNOWLEDGE : kind === KIND_PRACTICAL ? I_HELP_PRACTICAL : I_HELP_EMOTIONAL);
  if (offered) bump(s, t, I_HELP_OFFERED);
  if (!cfg.layers) return;
  // The cost is paid once: knowledge and practical help take time from the helper's own work (out of spare capacity
  // first, then as unmet work, which drains them like any other); emotional support takes energy.
  if (kind === KIND_EMOTIONAL) s.energy[h] = s.energy[h] > cost ? s.energy[h] - cost : 0;
  else s.need[h] += cost;
  s.contribution[h] += benefit;
  // Collaboration rewards make helping visible [Rewarding and Recognizing Collaborative Behavior].
  const recognition = s.recognition[h] + p.collaborationRecognition * lever(s, s.team[h], L_COLLABORATION_REWARDS) * benefit;
  s.recognition[h] = recognition > 1 ? 1 : recognition;
  const hardDay = kind === KIND_EMOTIONAL ? s.energy[a] < p.askLowEnergy : s.need[a] > p.askTwiceNeed;
  if (kind === KIND_EMOTIONAL) {
    s.energy[a] = s.energy[a] + benefit > 1 ? 1 : s.energy[a] + benefit;
    s.morale[a] = s.morale[a] + p.emotionalMorale * benefit > 1 ? 1 : s.morale[a] + p.emotionalMorale * benefit;
  } else {
    // Help relieves unmet work; it does not create spare capacity.
    const relieved = s.need[a] - p.reliefPerBenefit * benefit;
    s.need[a] = relieved > 0 ? relieved : s.need[a] < 0 ? s.need[a] : 0;
    if (kind === KIND_KNOWLEDGE) s.skill[a] += p.knowledgeSkill * (1 - s.skill[a]);
  }
  // The help people remember: through a heavy week, or listened to on a hard day (told once per colleague).
  if (s.stories && hardDay && !(kind === KIND_EMOTIONAL && s.tFlags[ai] & TIE_SUPPORTED)) {
    if (kind === KIND_EMOTIONAL) s.tFlags[ai] |= TIE_SUPPORTED;
    const happening = { week: s.week, what: 'help', helper: s.id[h], receiver: s.id[a], emotional: kind === KIND_EMOTIONAL, offered } as const;
    tell(s, s.id[a], happening);
    tell(s, s.id[h], happening);
  }
}

/** h refuses a (tie a→h at ai): standing falls; a refusal by someone a has helped is a breach. */
export function refuse(s: EngineState, cfg: EngineConfig, a: number, h: number, ai: number): void {
  const p = cfg.p;
  bump(s, s.team[a], I_HELP_REFUSED);
  s.standing[h] = s.standing[h] - p.standingStep < -1 ? -1 : s.standing[h] - p.standingStep;
  if (!cfg.layers) return;
  touchTie(s, cfg, ai);
  const owed = s.tLedger[ai];
  if (owed > p.owedLine) {
    // A refusal from someone you have helped is a breach: trust falls fast and resentment rises; the refuser feels it too.
    s.tTrust[ai] -= p.trustLossRefusal * (1 + p.refusalOwedScale * owed);
    s.tResent[ai] += p.resentPerOwed * owed;
    const guilt = s.guilt[h] + p.guiltGain * owed * (s.style[h] === TAKER ? p.takerObligation : 1);
    s.guilt[h] = guilt > 1 ? 1 : guilt;
    if (s.stories && owed > p.obligationScale) {
      const happening = { week: s.week, what: 'refusal', refuser: s.id[h], asker: s.id[a] } as const;
      tell(s, s.id[a], happening);
      tell(s, s.id[h], happening);
    }
  } else {
    s.tTrust[ai] -= p.plainRefusalLoss * p.trustLossRefusal;
  }
  if (s.tTrust[ai] < 0) s.tTrust[ai] = 0;
}
