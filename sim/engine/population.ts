/**
 * Creating the organisation at week 0, hiring newcomers and removing leavers.
 * Week-0 generation uses the sequential seedrandom stream; newcomers' traits are
 * counter-based draws keyed by their (never reused) id, so newcomer number n has
 * the same traits under any policy — except the style, which hiring selectivity
 * shifts [Hiring for Reciprocal Tendencies].
 */
import type { Scenario, Team } from '../scenario/schema.ts';
import { growthPositions } from '../scenario/growth.ts';
import { STYLES } from '../scenario/styles.ts';
import { allocateNew, type Allocate } from './buffers.ts';
import { ROLE_LEADER, ROLE_MEMBER } from '../types.ts';
import type { EngineConfig } from './config.ts';
import { clamp01, draw, drawNormal, sequentialRandom, STREAM, type SequentialRandom } from './random.ts';
import { addTiePair, clearTie, findTie } from './ties.ts';
import {
  GIVER, LEVER_COUNT, LEVER_INDEX, L_HIRING_SELECTIVITY, L_MENTORSHIP, MATCHER, TAKER, TIE_MENTOR, lever, type EngineState,
} from './state.ts';
import { METRIC_KEYS } from '../metrics.ts';
import { nameOf, tell } from './stories.ts';

/** Extra tie slots beyond `tiesPerPerson`, for cross-team ties and mentors. */
export const TIE_HEADROOM = 2;

function styleWeights(scenario: Scenario, team: Team | undefined): number[] {
  const mix = team?.styleMix ?? scenario.people.styleMix;
  const w = STYLES.map((k) => Math.max(0, mix[k] ?? 0));
  const total = w[0] + w[1] + w[2] + w[3];
  return total > 0 ? w.map((x) => x / total) : [0, 1, 0, 0];
}

function pickStyle(weights: number[], u: number): number {
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i];
    if (u < acc) return i;
  }
  return MATCHER;
}

function trait(mean: number, sd: number, z: number): number {
  return clamp01(mean + sd * z);
}

/** Allocates every array of the state for a scenario (from `take`: new arrays, or zeroed ones from a BufferPool). */
export function allocateState(cfg: EngineConfig, seed: number, weeks: number, take: Allocate = allocateNew): EngineState {
  const sc = cfg.scenario;
  const T = sc.teams.length;
  let total = 0;
  for (const t of sc.teams) total += t.size + 1;
  // Positions that growth events open need slots too (nothing else changes for scenarios without growth).
  total += growthPositions(sc.events, T);
  const cap = total + Math.ceil(total * 0.1) + 8;
  const K = cfg.p.tiesPerPerson + TIE_HEADROOM;
  const units = T + 1;
  const M = METRIC_KEYS.length;
  const C = sc.customers.enabled ? sc.customers.count : 0;
  const f32 = (n: number) => take(Float32Array, n);
  const tPeer = take(Int32Array, cap * K).fill(-1);
  // Free slots stacked so the lowest slot is used first.
  const freeSlots = take(Int32Array, cap);
  for (let i = 0; i < cap; i++) freeSlots[i] = cap - 1 - i;
  return {
    seed, week: 0, weeks, cap, K, T, nextId: 0, freeSlots, freeCount: cap, populationRng: {},
    alive: take(Uint8Array, cap), id: take(Int32Array, cap).fill(-1), team: take(Int16Array, cap), role: take(Uint8Array, cap),
    style: take(Uint8Array, cap), reliability: f32(cap), empathy: f32(cap), skill: f32(cap), disposition: f32(cap),
    outGroup: take(Uint8Array, cap), favourite: take(Uint8Array, cap), startWeek: take(Int32Array, cap), morale: f32(cap),
    energy: f32(cap), need: f32(cap), demand: f32(cap), safety: f32(cap), trustLeader: f32(cap), belonging: f32(cap),
    recognition: f32(cap), standing: f32(cap), breachMemory: f32(cap), guarded: f32(cap), contribution: f32(cap),
    quitIntent: f32(cap), withdrawn: take(Uint8Array, cap), burnt: take(Uint8Array, cap), conflicts: take(Uint8Array, cap), contagionUntil: take(Int32Array, cap),
    exchanged: f32(cap), payoff: f32(cap),
    tPeer, tTrust: f32(cap * K), tLedger: f32(cap * K), tResent: f32(cap * K),
    tWeeks: take(Uint8Array, cap * K), tConflictWeeks: take(Uint8Array, cap * K),
    tFlags: take(Uint8Array, cap * K),
    policy: f32(T * LEVER_COUNT), leaderSlot: take(Int32Array, T).fill(-1), leaderEmpathy: f32(T), leaderReliability: f32(T),
    norm: f32(T), crisisMultiplier: f32(T).fill(1), crisisUntil: take(Int32Array, T), targetSize: take(Int32Array, T),
    absorbed: take(Uint8Array, T), surveyMorale: f32(T + 1), surveyTruth: f32(T + 1), serviceQuality: f32(T), customerFacing: take(Uint8Array, T),
    hollowApologies: take(Int32Array, T), freezeUntil: 0, vacancies: [], events: [...sc.events],
    customerCount: C, cTeam: take(Int16Array, C), cLoyalty: f32(C), cAdvocate: take(Uint8Array, C), cValue: f32(C),
    acc: take(Float64Array, units * M), values: take(Float64Array, weeks * units * M),
    quitRing: take(Float64Array, 13 * units), headRing: take(Float64Array, 13 * units),
    log: cfg.log ? [] : null, stories: cfg.stories ? {} : null, customNames: {},
  };
}

