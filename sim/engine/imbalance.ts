/**
 * Process 5: ledgers decay, imbalance breeds resentment, resentment becomes
 * conflict, and conflict becomes withdrawal — first from that person, then from
 * everyone — while guardedness spreads to the withdrawn person's colleagues
 * [Recognizing the Signs of an Imbalance; The Danger of Unchecked Imbalances;
 * The Dangers of a One-Sided Relationship]. A team charter reduces the
 * resentment that comes from mismatched ideas of a fair exchange [Setting Clear
 * Expectations and Boundaries].
 */
import { ROLE_MEMBER } from '../types.ts';
import { bump, MI } from './accumulate.ts';
import type { EngineConfig } from './config.ts';
import { drawFrom, STREAM, streamWeek } from './random.ts';
import { findTie } from './ties.ts';
import {
  GIVER, L_COLLABORATION_TRAINING, L_TEAM_CHARTER, LEVER_COUNT, TAKER, TIE_CONFLICT, TIE_WITHDRAWN, type EngineState,
} from './state.ts';
import { nameOf, record, tell } from './stories.ts';

// Metric indices as module constants (fast in hot loops).
const I_WITHDRAWALS = MI.withdrawals;
const I_REPAIRS = MI.repairs;

/**
 * Weekly chance that a person voices a building imbalance (or, in repair.ts,
 * the extra chance of opening a conversation about a conflict): voiceRate ×
 * safety². Squared because speaking up takes two judgements that both rest on
 * felt safety — that raising it will not be held against you, and that it will
 * be heard (Edmondson 1999; Detert & Burris 2007) — so it is rare where safety
 * is low and common where it is high.
 */
export function voiceChance(voiceRate: number, safety: number): number {
  return voiceRate * safety * safety;
}

/** Share of the conflict threshold at which resentment shows and can be voiced [Recognizing the Signs of an Imbalance]. */
const VOICE_SIGNS = 0.4;

/**
 * An early, honest conversation about a one-sided relationship ("I have been
 * feeling overwhelmed…"): the resentment is discharged and expectations are
 * rebalanced — both ledgers are halved, as the other person starts to give
 * back — before the imbalance becomes lasting resentment [The Importance of
 * Open and Honest Conversation; The Role of Communication in Reciprocity].
 * It counts as a repair: an imbalance repaired before it turned into conflict.
 */
function voiceImbalance(s: EngineState, i: number, h: number, t: number): void {
  s.tResent[i] = 0;
  s.tLedger[i] *= 0.5;
  const j = findTie(s, s.tPeer[i], h);
  if (j >= 0) s.tLedger[j] *= 0.5;
  bump(s, t, I_REPAIRS);
  if (s.stories) {
    const text = `${nameOf(s, s.id[h])} told ${nameOf(s, s.id[s.tPeer[i]])} the help was running one way; they talked it through before it soured.`;
    tell(s, s.id[h], 'repaired', text, s.id[s.tPeer[i]]);
    tell(s, s.id[s.tPeer[i]], 'repaired', text, s.id[h]);
  }
}

/** Ledger decay for every tie (runs in both modes: the donation game needs it too). */
export function decayLedgers(s: EngineState, cfg: EngineConfig): void {
  const decay = cfg.p.ledgerDecay;
  const tPeer = s.tPeer;
  const tLedger = s.tLedger;
  const tWeeks = s.tWeeks;
  const n = s.cap * s.K;
  for (let i = 0; i < n; i++) {
    if (tPeer[i] < 0) continue;
    tLedger[i] *= decay;
    if (tWeeks[i] < 255) tWeeks[i]++;
  }
  const exchanged = s.exchanged;
  for (let i = 0; i < s.cap; i++) exchanged[i] *= decay;
}

/**
 * Ledger decay (as decayLedgers) fused with resentment, conflict, withdrawal and
 * guardedness for one week: each person's ties are decayed just before they are
 * read. Bit-identical to decayLedgers followed by the unfused pass: a voiced
 * imbalance halves the peer's ledger, and halving commutes exactly with the decay.
 */
