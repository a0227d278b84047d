/**
 * Sparse directed ties, kept in pairs: whenever a tie a→b exists, so does b→a
 * (people who work together both know it), which lets a leaver's ties be
 * removed from both ends without scanning everyone.
 *
 * A tie is touched only when something happens on it. Its ledger and trust are
 * stored as they were at the last exchange (`tLast`); the ledger's decay and
 * the fading of unused trust are applied when read, from tables of factors
 * (config.ts): ledgerNow = stored × ledgerDecay^n, and after fadeAfterWeeks
 * unused weeks trust fades toward fadeTarget + fadeHistory × (stored −
 * fadeTarget) — where the tie's own history leaves it [The Continuous Nature
 * of Relationship Maintenance]. Before anything changes a tie, `touchTie`
 * writes the current values back and restarts the clock.
 */
import type { EngineConfig } from './config.ts';
import { TIE_CONFLICT, TIE_MENTOR, type EngineState } from './state.ts';

/** Weeks since the tie at index i was last touched. */
export function idleWeeks(s: EngineState, i: number): number {
  return s.week - s.tLast[i];
}

/** The ledger of tie i now (decayed since its last touch). */
export function ledgerNow(s: EngineState, cfg: EngineConfig, i: number): number {
  return s.tLedger[i] * cfg.ledgerKeep[s.week - s.tLast[i]];
}

/** The holder's trust in the peer now (faded since the last touch if long unused). */
export function trustNow(s: EngineState, cfg: EngineConfig, i: number): number {
  const target = cfg.p.fadeTarget;
  return target + (s.tTrust[i] - target) * cfg.trustKeep[s.week - s.tLast[i]];
}

/** Writes tie i's current ledger and trust back and restarts its clock: call before changing either. */
export function touchTie(s: EngineState, cfg: EngineConfig, i: number): void {
  const n = s.week - s.tLast[i];
  if (n === 0) return;
  s.tLedger[i] = s.tLedger[i] * cfg.ledgerKeep[n];
  const target = cfg.p.fadeTarget;
  s.tTrust[i] = target + (s.tTrust[i] - target) * cfg.trustKeep[n];
  s.tLast[i] = s.week;
}

/** Index of the tie holder→peer, or −1. */
export function findTie(s: EngineState, holder: number, peer: number): number {
  const { tPeer } = s;
  const base = holder * s.K;
  for (let k = 0; k < s.K; k++) if (tPeer[base + k] === peer) return base + k;
  return -1;
}

function freeTie(s: EngineState, holder: number): number {
  const base = holder * s.K;
  for (let k = 0; k < s.K; k++) if (s.tPeer[base + k] < 0) return base + k;
  return -1;
}

/** Number of ties a person holds. */
export function tieCount(s: EngineState, holder: number): number {
  const { tPeer } = s;
  const base = holder * s.K;
  let n = 0;
  for (let k = 0; k < s.K; k++) n += tPeer[base + k] >= 0 ? 1 : 0;
  return n;
}

function setTie(s: EngineState, i: number, peer: number, trust: number, flags: number): void {
  s.tPeer[i] = peer;
  s.tTrust[i] = trust;
  s.tLedger[i] = 0;
  s.tResent[i] = 0;
  s.tLast[i] = s.week;
  s.tSince[i] = s.week;
  s.tFlags[i] = flags;
}

/** Clears one tie entry (one direction). */
export function clearTie(s: EngineState, i: number): void {
  if (s.tFlags[i] & TIE_CONFLICT) s.conflicts[(i / s.K) | 0]--;
  s.tPeer[i] = -1;
  s.tTrust[i] = 0;
  s.tLedger[i] = 0;
  s.tResent[i] = 0;
  s.tLast[i] = 0;
  s.tSince[i] = 0;
  s.tFlags[i] = 0;
}

/** Creates the pair a↔b if both have room and no tie exists; returns whether it did. */
export function addTiePair(s: EngineState, a: number, b: number, trustAB: number, trustBA: number, flags = 0): boolean {
  if (a === b || findTie(s, a, b) >= 0) return false;
  const ia = freeTie(s, a);
  const ib = freeTie(s, b);
  if (ia < 0 || ib < 0) return false;
  setTie(s, ia, b, trustAB, flags);
  setTie(s, ib, a, trustBA, flags);
  return true;
}

/** Removes the tie at index i and its reverse. */
export function removeTiePair(s: EngineState, i: number): void {
  const holder = (i / s.K) | 0;
  const peer = s.tPeer[i];
  if (peer >= 0) {
    const j = findTie(s, peer, holder);
    if (j >= 0) clearTie(s, j);
  }
  clearTie(s, i);
}

/** The holder's least-trusted tie that is not a mentoring tie, or −1 (trust as it is now). */
export function weakestTie(s: EngineState, cfg: EngineConfig, holder: number): number {
  const base = holder * s.K;
  let best = -1;
  let bestTrust = 2;
  for (let k = 0; k < s.K; k++) {
    const i = base + k;
    if (s.tPeer[i] < 0 || s.tFlags[i] & TIE_MENTOR) continue;
    const trust = trustNow(s, cfg, i);
    if (trust < bestTrust) {
      bestTrust = trust;
      best = i;
    }
  }
  return best;
}

/** Recounts every person's open conflicts from the tie flags. */
export function recountConflicts(s: EngineState): Uint8Array {
  const conflicts = new Uint8Array(s.cap);
  for (let i = 0; i < s.cap * s.K; i++) if (s.tPeer[i] >= 0 && s.tFlags[i] & TIE_CONFLICT) conflicts[(i / s.K) | 0]++;
  return conflicts;
}