function freeSlot(s: EngineState): number {
  if (s.freeCount === 0) return -1;
  return s.freeSlots[--s.freeCount];
}

/** Puts a person into a free slot with neutral dynamic state; returns the slot or −1. */
function placePerson(s: EngineState, team: number, role: number, style: number): number {
  const slot = freeSlot(s);
  if (slot < 0) return -1;
  const id = s.nextId++;
  s.alive[slot] = 1;
  s.id[slot] = id;
  s.team[slot] = team;
  s.role[slot] = role;
  s.style[slot] = style;
  s.startWeek[slot] = s.week;
  s.need[slot] = 0;
  s.demand[slot] = 0;
  s.recognition[slot] = 0.3;
  s.standing[slot] = 0;
  s.breachMemory[slot] = 0;
  s.guarded[slot] = 0;
  s.contribution[slot] = 0;
  s.quitIntent[slot] = 0;
  s.withdrawn[slot] = 0;
  s.burnt[slot] = 0;
  s.contagionUntil[slot] = 0;
  s.payoff[slot] = 0;
  s.exchanged[slot] = 0;
  s.favourite[slot] = 0;
  s.outGroup[slot] = 0;
  return slot;
}

/** Builds the week-0 organisation: leaders, members, ties, policies, customers. */
export function initialisePopulation(s: EngineState, cfg: EngineConfig): void {
  const sc = cfg.scenario;
  const rng = sequentialRandom(s.seed, 'population');
  for (let t = 0; t < s.T; t++) {
    const team = sc.teams[t];
    for (let l = 0; l < LEVER_COUNT; l++) s.policy[t * LEVER_COUNT + l] = 0;
    for (const [key, idx] of Object.entries(LEVER_INDEX)) {
      const teamValue = team.policy?.[key as keyof typeof LEVER_INDEX];
      const orgValue = (sc.policy as Record<string, number>)[key];
      s.policy[t * LEVER_COUNT + idx] = teamValue ?? orgValue ?? 0;
    }
    s.norm[t] = 0.65;
    s.targetSize[t] = team.size;
    s.customerFacing[t] = team.customerFacing ? 1 : 0;
    s.leaderEmpathy[t] = team.leader.empathy;
    s.leaderReliability[t] = team.leader.reliability;
    const leader = placePerson(s, t, ROLE_LEADER, MATCHER);
    initTraits(s, cfg, leader, rng, team.leader.empathy, team.leader.reliability);
    s.leaderSlot[t] = leader;
    if (team.leader.name) s.customNames[s.id[leader]] = team.leader.name;
    const styles = initialStyles(sc, team, rng);
    const members: number[] = [];
    for (let m = 0; m < team.size; m++) {
      const slot = placePerson(s, t, ROLE_MEMBER, styles[m]);
      initTraits(s, cfg, slot, rng);
      s.startWeek[slot] = -Math.floor(rng.next() * 260);
      s.outGroup[slot] = rng.next() < sc.people.outGroupShare ? 1 : 0;
      s.favourite[slot] = !s.outGroup[slot] && rng.next() < 0.35 ? 1 : 0;
      members.push(slot);
    }
    wireTeam(s, cfg, members, rng);
  }
  // Customers of the customer-facing teams (all teams when none is marked).
  const facing: number[] = [];
  for (let t = 0; t < s.T; t++) if (s.customerFacing[t]) facing.push(t);
  if (facing.length === 0) for (let t = 0; t < s.T; t++) facing.push(t);
  for (let c = 0; c < s.customerCount; c++) {
    s.cTeam[c] = facing[c % facing.length];
    s.cLoyalty[c] = clamp01(0.5 + 0.1 * rng.normal());
  }
  for (let t = 0; t < s.T; t++) s.serviceQuality[t] = 0.6;
  s.populationRng = rng.state();
}

