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
import { draw, STREAM } from './random.ts';
import { findTie } from './ties.ts';
import {
  GIVER, L_COLLABORATION_TRAINING, L_TEAM_CHARTER, TAKER, TIE_CONFLICT, TIE_WITHDRAWN, lever, type EngineState,
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
  const n = s.cap * s.K;
  for (let i = 0; i < n; i++) {
    if (s.tPeer[i] < 0) continue;
    s.tLedger[i] *= decay;
    if (s.tWeeks[i] < 255) s.tWeeks[i]++;
  }
  for (let i = 0; i < s.cap; i++) s.exchanged[i] *= decay;
}

/** Resentment, conflict, withdrawal and guardedness for one week. */
export function imbalanceWeek(s: EngineState, cfg: EngineConfig): void {
  const p = cfg.p;
  const K = s.K;
  for (let h = 0; h < s.cap; h++) {
    if (!s.alive[h] || s.role[h] !== ROLE_MEMBER) continue;
    const t = s.team[h];
    const charter = lever(s, t, L_TEAM_CHARTER);
    const tolerance = p.matcherTolerance * (1 + charter);
    const styleRate = s.style[h] === GIVER ? 0.5 : s.style[h] === TAKER ? 1.2 : 1;
    const rate = p.resentmentRate * styleRate * (1 - 0.6 * charter);
    const threshold = p.conflictThreshold * (1 + 0.3 * lever(s, t, L_COLLABORATION_TRAINING));
    // Where it feels safe to speak up, a building imbalance is named early [The Importance of Open and Honest Conversation].
    const voice = voiceChance(p.voiceRate, s.safety[h]);
    const signs = VOICE_SIGNS * threshold;
    let withdrawnTies = 0;
    let peersWithdrawn = 0;
    let ties = 0;
    const base = h * K;
    for (let k = 0; k < K; k++) {
      const i = base + k;
      const peer = s.tPeer[i];
      if (peer < 0) continue;
      ties++;
      if (s.withdrawn[peer]) peersWithdrawn++;
      // Unused relationships fade slowly towards acquaintance [The Continuous Nature of Relationship Maintenance].
      if (s.tWeeks[i] > 8) s.tTrust[i] += 0.01 * (0.4 - s.tTrust[i]);
      const excess = s.tLedger[i] - tolerance;
      if (excess > 0) s.tResent[i] += rate * excess;
      s.tResent[i] *= 0.93;
      const flags = s.tFlags[i];
      if (flags & TIE_CONFLICT) {
        if (s.tConflictWeeks[i] < 255) s.tConflictWeeks[i]++;
      } else if (s.tResent[i] > signs && voice > 0 && draw(s.seed, STREAM.voice, s.week, s.id[h], s.id[s.tPeer[i]]) < voice) {
        voiceImbalance(s, i, h, t);
      } else if (s.tResent[i] > threshold) {
        s.tFlags[i] = flags | TIE_CONFLICT | TIE_WITHDRAWN;
        s.tTrustBefore[i] = s.tTrust[i];
        s.tTrust[i] *= 0.8;
        s.tConflictWeeks[i] = 0;
        if (s.stories) {
          const msg = `${nameOf(s, s.id[h])} felt used by ${nameOf(s, s.id[s.tPeer[i]])} and stopped helping them.`;
          tell(s, s.id[h], 'conflict', msg, s.id[s.tPeer[i]]);
          tell(s, s.id[s.tPeer[i]], 'conflict', msg, s.id[h]);
        }
      }
      if (s.tFlags[i] & TIE_WITHDRAWN) withdrawnTies++;
    }
    // Guardedness is caught from withdrawn colleagues.
    const share = ties > 0 ? peersWithdrawn / ties : 0;
    s.guarded[h] = 0.85 * s.guarded[h] + 0.15 * share;
    const burnt = s.energy[h] < p.burnoutThreshold;
    if (!s.withdrawn[h] && (withdrawnTies >= 2 || (burnt && withdrawnTies >= 1))) {
      s.withdrawn[h] = 1;
      bump(s, t, I_WITHDRAWALS);
      const name = nameOf(s, s.id[h]);
      tell(s, s.id[h], 'withdrew', `${name} stopped helping anyone: too many one-sided relationships${burnt ? ' and too little energy left' : ''}.`);
      record(s, { week: s.week, kind: 'withdrawal', personId: s.id[h], team: cfg.scenario.teams[t].name, text: `${name} has withdrawn and is helping no one — a sign of unchecked imbalance.` });
    } else if (s.withdrawn[h] && withdrawnTies === 0 && s.energy[h] > 0.5) {
      s.withdrawn[h] = 0;
    }
  }
}
