/**
 * Process 10: filling vacancies [Hiring for Reciprocal Tendencies]. Due
 * vacancies are filled in booking order unless a hiring freeze holds them.
 * Some go to a colleague from another team who was looking to leave (a move
 * instead of a quit; they take their ties, style and sense of the norm with
 * them, so norms travel between teams). The rest go to newcomers: a behavioural
 * interview spots a taker only sometimes (screenAccuracy), and selective hiring
 * takes longer (turnover.ts hiringDelay). Newcomers start with few, weak ties,
 * at part of their aptitude, and with a mentor when mentorship is practised.
 */
import { record, tell } from '../narrate/happenings.ts';
import { ROLE_MEMBER } from '../types.ts';
import { bump } from './accumulate.ts';
import type { EngineConfig } from './config.ts';
import { I_HIRES, I_MOVES } from './metric-index.ts';
import { pickStyle, placePerson, resilienceOf, styleWeights, trait } from './population.ts';
import { clamp01, DRAW, draw, drawNormal, STREAM } from './random.ts';
import { L_HIRING_SELECTIVITY, L_MENTORSHIP, TAKER, TIE_CROSS, TIE_MENTOR, lever, type EngineState } from './state.ts';
import { addTiePair, findTie, tieCount } from './ties.ts';
import { hiringDelay } from './turnover.ts';

/** The style of newcomer number `id` for team t: drawn from the mix; a taker the interview spots is passed over once. */
function hiredStyle(s: EngineState, cfg: EngineConfig, t: number, id: number): number {
  const w = styleWeights(cfg.scenario, cfg.scenario.teams[t]);
  const style = pickStyle(w, draw(s.luck, STREAM.hiring, 0, id, DRAW.hireStyle));
  if (style !== TAKER) return style;
  const screened = draw(s.luck, STREAM.hiring, 0, id, DRAW.hireScreen) < lever(s, t, L_HIRING_SELECTIVITY) * cfg.p.screenAccuracy;
  return screened ? pickStyle(w, draw(s.luck, STREAM.hiring, 0, id, DRAW.hireRedraw)) : style;
}

/** Hires one newcomer into team t; returns the slot or −1 when there is no room. */
export function hireNewcomer(s: EngineState, cfg: EngineConfig, t: number): number {
  const sc = cfg.scenario;
  const p = cfg.p;
  const id = s.nextId;
  const d = (k: number) => draw(s.luck, STREAM.hiring, 0, id, k);
  const z = (k: number) => drawNormal(s.luck, STREAM.hiring, 0, id, k);
  const slot = placePerson(s, cfg, t, ROLE_MEMBER, hiredStyle(s, cfg, t, id));
  if (slot < 0) return -1;
  const pp = sc.people;
  s.reliability[slot] = trait(pp.reliability.mean, pp.reliability.sd, z(DRAW.hireReliability));
  s.empathy[slot] = trait(pp.empathy.mean, pp.empathy.sd, z(DRAW.hireEmpathy));
  s.aptitude[slot] = trait(pp.skill.mean, pp.skill.sd, z(DRAW.hireAptitude));
  s.skill[slot] = s.aptitude[slot] * p.newcomerSkillShare;
  s.disposition[slot] = trait(p.dispositionMean, p.dispositionSd, z(DRAW.hireDisposition));
  s.resilience[slot] = resilienceOf(cfg, z(DRAW.hireResilience));
  s.morale[slot] = clamp01(s.disposition[slot] + p.newcomerMoraleLift);
  s.energy[slot] = p.newcomerEnergy;
  s.safety[slot] = p.newcomerSafety;
  s.trustLeader[slot] = p.newcomerTrustLeader;
  s.belonging[slot] = p.newcomerBelonging;
  s.recognition[slot] = p.newcomerRecognition;
  s.outGroup[slot] = d(DRAW.hireOutGroup) < pp.outGroupShare * p.newcomerOutGroup ? 1 : 0;
  connectNewcomer(s, cfg, slot, t, d);
  return slot;
}

/** Newcomers person o is mentoring now (MENTOR ties to someone still new). */
function menteesOf(s: EngineState, cfg: EngineConfig, o: number): number {
  let n = 0;
  for (let j = o * s.K; j < o * s.K + s.K; j++) {
    const peer = s.tPeer[j];
    if (peer >= 0 && s.tFlags[j] & TIE_MENTOR && s.week - s.startWeek[peer] < cfg.p.newcomerWeeks && s.startWeek[peer] > s.startWeek[o]) n++;
  }
  return n;
}

/**
 * A newcomer's first ties: a few teammates, and a mentor when mentorship is practised — the longest-serving
 * non-taker teammate who has room for another tie and is not already mentoring menteesPerMentor newcomers.
 */