export function decayAndImbalanceWeek(s: EngineState, cfg: EngineConfig): void {
  const p = cfg.p;
  const K = s.K;
  const decay = p.ledgerDecay;
  const { alive, role, team, style, safety, withdrawn, guarded, energy, id, exchanged, policy, conflicts } = s;
  const { tPeer, tTrust, tLedger, tResent, tWeeks, tFlags, tConflictWeeks } = s;
  const voiceDraws = streamWeek(s.seed, STREAM.voice, s.week);
  const burnout = p.burnoutThreshold;
  for (let h = 0; h < s.cap; h++) {
    exchanged[h] *= decay;
    const base = h * K;
    if (!alive[h] || role[h] !== ROLE_MEMBER) {
      for (let i = base; i < base + K; i++) {
        if (tPeer[i] < 0) continue;
        tLedger[i] *= decay;
        if (tWeeks[i] < 255) tWeeks[i]++;
      }
      continue;
    }
    const t = team[h];
    const row = t * LEVER_COUNT;
    const charter = policy[row + L_TEAM_CHARTER];
    const tolerance = p.matcherTolerance * (1 + charter);
    const st = style[h];
    const styleRate = st === GIVER ? 0.5 : st === TAKER ? 1.2 : 1;
    const rate = p.resentmentRate * styleRate * (1 - 0.6 * charter);
    const threshold = p.conflictThreshold * (1 + 0.3 * policy[row + L_COLLABORATION_TRAINING]);
    // Where it feels safe to speak up, a building imbalance is named early [The Importance of Open and Honest Conversation].
    const voice = voiceChance(p.voiceRate, safety[h]);
    const signs = VOICE_SIGNS * threshold;
    const idH = id[h];
    let withdrawnTies = 0;
    let peersWithdrawn = 0;
    let ties = 0;
    for (let i = base; i < base + K; i++) {
      const peer = tPeer[i];
      if (peer < 0) continue;
      // Values are kept as the Float32 arrays would store them (Math.fround), so reading them back is not needed.
      const ledger = Math.fround(tLedger[i] * decay);
      tLedger[i] = ledger;
      let weeks = tWeeks[i];
      if (weeks < 255) tWeeks[i] = ++weeks;
      ties++;
      if (withdrawn[peer]) peersWithdrawn++;
      // Unused relationships fade slowly towards acquaintance [The Continuous Nature of Relationship Maintenance].
      if (weeks > 8) tTrust[i] += 0.01 * (0.4 - tTrust[i]);
      const flags = tFlags[i];
      if (flags & TIE_CONFLICT) {
        // In conflict, tResent holds the trust before the conflict (resentment is not read until repair resets it).
        if (tConflictWeeks[i] < 255) tConflictWeeks[i]++;
        if (tFlags[i] & TIE_WITHDRAWN) withdrawnTies++;
        continue;
      }
      const excess = ledger - tolerance;
      let resent = tResent[i];
      if (excess > 0) resent = Math.fround(resent + rate * excess);
      resent = Math.fround(resent * 0.93);
      tResent[i] = resent;
      if (resent > signs && voice > 0 && drawFrom(voiceDraws, idH, id[peer]) < voice) {
        voiceImbalance(s, i, h, t);
      } else if (resent > threshold) {
        tFlags[i] = flags | TIE_CONFLICT | TIE_WITHDRAWN;
        conflicts[h]++;
        tResent[i] = tTrust[i]; // the trust before the conflict, kept for repair
        tTrust[i] *= 0.8;
        tConflictWeeks[i] = 0;
        if (s.stories) {
          const msg = `${nameOf(s, idH)} felt used by ${nameOf(s, id[peer])} and stopped helping them.`;
          tell(s, idH, 'conflict', msg, id[peer]);
          tell(s, id[peer], 'conflict', msg, idH);
          record(s, { week: s.week, kind: 'conflict', personId: idH, team: cfg.scenario.teams[t].name, text: msg });
        }
      }
      if (tFlags[i] & TIE_WITHDRAWN) withdrawnTies++;
    }
    // Guardedness is caught from withdrawn colleagues.
    const share = ties > 0 ? peersWithdrawn / ties : 0;
    guarded[h] = 0.85 * guarded[h] + 0.15 * share;
    const burnt = energy[h] < burnout;
    if (!withdrawn[h] && (withdrawnTies >= 2 || (burnt && withdrawnTies >= 1))) {
      withdrawn[h] = 1;
      bump(s, t, I_WITHDRAWALS);
      const name = nameOf(s, idH);
      tell(s, idH, 'withdrew', `${name} stopped helping anyone: too many one-sided relationships${burnt ? ' and too little energy left' : ''}.`);
      record(s, { week: s.week, kind: 'withdrawal', personId: idH, team: cfg.scenario.teams[t].name, text: `${name} has withdrawn and is helping no one — a sign of unchecked imbalance.` });
    } else if (withdrawn[h] && withdrawnTies === 0 && energy[h] > 0.5) {
      withdrawn[h] = 0;
    }
  }
}
