/**
 * Process 5: imbalance breeds resentment, resentment is voiced or becomes
 * conflict, conflict becomes withdrawal — first from that person, then from
 * everyone — and guardedness spreads to the withdrawn person's colleagues
 * [Recognizing the Signs of an Imbalance; The Danger of Unchecked Imbalances;
 * The Dangers of a One-Sided Relationship].
 *
 * Where it feels safe, a building imbalance is named early ("I have been
 * feeling the help runs one way…"); whether that helps depends on the other
 * person, who gives back — or does not — as they would when asked
 * [The Importance of Open and Honest Conversation; The Role of Communication in
 * Reciprocity]. A conflict ends when resentment has fallen back: quickly once
 * the other has given back (repair.ts), slowly or never if not. Unused ties of
 * little trust dissolve here too [The Continuous Nature of Relationship
 * Maintenance]. A team charter reduces the resentment that comes from
 * mismatched ideas of a fair exchange [Setting Clear Expectations and Boundaries].
 */
import { record, tell } from '../narrate/happenings.ts';
import { ROLE_MEMBER } from '../types.ts';
import { bump } from './accumulate.ts';
import { PARAM, type EngineConfig } from './config.ts';
import { helpProbability } from './exchange.ts';
import { I_REPAIRS, I_WITHDRAWALS } from './metric-index.ts';
import { DRAW, drawAt, drawFrom, PAIR_STRIDE, personWeek, STREAM, streamWeek } from './random.ts';
import { voiceEpisode } from './safety.ts';
import {
  GIVER, L_COLLABORATION_TRAINING, L_TEAM_CHARTER, LEVER_COUNT, TAKER, TIE_BOUNDARY, TIE_CONFLICT, TIE_GAVE_BACK, TIE_MEDIATED, TIE_MENTOR, TIE_REPAIRED,
  TIE_WITHDRAWN, type EngineState,
} from './state.ts';
import { findTie, removeTiePair, touchTie } from './ties.ts';

/**
 * Weekly chance that a person voices a building imbalance (or, in repair.ts,
 * the extra chance of a conversation about a conflict): voiceRate × safety².
 * Squared because speaking up takes two judgements that both rest on felt
 * safety — that raising it will not be held against you, and that it will be
 * heard (Edmondson 1999; Detert & Burris 2007).
 */
export function voiceChance(voiceRate: number, safety: number): number {
  return voiceRate * safety * safety;
}

/** The resentment at which a relationship of h's turns into conflict. */
export function conflictLine(s: EngineState, cfg: EngineConfig, t: number): number {
  return cfg.p.conflictThreshold * (1 + cfg.p.trainingThreshold * s.policy[t * LEVER_COUNT + L_COLLABORATION_TRAINING]);
}

/** h names the imbalance on tie i to its peer; the peer gives back or brushes it off. Returns whether it was heard. */
function voice(s: EngineState, cfg: EngineConfig, h: number, i: number, t: number, u: number): boolean {
  const peer = s.tPeer[i];
  const j = findTie(s, peer, h);
  const heard = j >= 0 && u < helpProbability(s, cfg, peer, h, j);
  voiceEpisode(s, cfg, h, heard);
  touchTie(s, cfg, i);
  if (s.stories) tell(s, s.id[h], { week: s.week, what: 'voiced', person: s.id[h], other: s.id[peer], heard });
  if (!heard) {
    // Brushed off: trust suffers, but having said it eases the resentment, and from now on the ledger sets the limit.
    s.tTrust[i] = Math.max(0, s.tTrust[i] - cfg.p.voiceIgnoredTrust);
    s.tResent[i] *= cfg.p.repairRelief;
    s.tFlags[i] |= TIE_BOUNDARY;
    return false;
  }
  // Expectations are reset and the other starts to give back: both ledgers shrink, the resentment is gone.
  s.tResent[i] = 0;
  s.tLedger[i] *= cfg.p.rebalanceKeep;
  touchTie(s, cfg, j);
  s.tLedger[j] *= cfg.p.rebalanceKeep;
  bump(s, t, I_REPAIRS);
  return true;
}

