/**
 * Creating the organisation, placing and removing people. Week-0 generation
 * uses the sequential seedrandom stream; newcomers' traits are counter-based
 * draws keyed by their (never reused) id, so newcomer number n has the same
 * traits under any policy — except the style, which hiring screens
 * [Hiring for Reciprocal Tendencies].
 */
import { growthPositions } from '../scenario/growth.ts';
import type { Scenario, Team } from '../scenario/schema.ts';
import { STYLES } from '../scenario/styles.ts';
import { METRIC_KEYS } from '../metrics.ts';
import { tell } from '../narrate/happenings.ts';
import { ROLE_LEADER, ROLE_MEMBER } from '../types.ts';
import { allocateNew, type Allocate } from './buffers.ts';
import type { EngineConfig } from './config.ts';
import { clamp01, scenarioLuck, sequentialRandom, type SequentialRandom } from './random.ts';
import {
  ARRAY_OF, LEVER_COUNT, LEVER_INDEX, L_GROWTH_INVESTMENT, MATCHER, PERSON_FIELDS, SLOT_HEADROOM_MIN, SLOT_HEADROOM_SHARE, TEAM_FIELDS,
  TIE_FIELDS, TIE_HEADROOM, TURNOVER_WINDOW, lever, type EngineState, type FieldSpec,
} from './state.ts';
import { addTiePair, clearTie, findTie, trustNow } from './ties.ts';

/** Normalised style weights of a team (its own mix, else the organisation's). */
export function styleWeights(scenario: Scenario, team: Team | undefined): number[] {
  const mix = team?.styleMix ?? scenario.people.styleMix;
  const w = STYLES.map((k) => Math.max(0, mix[k] ?? 0));
  let total = 0;
  for (const x of w) total += x;
  return total > 0 ? w.map((x) => x / total) : STYLES.map((_, i) => (i === MATCHER ? 1 : 0));
}

/** The style whose cumulative weight first exceeds u. */
export function pickStyle(weights: readonly number[], u: number): number {
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i];
    if (u < acc) return i;
  }
  return MATCHER;
}

/** A recovery multiplier: normal around 1 with sd resilienceSd, clipped to [0, 2]. */
export function resilienceOf(cfg: EngineConfig, z: number): number {
  const r = 1 + cfg.p.resilienceSd * z;
  return r < 0 ? 0 : r > 2 ? 2 : r;
}

/** A normal trait clipped to [0, 1]. */
export function trait(mean: number, sd: number, z: number): number {
  return clamp01(mean + sd * z);
}

function allocateFields(fields: Record<string, FieldSpec>, n: number, take: Allocate): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(fields)) {
    const array = take(ARRAY_OF[spec.kind] as never, n) as Float32Array;
    if (spec.reset !== undefined && spec.reset !== 0) array.fill(spec.reset);
    out[name] = array;
  }
  return out;
}

/** Allocates every array of the state for a scenario (from `take`: new arrays, or zeroed ones from a BufferPool). */
export function allocateState(cfg: EngineConfig, seed: number, weeks: number, take: Allocate = allocateNew): EngineState {
  const sc = cfg.scenario;
  const T = sc.teams.length;
  let total = 0;
  for (const t of sc.teams) total += t.size + 1;
  // Positions that growth events open need slots too.
  total += growthPositions(sc.events, T);
  const cap = total + Math.ceil(total * SLOT_HEADROOM_SHARE) + SLOT_HEADROOM_MIN;
  // An int32 (| 0): the parameter is stored as a double, and a double K would make every tie index a double.
  const K = (cfg.p.tiesPerPerson + TIE_HEADROOM) | 0;
  const units = T + 1;
  const M = METRIC_KEYS.length;
  const C = sc.customers.enabled ? sc.customers.count : 0;
  // Free slots stacked so the lowest slot is used first.
  const freeSlots = take(Int32Array, cap);
  for (let i = 0; i < cap; i++) freeSlots[i] = cap - 1 - i;
  return {
    // 0 − warm-up, not −warm-up: −0 is a double, and a double week would make every index computed from it a double.
    seed, luck: scenarioLuck(seed, sc.name), week: 0 - cfg.warmupWeeks, weeks, cap, K, T, nextId: 0, freeSlots, freeCount: cap, populationRng: {},
    ...(allocateFields(PERSON_FIELDS, cap, take) as object),
    ...(allocateFields(TIE_FIELDS, cap * K, take) as object),
    ...(allocateFields(TEAM_FIELDS, T, take) as object),
    policy: take(Float32Array, T * LEVER_COUNT),
    surveyMorale: take(Float32Array, units), surveyTruth: take(Float32Array, units),
    freezeUntil: 0 - cfg.warmupWeeks, vacancies: [], events: [...sc.events],
    customerCount: C, cTeam: take(Int16Array, C), cLoyalty: take(Float32Array, C), cAdvocate: take(Uint8Array, C), cValue: take(Float32Array, C),
    acc: take(Float64Array, units * M), values: take(Float64Array, weeks * units * M),
    quitRing: take(Float64Array, TURNOVER_WINDOW * units), headRing: take(Float64Array, TURNOVER_WINDOW * units),
    log: cfg.log ? [] : null, stories: cfg.stories ? {} : null, customNames: {},
  } as unknown as EngineState;
}

