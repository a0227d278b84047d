/**
 * Process 6: repair or walking away. An open conversation is likelier with
 * psychological safety, empathy and collaboration training [The Importance of
 * Open and Honest Conversation; The Role of Empathy in Conflict Resolution;
 * Training and Development for Collaborative Skills]; a leader who mediates
 * adds a second, more successful route [The Leader as a Mediator]. A repaired
 * relationship ends stronger than before [Learning and Growth from Challenges].
 * A conflict left open for walkAwayWeeks ends in a boundary: the two stop
 * working closely [Knowing When to Walk Away].
 */
import { bump, MI } from './accumulate.ts';
import type { EngineConfig } from './config.ts';
import { voiceChance } from './imbalance.ts';
import { drawAt, personWeek, STREAM, streamWeek } from './random.ts';
import { findTie, removeTiePair } from './ties.ts';
import {
  L_COLLABORATION_TRAINING, L_MEDIATION, TIE_CONFLICT, TIE_REPAIRED, TIE_WITHDRAWN, LEVER_COUNT, type EngineState,
} from './state.ts';
import { nameOf, record, tell } from './stories.ts';

// Metric indices as module constants (fast in hot loops).
const I_REPAIRS = MI.repairs;

/** Tries to repair every open conflict once. */
export function repairWeek(s: EngineState, cfg: EngineConfig): void {
  const { empathy, id, leaderEmpathy, leaderSlot, safety, tConflictWeeks, tFlags, tPeer, team, policy } = s;
  const p = cfg.p;
  const K = s.K;
  const conflicts = s.conflicts;
  const repairDraws = streamWeek(s.seed, STREAM.repair, s.week);
  // Ties in index order, as a scan of every tie would visit them; people without an open conflict are skipped whole.
  for (let h = 0; h < s.cap; h++) {
    if (conflicts[h] === 0) continue;
    for (let i = h * K; i < h * K + K; i++) {
      if (tPeer[i] < 0 || !(tFlags[i] & TIE_CONFLICT)) continue;
      const peer = tPeer[i];
      const t = team[h];
      const emp = 0.5 * (empathy[h] + empathy[peer]);
      const training = policy[t * LEVER_COUNT + L_COLLABORATION_TRAINING];
      const idH = id[h];
      const k = id[peer];
      const pConversation = p.repairBase + voiceChance(p.voiceRate, safety[h]) + 0.06 * emp + 0.08 * training;
      const conversationWorks = 0.4 + 0.25 * training + 0.2 * empathy[peer] + 0.15 * safety[h];
      const hasLeader = leaderSlot[t] >= 0;
      const pMediation = hasLeader ? p.mediationRate * policy[t * LEVER_COUNT + L_MEDIATION] * (0.5 + 0.5 * leaderEmpathy[t]) : 0;
      let how = '';
      const luck = personWeek(repairDraws, idH);
      if (drawAt(luck, k * 3) < pConversation && drawAt(luck, k * 3 + 1) < conversationWorks) {
        how = 'talked it through';
      } else if (drawAt(luck, k * 3 + 2) < pMediation) {
        how = 'talked it through with their leader mediating';
      }
      if (how) {
        repair(s, cfg, i, h, peer, emp);
        bump(s, t, I_REPAIRS);
        // The text is built only when a story or the log will keep it.
        if (s.stories || how.length > 20) {
          const text = `${nameOf(s, idH)} and ${nameOf(s, k)} ${how}; their working relationship is stronger than before.`;
          tell(s, idH, 'repaired', text, k);
          tell(s, k, 'repaired', text, idH);
          if (how.length > 20) record(s, { week: s.week, kind: 'repair', personId: idH, team: cfg.scenario.teams[t].name, text });
        }
      } else if (tConflictWeeks[i] >= p.walkAwayWeeks) {
        if (s.stories) tell(s, idH, 'withdrew', `${nameOf(s, idH)} set a boundary with ${nameOf(s, k)} and stopped working closely with them.`, k);
        removeTiePair(s, i);
      }
    }
  }
}

function repair(s: EngineState, cfg: EngineConfig, i: number, h: number, peer: number, emp: number): void {
  const p = cfg.p;
  s.tFlags[i] = (s.tFlags[i] & ~(TIE_CONFLICT | TIE_WITHDRAWN)) | TIE_REPAIRED;
  s.conflicts[h]--;
  // In conflict, tResent holds the trust just before the conflict began (see state.ts).
  const before = s.tResent[i] > s.tTrust[i] ? s.tResent[i] : s.tTrust[i];
  s.tResent[i] = 0;
  s.tLedger[i] *= 0.3;
  const repaired = before + p.repairBonus * (0.5 + emp);
  s.tTrust[i] = repaired > 1 ? 1 : repaired;
  const j = findTie(s, peer, h);
  if (j >= 0) {
    s.tLedger[j] *= 0.3;
    s.tFlags[j] |= TIE_REPAIRED;
    const back = s.tTrust[j] + p.repairBonus;
    s.tTrust[j] = back > 1 ? 1 : back;
  }
}