/** Opens a conflict on tie i: h withdraws from the peer. */
function openConflict(s: EngineState, cfg: EngineConfig, h: number, i: number, t: number): void {
  touchTie(s, cfg, i);
  s.tFlags[i] = (s.tFlags[i] | TIE_CONFLICT | TIE_WITHDRAWN) & ~(TIE_GAVE_BACK | TIE_MEDIATED);
  s.conflicts[h]++;
  s.tTrust[i] *= cfg.p.conflictTrustKeep;
  s.tSince[i] = s.week;
  if (!s.stories) return;
  const happening = { week: s.week, what: 'conflict', person: s.id[h], other: s.id[s.tPeer[i]], team: t } as const;
  tell(s, s.id[h], happening);
  tell(s, s.id[s.tPeer[i]], happening);
  record(s, happening);
}

/**
 * Closes the conflict on tie i (resentment has fallen back). If the other gave
 * back, the relationship is repaired and ends stronger than before it soured
 * [Learning and Growth from Challenges]; otherwise it only cools.
 */
function closeConflict(s: EngineState, cfg: EngineConfig, h: number, i: number, t: number): void {
  const p = cfg.p;
  const flags = s.tFlags[i];
  s.tFlags[i] = flags & ~(TIE_CONFLICT | TIE_WITHDRAWN | TIE_GAVE_BACK | TIE_MEDIATED);
  s.conflicts[h]--;
  if (!(flags & TIE_GAVE_BACK)) return;
  const peer = s.tPeer[i];
  const empathy = (s.empathy[h] + s.empathy[peer]) / 2;
  touchTie(s, cfg, i);
  s.tFlags[i] |= TIE_REPAIRED;
  const repaired = s.tTrust[i] / p.conflictTrustKeep + p.repairBonus * (1 + 2 * empathy) / 2;
  s.tTrust[i] = repaired > 1 ? 1 : repaired;
  const j = findTie(s, peer, h);
  if (j >= 0) {
    touchTie(s, cfg, j);
    s.tFlags[j] |= TIE_REPAIRED;
    s.tTrust[j] = s.tTrust[j] + p.repairBonus > 1 ? 1 : s.tTrust[j] + p.repairBonus;
  }
  bump(s, t, I_REPAIRS);
  if (!s.stories && !s.log) return;
  const happening = { week: s.week, what: 'repair', person: s.id[h], other: s.id[peer], team: t, mediated: (flags & TIE_MEDIATED) !== 0 } as const;
  tell(s, s.id[h], happening);
  tell(s, s.id[peer], happening);
  if (flags & TIE_MEDIATED) record(s, happening);
}

/**
 * Resentment, voice, conflict, dissolution of unused ties, withdrawal and guardedness for one week (parameters and
 * arrays read into locals once a week; the hot loop reads no property).
 */
