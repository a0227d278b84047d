/**
 * Process 6: conversations, mediation and walking away. Each open conflict may
 * be talked about — likelier with psychological safety, empathy and
 * collaboration training [The Importance of Open and Honest Conversation; The
 * Role of Empathy in Conflict Resolution; Training and Development for
 * Collaborative Skills] — or mediated by the leader [The Leader as a
 * Mediator]. Neither ends a conflict by itself: the other person has to give
 * back, and decides as they would when asked for help (their style, what they
 * owe, their energy, their trust), so a taker often does not and a repair can
 * fail. When they do, ledgers are evened up and resentment eases, and the
 * conflict ends once it has fallen back (imbalance.ts). A conflict left open
 * for walkAwayWeeks ends in a boundary: the two stop working closely
 * [Knowing When to Walk Away].
 */
import { tell } from '../narrate/happenings.ts';
import type { EngineConfig } from './config.ts';
import { helpProbability } from './exchange.ts';
import { voiceChance } from './imbalance.ts';
import { DRAW, drawAt, PAIR_STRIDE, personWeek, STREAM, streamWeek } from './random.ts';
import { L_COLLABORATION_TRAINING, L_MEDIATION, LEVER_COUNT, TIE_CONFLICT, TIE_GAVE_BACK, TIE_MEDIATED, type EngineState } from './state.ts';
import { findTie, removeTiePair, touchTie } from './ties.ts';

/** The other person gives back on conflict tie i (h's tie to them, j theirs to h). */
function giveBack(s: EngineState, cfg: EngineConfig, i: number, j: number, mediated: boolean): void {
  const p = cfg.p;
  touchTie(s, cfg, i);
  touchTie(s, cfg, j);
  s.tLedger[i] *= p.repairRebalanceKeep;
  s.tLedger[j] *= p.repairRebalanceKeep;
  s.tResent[i] *= p.repairRelief;
  s.tFlags[i] |= TIE_GAVE_BACK | (mediated ? TIE_MEDIATED : 0);
}

/** Conversations and mediation for every open conflict, and boundaries for the oldest. */
export function repairWeek(s: EngineState, cfg: EngineConfig): void {
  const p = cfg.p;
  const { empathy, id, leaderEmpathy, leaderSlot, safety, tFlags, tPeer, team, policy, conflicts } = s;
  const K = s.K;
  const repairDraws = streamWeek(s.luck, STREAM.repair, s.week);
  for (let h = 0; h < s.cap; h++) {
    if (conflicts[h] === 0) continue;
    const t = team[h];
    const training = policy[t * LEVER_COUNT + L_COLLABORATION_TRAINING];
    const pMediation = leaderSlot[t] >= 0 ? p.mediationRate * policy[t * LEVER_COUNT + L_MEDIATION] * (p.mediationEmpathyBase + (1 - p.mediationEmpathyBase) * leaderEmpathy[t]) : 0;
    const luck = personWeek(repairDraws, id[h]);
    for (let i = h * K; i < h * K + K; i++) {
      if (tPeer[i] < 0 || !(tFlags[i] & TIE_CONFLICT)) continue;
      const peer = tPeer[i];
      const k = id[peer] * PAIR_STRIDE;
      if (!(tFlags[i] & TIE_GAVE_BACK)) {
        const j = findTie(s, peer, h);
        const pairEmpathy = (empathy[h] + empathy[peer]) / 2;
        const pConversation = p.repairBase + voiceChance(p.voiceRate, safety[h]) + p.repairEmpathy * pairEmpathy + p.repairTraining * training;
        if (j >= 0 && drawAt(luck, k + DRAW.repairConversation) < pConversation) {
          const listens = p.conversationListen + p.conversationEmpathy * empathy[peer] + p.conversationTraining * training;
          if (drawAt(luck, k + DRAW.repairListens) < helpProbability(s, cfg, peer, h, j) * (listens > 1 ? 1 : listens)) giveBack(s, cfg, i, j, false);
        } else if (j >= 0 && pMediation > 0 && drawAt(luck, k + DRAW.repairMediation) < pMediation) {
          // The leader asks the other to give back; they may still refuse.
          if (drawAt(luck, k + DRAW.repairListens) < helpProbability(s, cfg, peer, h, j) * p.mediationPressure) giveBack(s, cfg, i, j, true);
        }
      }
      if (tFlags[i] & TIE_CONFLICT && !(tFlags[i] & TIE_GAVE_BACK) && s.week - s.tSince[i] >= p.walkAwayWeeks) {
        tell(s, id[h], { week: s.week, what: 'boundary', person: id[h], other: id[peer] });
        removeTiePair(s, i);
      }
    }
  }
}
