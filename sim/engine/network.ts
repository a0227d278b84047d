/**
 * Process 7: ties form by interaction [Facilitating Positive Peer-to-Peer
 * Relationships; Creating Opportunities for Cross-Functional Collaboration;
 * Reciprocity Beyond the Immediate Team]. Someone with room for more ties
 * starts working with a teammate they bump into; friends of friends meet
 * through a colleague they trust (triadic closure); a mentor introduces their
 * new mentee to the mentor's colleagues; and on a cross-functional project
 * people ask someone from another team for help — a tie forms only if that
 * help comes. Ties fade when unused and dissolve (imbalance.ts), so cliques and
 * silos can form and dissolve; no ring is imposed after the start.
 */
import { ROLE_MEMBER } from '../types.ts';
import type { EngineConfig } from './config.ts';
import { deliveryChance, exchange, helpProbability, KIND_KNOWLEDGE } from './exchange.ts';
import { DRAW, drawAt, personWeek, STREAM, streamWeek } from './random.ts';
import { L_CROSS_FUNCTIONAL, L_MENTORSHIP, TIE_CROSS, TIE_MENTOR, lever, type EngineState } from './state.ts';
import { addTiePair, findTie, removeTiePair, tieCount, trustNow, weakestTie } from './ties.ts';

function isMember(s: EngineState, o: number): boolean {
  return o >= 0 && o < s.cap && s.alive[o] === 1 && s.role[o] === ROLE_MEMBER;
}

/** A random tie of person i (its index), or −1. */
function randomTie(s: EngineState, i: number, u: number): number {
  const n = tieCount(s, i);
  if (n === 0) return -1;
  let pick = Math.floor(u * n);
  for (let j = i * s.K; j < i * s.K + s.K; j++) {
    if (s.tPeer[j] < 0) continue;
    if (pick-- === 0) return j;
  }
  return -1;
}

/** Tie formation for one week. */
export function networkWeek(s: EngineState, cfg: EngineConfig): void {
  const p = cfg.p;
  const draws = streamWeek(s.luck, STREAM.network, s.week);
  for (let i = 0; i < s.cap; i++) {
    if (!s.alive[i] || s.role[i] !== ROLE_MEMBER) continue;
    const t = s.team[i];
    const luck = personWeek(draws, s.id[i]);
    // Proximity: someone with room for more ties starts working closely with a teammate.
    if (drawAt(luck, DRAW.proximity) < p.proximityRate && tieCount(s, i) < p.tiesPerPerson - 1) {
      for (let k = 0; k < p.proximityProbes; k++) {
        const o = Math.floor(drawAt(luck, DRAW.proximityWho + k) * s.cap);
        if (o !== i && isMember(s, o) && s.team[o] === t && tieCount(s, o) < p.tiesPerPerson) {
          if (addTiePair(s, i, o, p.acquaintanceTrust, p.acquaintanceTrust)) break;
        }
      }
    }
    // Friends of friends meet through a colleague both trust.
    if (drawAt(luck, DRAW.closure) < p.closureRate) closure(s, cfg, i, luck);
    // Cross-functional projects: asking someone from another team, and a tie if the help comes.
    const cross = lever(s, t, L_CROSS_FUNCTIONAL);
    if (s.T > 1 && cross > 0 && drawAt(luck, DRAW.cross) < p.crossProjectRate * cross) project(s, cfg, i, luck);
    // A mentor introduces a new mentee to one of the mentor's colleagues.
    if (lever(s, t, L_MENTORSHIP) > 0 && s.week - s.startWeek[i] < p.newcomerWeeks && drawAt(luck, DRAW.mentorIntro) < p.mentorIntroduction) introduce(s, cfg, i, luck);
  }
}

function closure(s: EngineState, cfg: EngineConfig, i: number, luck: number): void {
  const p = cfg.p;
  const via = randomTie(s, i, drawAt(luck, DRAW.closureWho));
  if (via < 0 || trustNow(s, cfg, via) < p.closureTrustLine) return;
  const friend = s.tPeer[via];
  const onward = randomTie(s, friend, drawAt(luck, DRAW.closureWho + 1));
  if (onward < 0) return;
  const o = s.tPeer[onward];
  if (o === i || !isMember(s, o) || trustNow(s, cfg, onward) < p.closureTrustLine) return;
  const flags = s.team[o] === s.team[i] ? 0 : TIE_CROSS;
  addTiePair(s, i, o, p.acquaintanceTrust, p.acquaintanceTrust, flags);
}

function introduce(s: EngineState, cfg: EngineConfig, i: number, luck: number): void {
  const p = cfg.p;
  let mentor = -1;
  for (let j = i * s.K; j < i * s.K + s.K; j++) if (s.tPeer[j] >= 0 && s.tFlags[j] & TIE_MENTOR) mentor = s.tPeer[j];
  if (mentor < 0) return;
  const onward = randomTie(s, mentor, drawAt(luck, DRAW.mentorIntroWho));
  if (onward < 0) return;
  const o = s.tPeer[onward];
  if (o === i || !isMember(s, o)) return;
  addTiePair(s, i, o, p.acquaintanceTrust, p.acquaintanceTrust, s.team[o] === s.team[i] ? 0 : TIE_CROSS);
}

/**
 * On a cross-functional project, member i asks a partner from another team for
 * knowledge; the partner decides as they would for a colleague. A tie (or, if
 * there is one, another exchange on it) comes only from help given.
 */
function project(s: EngineState, cfg: EngineConfig, i: number, luck: number): void {
  const p = cfg.p;
  for (let k = 0; k < p.crossProbes; k++) {
    const o = Math.floor(drawAt(luck, DRAW.crossWho + k) * s.cap);
    if (!isMember(s, o) || s.team[o] === s.team[i]) continue;
    let oi = findTie(s, o, i);
    let io = findTie(s, i, o);
    if (oi < 0) {
      // A full network makes room by dropping its weakest, low-trust tie.
      if (tieCount(s, i) >= s.K) dropWeak(s, cfg, i);
      if (tieCount(s, o) >= s.K) dropWeak(s, cfg, o);
      if (!addTiePair(s, i, o, p.acquaintanceTrust, p.acquaintanceTrust, TIE_CROSS)) return;
      oi = findTie(s, o, i);
      io = findTie(s, i, o);
      const helps = drawAt(luck, DRAW.crossWho + p.crossProbes) < helpProbability(s, cfg, o, i, oi) * deliveryChance(s, cfg, o);
      if (!helps) {
        removeTiePair(s, oi); // they met, nothing came of it
        return;
      }
    } else if (drawAt(luck, DRAW.crossWho + p.crossProbes) >= helpProbability(s, cfg, o, i, oi) * deliveryChance(s, cfg, o)) {
      return;
    }
    exchange(s, cfg, o, i, oi, io, KIND_KNOWLEDGE, false);
    return;
  }
}

function dropWeak(s: EngineState, cfg: EngineConfig, i: number): void {
  const w = weakestTie(s, cfg, i);
  if (w >= 0 && trustNow(s, cfg, w) < cfg.p.crossDropTrust) removeTiePair(s, w);
}