function initialStyles(sc: Scenario, team: Team, rng: SequentialRandom): number[] {
  const out: number[] = [];
  if (team.styleCounts) {
    STYLES.forEach((k, i) => {
      for (let n = 0; n < (team.styleCounts?.[k] ?? 0); n++) out.push(i);
    });
  }
  const w = styleWeights(sc, team);
  while (out.length < team.size) out.push(pickStyle(w, rng.next()));
  // Shuffle so styles are not clustered by position (Fisher–Yates on the sequential stream).
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const x = out[i];
    out[i] = out[j];
    out[j] = x;
  }
  return out.slice(0, team.size);
}

function initTraits(s: EngineState, cfg: EngineConfig, slot: number, rng: SequentialRandom, empathy?: number, reliability?: number): void {
  const pp = cfg.scenario.people;
  s.reliability[slot] = reliability ?? trait(pp.reliability.mean, pp.reliability.sd, rng.normal());
  s.empathy[slot] = empathy ?? trait(pp.empathy.mean, pp.empathy.sd, rng.normal());
  s.skill[slot] = trait(pp.skill.mean, pp.skill.sd, rng.normal());
  s.disposition[slot] = clamp01(0.58 + cfg.p.dispositionSd * rng.normal());
  s.morale[slot] = s.disposition[slot];
  s.energy[slot] = clamp01(0.75 + 0.1 * rng.normal());
  s.safety[slot] = 0.5;
  s.trustLeader[slot] = clamp01(0.62 + 0.08 * rng.normal());
  s.belonging[slot] = clamp01(0.6 + 0.08 * rng.normal());
}

/** Ring lattice over a shuffled member order: each member works closely with ~tiesPerPerson teammates. */
function wireTeam(s: EngineState, cfg: EngineConfig, members: number[], rng: SequentialRandom): void {
  const n = members.length;
  const half = Math.min(Math.floor((n - 1) / 2), Math.ceil(cfg.p.tiesPerPerson / 2));
  for (let i = 0; i < n; i++) {
    for (let d = 1; d <= half; d++) {
      const a = members[i];
      const b = members[(i + d) % n];
      const trust = clamp01(0.5 + 0.1 * rng.normal());
      addTiePair(s, a, b, trust, clamp01(trust + 0.05 * rng.normal()), 0);
    }
  }
  if (n === 2 && half === 0) addTiePair(s, members[0], members[1], 0.5, 0.5, 0);
}