function connectNewcomer(s: EngineState, cfg: EngineConfig, slot: number, t: number, d: (k: number) => number): void {
  const p = cfg.p;
  let linked = 0;
  // Deterministic scan from a drawn offset over slots: teammates only.
  const start = Math.floor(d(DRAW.hireWhere) * s.cap);
  for (let n = 0; n < s.cap && linked < p.newcomerTies; n++) {
    const o = (start + n) % s.cap;
    if (o === slot || !s.alive[o] || s.team[o] !== t || s.role[o] !== ROLE_MEMBER) continue;
    if (addTiePair(s, slot, o, p.newcomerTieTrust, p.newcomerTieTrustBack)) linked++;
  }
  if (d(DRAW.hireMentor) >= lever(s, t, L_MENTORSHIP)) return;
  let mentor = -1;
  let longest = -1;
  for (let o = 0; o < s.cap; o++) {
    if (o === slot || !s.alive[o] || s.team[o] !== t || s.role[o] !== ROLE_MEMBER || s.style[o] === TAKER) continue;
    if ((tieCount(s, o) >= s.K && findTie(s, slot, o) < 0) || menteesOf(s, cfg, o) >= p.menteesPerMentor) continue;
    const tenure = s.week - s.startWeek[o];
    if (tenure > longest) {
      longest = tenure;
      mentor = o;
    }
  }
  if (mentor < 0) return;
  const i = findTie(s, slot, mentor);
  if (i >= 0) {
    s.tFlags[i] |= TIE_MENTOR;
    s.tTrust[i] = p.mentorTrust;
    const j = findTie(s, mentor, slot);
    if (j >= 0) s.tFlags[j] |= TIE_MENTOR;
  } else if (!addTiePair(s, slot, mentor, p.mentorTrust, p.mentorTrustBack, TIE_MENTOR)) {
    return;
  }
  if (s.stories) tell(s, s.id[slot], { week: s.week, what: 'mentored', person: s.id[slot], mentor: s.id[mentor] });
}

/** A member of another team who is looking to leave, found by a scan from a drawn offset, or −1. */
function internalCandidate(s: EngineState, t: number, u: number): number {
  const start = Math.floor(u * s.cap);
  for (let n = 0; n < s.cap; n++) {
    const o = (start + n) % s.cap;
    if (s.alive[o] && s.searching[o] && s.role[o] === ROLE_MEMBER && s.team[o] !== t && !s.absorbed[s.team[o]]) return o;
  }
  return -1;
}

/** Moves member i into team t: they keep their ties (now crossing teams where they do) and stop looking. */
function moveInto(s: EngineState, cfg: EngineConfig, i: number, t: number): void {
  const from = s.team[i];
  s.team[i] = t;
  s.searching[i] = 0;
  s.trustLeader[i] = cfg.p.newcomerTrustLeader;
  s.breachMemory[i] = 0;
  for (let j = i * s.K; j < i * s.K + s.K; j++) {
    const peer = s.tPeer[j];
    if (peer < 0) continue;
    const back = findTie(s, peer, i);
    if (s.team[peer] !== t) {
      s.tFlags[j] |= TIE_CROSS;
      if (back >= 0) s.tFlags[back] |= TIE_CROSS;
    } else {
      s.tFlags[j] &= ~TIE_CROSS;
      if (back >= 0) s.tFlags[back] &= ~TIE_CROSS;
    }
  }
  // The team they left has a vacancy now.
  s.vacancies.push({ team: from, due: s.week + hiringDelay(s, cfg, from) });
  bump(s, t, I_MOVES);
  const happening = { week: s.week, what: 'moved', person: s.id[i], team: t, from } as const;
  tell(s, s.id[i], happening);
  record(s, { week: s.week, what: 'hired', person: s.id[i], team: t, internal: true });
}

/** Fills due vacancies (in booking order) unless a hiring freeze holds them. */
export function hiringWeek(s: EngineState, cfg: EngineConfig, headcount: Int32Array): void {
  if (s.week <= s.freezeUntil || s.vacancies.length === 0) return;
  let due = false;
  for (let v = 0; v < s.vacancies.length; v++) if (s.vacancies[v].due <= s.week) due = true;
  if (!due) return;
  headcount.fill(0);
  for (let i = 0; i < s.cap; i++) if (s.alive[i] && s.role[i] === ROLE_MEMBER) headcount[s.team[i]]++;
  const pending = s.vacancies.slice();
  s.vacancies.length = 0;
  for (let v = 0; v < pending.length; v++) {
    const vac = pending[v];
    if (vac.due > s.week) {
      s.vacancies.push(vac);
      continue;
    }
    if (s.absorbed[vac.team] || headcount[vac.team] >= s.targetSize[vac.team]) continue; // no longer needed
    // Keyed by the team (as −1 − team, never a person id) and the vacancy's place in the queue.
    const u = draw(s.luck, STREAM.search, s.week, -1 - vac.team, v);
    if (s.T > 1 && u < cfg.p.internalMoveShare) {
      const mover = internalCandidate(s, vac.team, u / cfg.p.internalMoveShare);
      if (mover >= 0) {
        headcount[s.team[mover]]--;
        moveInto(s, cfg, mover, vac.team);
        headcount[vac.team]++;
        continue;
      }
    }
    const slot = hireNewcomer(s, cfg, vac.team);
    if (slot < 0) {
      s.vacancies.push(vac);
      continue;
    }
    headcount[vac.team]++;
    bump(s, vac.team, I_HIRES);
    if (s.stories) tell(s, s.id[slot], { week: s.week, what: 'joined', person: s.id[slot], team: vac.team });
    if (s.log) record(s, { week: s.week, what: 'hired', person: s.id[slot], team: vac.team, internal: false });
  }
}