function freeSlot(s: EngineState): number {
  if (s.freeCount === 0) return -1;
  return s.freeSlots[--s.freeCount];
}

const PERSON_RESETS = Object.entries(PERSON_FIELDS)
  .filter(([, spec]) => (spec as FieldSpec).reset !== undefined)
  .map(([name, spec]) => [name, (spec as FieldSpec).reset as number] as const);

/**
 * The arrays of the person fields with a reset value, in PERSON_RESETS order, per state: looked up by name once,
 * not at every placement (a read by a computed name is one of V8's slowest property reads).
 */
const resetArrays = new WeakMap<EngineState, Float32Array[]>();

/** Puts a person into a free slot with every declared reset value; returns the slot or −1. */
export function placePerson(s: EngineState, cfg: EngineConfig, team: number, role: number, style: number): number {
  const slot = freeSlot(s);
  if (slot < 0) return -1;
  let arrays = resetArrays.get(s);
  if (!arrays) {
    const byName = s as unknown as Record<string, Float32Array>;
    arrays = PERSON_RESETS.map(([name]) => byName[name]);
    resetArrays.set(s, arrays);
  }
  for (let k = 0; k < arrays.length; k++) arrays[k][slot] = PERSON_RESETS[k][1];
  s.alive[slot] = 1;
  s.id[slot] = s.nextId++;
  s.team[slot] = team;
  s.role[slot] = role;
  s.style[slot] = style;
  s.startWeek[slot] = s.week;
  s.norm[slot] = cfg.p.normInitial;
  return slot;
}

/** The skill a person of this aptitude settles at under growth investment g (where learning, growth and depreciation balance). */
export function steadySkill(cfg: EngineConfig, aptitude: number, g: number): number {
  const p = cfg.p;
  const grow = p.growthRate * g;
  return clamp01((p.skillLearning * aptitude + grow) / (p.skillLearning + grow + p.skillDepreciation));
}