/** Hires one newcomer into team t; returns the slot or −1 when there is no room. */
export function hireNewcomer(s: EngineState, cfg: EngineConfig, t: number): number {
  const sc = cfg.scenario;
  const id = s.nextId;
  const d = (k: number) => draw(s.seed, STREAM.hiring, 0, id, k);
  const z = (k: number) => drawNormal(s.seed, STREAM.hiring, 0, id, k);
  // Hiring for reciprocal tendencies screens out takers (and a little of the rest) [Hiring for Reciprocal Tendencies].
  const w = styleWeights(sc, sc.teams[t]);
  const sel = lever(s, t, L_HIRING_SELECTIVITY);
  w[TAKER] *= 1 - 0.85 * sel;
  w[GIVER] *= 1 + 0.3 * sel;
  const total = w[0] + w[1] + w[2] + w[3];
  const style = pickStyle(w.map((x) => x / total), d(0));
  const slot = placePerson(s, t, ROLE_MEMBER, style);
  if (slot < 0) return -1;
  const pp = sc.people;
  s.reliability[slot] = trait(pp.reliability.mean, pp.reliability.sd, z(1));
  s.empathy[slot] = trait(pp.empathy.mean, pp.empathy.sd, z(2));
  s.skill[slot] = trait(pp.skill.mean - 0.05, pp.skill.sd, z(3));
  s.disposition[slot] = clamp01(0.58 + cfg.p.dispositionSd * z(4));
  s.morale[slot] = clamp01(s.disposition[slot] + 0.05);
  s.energy[slot] = 0.8;
  s.safety[slot] = 0.4;
  s.trustLeader[slot] = 0.5;
  s.belonging[slot] = 0.3;
  s.recognition[slot] = 0.2;
  s.outGroup[slot] = d(5) < pp.outGroupShare * 0.5 ? 1 : 0;
  // Newcomers start with few, weak ties [Hiring; The Power of Mentorship and Sponsorship].
  connectNewcomer(s, slot, t, d);
  return slot;
}

function connectNewcomer(s: EngineState, slot: number, t: number, d: (k: number) => number): void {
  let linked = 0;
  let bestMentor = -1;
  let bestTenure = -1;
  // Deterministic scan from a drawn offset over slots: teammates only.
  const start = Math.floor(d(6) * s.cap);
  for (let n = 0; n < s.cap && linked < 2; n++) {
    const o = (start + n) % s.cap;
    if (o === slot || !s.alive[o] || s.team[o] !== t || s.role[o] !== ROLE_MEMBER) continue;
    if (addTiePair(s, slot, o, 0.3, 0.35, 0)) linked++;
  }
  if (d(7) < lever(s, t, L_MENTORSHIP)) {
    for (let o = 0; o < s.cap; o++) {
      if (o === slot || !s.alive[o] || s.team[o] !== t || s.role[o] !== ROLE_MEMBER || s.style[o] === TAKER) continue;
      const tenure = s.week - s.startWeek[o];
      if (tenure > bestTenure) {
        bestTenure = tenure;
        bestMentor = o;
      }
    }
    if (bestMentor >= 0) {
      const i = findTie(s, slot, bestMentor);
      if (i >= 0) {
        s.tFlags[i] |= TIE_MENTOR;
        s.tTrust[i] = 0.6;
        const j = findTie(s, bestMentor, slot);
        if (j >= 0) s.tFlags[j] |= TIE_MENTOR;
      } else if (!addTiePair(s, slot, bestMentor, 0.6, 0.55, TIE_MENTOR)) {
        bestMentor = -1;
      }
      if (bestMentor >= 0) {
        tell(s, s.id[slot], 'mentored', `${nameOf(s, s.id[bestMentor])} became ${nameOf(s, s.id[slot])}'s mentor.`, s.id[bestMentor]);
      }
    }
  }
}

/**
 * Removes a person: clears their ties at both ends, marks close colleagues for
 * turnover contagion, frees the slot. Returns the number of close colleagues
 * (trust ≥ 0.5) now at higher risk.
 */
export function removePerson(s: EngineState, cfg: EngineConfig, slot: number): number {
  let close = 0;
  const base = slot * s.K;
  const until = s.week + cfg.p.contagionWeeks;
  for (let k = 0; k < s.K; k++) {
    const i = base + k;
    const peer = s.tPeer[i];
    if (peer < 0) continue;
    const j = findTie(s, peer, slot);
    // Close = the colleague trusts the leaver (Felps et al. 2009: embeddedness transmits exits).
    if (j >= 0 && s.tTrust[j] >= 0.5 && cfg.p.contagionWeeks > 0) {
      if (s.contagionUntil[peer] < until) s.contagionUntil[peer] = until;
      close++;
      if (s.stories) tell(s, s.id[peer], 'colleague-left', `${nameOf(s, s.id[slot])}, a close colleague, left; ${nameOf(s, s.id[peer])} started wondering about leaving too.`, s.id[slot]);
    }
    if (j >= 0) clearTie(s, j);
    clearTie(s, i);
  }
  s.alive[slot] = 0;
  s.id[slot] = -1;
  s.freeSlots[s.freeCount++] = slot;
  s.withdrawn[slot] = 0;
  return close;
}