export function imbalanceWeek(s: EngineState, cfg: EngineConfig): void {
  const K = s.K;
  const week = s.week;
  const { alive, role, team, style, safety, withdrawn, guarded, energy, id, exchanged, policy, tPeer, tResent, tFlags, tTrust, tLedger, tLast } = s;
  const { trustKeep, ledgerKeep } = cfg;
  // Parameters as plain doubles in locals (config.ts `values`).
  const v = cfg.values;
  const ledgerDecay = v[PARAM.ledgerDecay];
  const matcherTolerance = v[PARAM.matcherTolerance];
  const resentmentRate = v[PARAM.resentmentRate];
  const giverResentment = v[PARAM.giverResentment];
  const takerResentment = v[PARAM.takerResentment];
  const charterResentment = v[PARAM.charterResentment];
  const conflictThreshold = v[PARAM.conflictThreshold];
  const trainingThreshold = v[PARAM.trainingThreshold];
  const voiceSigns = v[PARAM.voiceSigns];
  const conflictResolve = v[PARAM.conflictResolve];
  const voiceRate = v[PARAM.voiceRate];
  const tieDropWeeks = v[PARAM.tieDropWeeks];
  const tieDropTrust = v[PARAM.tieDropTrust];
  const fadeTarget = v[PARAM.fadeTarget];
  const resentmentKeep = v[PARAM.resentmentKeep];
  const guardedRate = v[PARAM.guardedRate];
  const burnoutThreshold = v[PARAM.burnoutThreshold];
  const withdrawTies = v[PARAM.withdrawTies];
  const withdrawRecovery = v[PARAM.withdrawRecovery];
  const voiceDraws = streamWeek(s.luck, STREAM.voice, week);
  for (let h = 0; h < s.cap; h++) {
    exchanged[h] *= ledgerDecay;
    if (!alive[h] || role[h] !== ROLE_MEMBER) continue;
    const t = team[h];
    const charter = policy[t * LEVER_COUNT + L_TEAM_CHARTER];
    const tolerance = matcherTolerance * (1 + charter);
    const st = style[h];
    const rate = resentmentRate * (st === GIVER ? giverResentment : st === TAKER ? takerResentment : 1) * (1 - charterResentment * charter);
    // conflictLine(s, cfg, t)
    const threshold = conflictThreshold * (1 + trainingThreshold * policy[t * LEVER_COUNT + L_COLLABORATION_TRAINING]);
    const signs = voiceSigns * threshold;
    const resolved = conflictResolve * threshold;
    const voicing = voiceChance(voiceRate, safety[h]);
    let withdrawnTies = 0;
    let peersWithdrawn = 0;
    let ties = 0;
    for (let i = h * K; i < h * K + K; i++) {
      const peer = tPeer[i];
      if (peer < 0) continue;
      const idle = week - tLast[i];
      const flags = tFlags[i];
      // Unused ties of little trust dissolve: the two no longer work together (trust as trustNow reads it).
      if (idle >= tieDropWeeks && !(flags & (TIE_CONFLICT | TIE_MENTOR)) && fadeTarget + (tTrust[i] - fadeTarget) * trustKeep[idle] < tieDropTrust) {
        removeTiePair(s, i);
        continue;
      }
      ties++;
      if (withdrawn[peer]) peersWithdrawn++;
      const ledger = tLedger[i] * ledgerKeep[idle];
      // A boundary lifts once the other has evened the ledger.
      if (flags & TIE_BOUNDARY && ledger <= 0) tFlags[i] = flags & ~TIE_BOUNDARY;
      const excess = ledger - tolerance;
      let resent = tResent[i];
      if (excess > 0) resent += rate * excess;
      resent = Math.fround(resent * resentmentKeep);
      tResent[i] = resent;
      if (flags & TIE_CONFLICT) {
        if (resent < resolved) closeConflict(s, cfg, h, i, t);
      } else if (resent > signs && voicing > 0 && drawFrom(voiceDraws, id[h], id[peer] * PAIR_STRIDE) < voicing) {
        voice(s, cfg, h, i, t, drawAt(personWeek(voiceDraws, id[h]), id[peer] * PAIR_STRIDE + DRAW.voiceAnswered));
      } else if (resent > threshold) {
        openConflict(s, cfg, h, i, t);
      }
      if (tFlags[i] & TIE_WITHDRAWN) withdrawnTies++;
    }
    // Guardedness is caught from withdrawn colleagues.
    const share = ties > 0 ? peersWithdrawn / ties : 0;
    guarded[h] += guardedRate * (share - guarded[h]);
    const burnt = energy[h] < burnoutThreshold;
    if (!withdrawn[h] && (withdrawnTies >= withdrawTies || (burnt && withdrawnTies >= 1))) {
      withdrawn[h] = 1;
      bump(s, t, I_WITHDRAWALS);
      if (s.stories || s.log) {
        const happening = { week, what: 'withdrawal', person: id[h], team: t, burnt } as const;
        tell(s, id[h], happening);
        record(s, happening);
      }
    } else if (withdrawn[h] && withdrawnTies === 0 && energy[h] > withdrawRecovery) {
      withdrawn[h] = 0;
    }
  }
}