/** Builds the starting organisation: leaders, members, ties, policies, customers. */
export function initialisePopulation(s: EngineState, cfg: EngineConfig): void {
  const sc = cfg.scenario;
  const p = cfg.p;
  const rng = sequentialRandom(s.luck, 'population');
  for (let t = 0; t < s.T; t++) {
    const team = sc.teams[t];
    for (const [key, idx] of Object.entries(LEVER_INDEX)) {
      const teamValue = team.policy?.[key as keyof typeof LEVER_INDEX];
      const orgValue = (sc.policy as Record<string, number>)[key];
      s.policy[t * LEVER_COUNT + idx] = teamValue ?? orgValue ?? 0;
    }
    s.targetSize[t] = team.size;
    s.workload[t] = team.size;
    s.customerFacing[t] = team.customerFacing ? 1 : 0;
    s.adaptive[t] = team.leader.adaptive ? 1 : 0;
    s.leaderEmpathy[t] = team.leader.empathy;
    s.leaderReliability[t] = team.leader.reliability;
    s.serviceQuality[t] = p.initialService;
    const leader = placePerson(s, cfg, t, ROLE_LEADER, MATCHER);
    initialTraits(s, cfg, leader, rng, team.leader.empathy, team.leader.reliability);
    s.leaderSlot[t] = leader;
    if (team.leader.name) s.customNames[s.id[leader]] = team.leader.name;
    const styles = initialStyles(sc, team, rng);
    const members: number[] = [];
    for (let m = 0; m < team.size; m++) {
      const slot = placePerson(s, cfg, t, ROLE_MEMBER, styles[m]);
      initialTraits(s, cfg, slot, rng);
      // Tenure at the start: uniform with mean initialTenureWeeks (the warm-up brings it toward the steady state).
      s.startWeek[slot] = s.week - Math.floor(rng.next() * 2 * p.initialTenureWeeks);
      s.outGroup[slot] = rng.next() < sc.people.outGroupShare ? 1 : 0;
      s.favourite[slot] = !s.outGroup[slot] && rng.next() < p.favouriteShare ? 1 : 0;
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
    s.cLoyalty[c] = clamp01(p.initialLoyalty + p.initialLoyaltySd * rng.normal());
  }
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

function initialTraits(s: EngineState, cfg: EngineConfig, slot: number, rng: SequentialRandom, empathy?: number, reliability?: number): void {
  const pp = cfg.scenario.people;
  const p = cfg.p;
  s.reliability[slot] = reliability ?? trait(pp.reliability.mean, pp.reliability.sd, rng.normal());
  s.empathy[slot] = empathy ?? trait(pp.empathy.mean, pp.empathy.sd, rng.normal());
  s.aptitude[slot] = trait(pp.skill.mean, pp.skill.sd, rng.normal());
  s.skill[slot] = steadySkill(cfg, s.aptitude[slot], lever(s, s.team[slot], L_GROWTH_INVESTMENT));
  s.disposition[slot] = trait(p.dispositionMean, p.dispositionSd, rng.normal());
  s.resilience[slot] = resilienceOf(cfg, rng.normal());
  s.morale[slot] = s.disposition[slot];
  s.energy[slot] = trait(p.initialEnergy, p.initialEnergySd, rng.normal());
  s.safety[slot] = p.initialSafety;
  s.trustLeader[slot] = trait(p.initialTrustLeader, p.initialTrustLeaderSd, rng.normal());
  s.belonging[slot] = trait(p.initialBelonging, p.initialBelongingSd, rng.normal());
  s.recognition[slot] = p.initialRecognition;
}

/**
 * A small world inside each team: a ring lattice over a shuffled member order,
 * each member tied to about tiesPerPerson teammates, with a share of the ties
 * rewired to a random teammate (Watts & Strogatz 1998). From then on ties form
 * and dissolve by interaction (network.ts).
 */
function wireTeam(s: EngineState, cfg: EngineConfig, members: number[], rng: SequentialRandom): void {
  const p = cfg.p;
  const n = members.length;
  const half = Math.min(Math.floor((n - 1) / 2), Math.ceil(p.tiesPerPerson / 2));
  const tieTrust = () => trait(p.initialTieTrust, p.initialTieTrustSd, rng.normal());
  for (let i = 0; i < n; i++) {
    for (let d = 1; d <= half; d++) {
      const a = members[i];
      let b = members[(i + d) % n];
      if (rng.next() < p.rewiring) {
        const c = members[Math.floor(rng.next() * n)];
        if (c !== a && findTie(s, a, c) < 0) b = c;
      }
      const trust = tieTrust();
      addTiePair(s, a, b, trust, tieTrust());
    }
  }
  if (n === 2 && half === 0) addTiePair(s, members[0], members[1], p.initialTieTrust, p.initialTieTrust, 0);
}

/**
 * Removes a person: clears their ties at both ends (close colleagues lose a
 * tie they valued), frees the slot. Returns the number of close colleagues
 * (trust in the leaver at least closeTieTrust).
 */
export function removePerson(s: EngineState, cfg: EngineConfig, slot: number): number {
  let close = 0;
  const base = slot * s.K;
  const leaver = s.id[slot];
  for (let k = 0; k < s.K; k++) {
    const i = base + k;
    const peer = s.tPeer[i];
    if (peer < 0) continue;
    const j = findTie(s, peer, slot);
    if (j >= 0 && trustNow(s, cfg, j) >= cfg.p.closeTieTrust) {
      close++;
      if (s.stories) tell(s, s.id[peer], { week: s.week, what: 'colleague-left', person: s.id[peer], leaver });
    }
    if (j >= 0) clearTie(s, j);
    clearTie(s, i);
  }
  s.alive[slot] = 0;
  s.id[slot] = -1;
  s.freeSlots[s.freeCount++] = slot;
  s.withdrawn[slot] = 0;
  s.searching[slot] = 0;
  return close;
}

/** Slots of team t's members now, in slot order. */
export function membersOf(s: EngineState, t: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.cap; i++) if (s.alive[i] && s.team[i] === t && s.role[i] === ROLE_MEMBER) out.push(i);
  return out;
}
