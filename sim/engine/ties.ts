/**
 * Sparse directed ties, kept in pairs: whenever a tie a→b exists, so does b→a
 * (people who work together both know it), which lets a leaver's ties be
 * removed from both ends without scanning everyone.
 */
import { TIE_CONFLICT, type EngineState } from './state.ts';

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
  for (let k = 0; k < s.K; k++) n += tPeer[base + k] >= 0 ? 1 : 0; // no branch to mispredict
  return n;
}

function setTie(s: EngineState, i: number, peer: number, trust: number, flags: number): void {
  s.tPeer[i] = peer;
  s.tTrust[i] = trust;
  s.tLedger[i] = 0;
  s.tResent[i] = 0;
  s.tWeeks[i] = 0;
  s.tConflictWeeks[i] = 0;
  s.tFlags[i] = flags;
}

/** Clears one tie entry (one direction). */
export function clearTie(s: EngineState, i: number): void {
  if (s.tFlags[i] & TIE_CONFLICT) s.conflicts[(i / s.K) | 0]--;
  s.tPeer[i] = -1;
  s.tTrust[i] = 0;
  s.tLedger[i] = 0;
  s.tResent[i] = 0;
  s.tWeeks[i] = 0;
  s.tConflictWeeks[i] = 0;
  s.tFlags[i] = 0;
}

/** Creates the pair a↔b if both have room and no tie exists; returns whether it did. */
export function addTiePair(s: EngineState, a: number, b: number, trustAB: number, trustBA: number, flags: number): boolean {
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

/** The holder's weakest plain tie (no mentor flag), or −1. */
export function weakestTie(s: EngineState, holder: number): number {
  const base = holder * s.K;
  let best = -1;
  let bestTrust = 2;
  for (let k = 0; k < s.K; k++) {
    const i = base + k;
    if (s.tPeer[i] < 0 || s.tFlags[i] & 8) continue;
    if (s.tTrust[i] < bestTrust) {
      bestTrust = s.tTrust[i];
      best = i;
    }
  }
  return best;
}

/** Recounts every person's open conflicts from the tie flags (for snapshots saved before the count was kept). */
export function recountConflicts(s: EngineState): Uint8Array {
  const conflicts = new Uint8Array(s.cap);
  for (let i = 0; i < s.cap * s.K; i++) if (s.tPeer[i] >= 0 && s.tFlags[i] & TIE_CONFLICT) conflicts[(i / s.K) | 0]++;
  return conflicts;
}
