/**
 * Scenario events, applied at the start of their week in the order they were
 * added (scenario order, then scheduled ones), so a replay from the scenario
 * plus recorded events is identical.
 */
import { record, tell } from '../narrate/happenings.ts';
import type { PolicyOverride, ScenarioEvent } from '../scenario/schema.ts';
import { ROLE_LEADER, ROLE_MEMBER } from '../types.ts';
import { bump } from './accumulate.ts';
import type { EngineConfig } from './config.ts';
import { hireNewcomer } from './hiring.ts';
import { leaderBreach, leaderId } from './leader.ts';
import { I_HIRES } from './metric-index.ts';
import { membersOf } from './population.ts';
import { DRAW, draw, STREAM } from './random.ts';
import { L_CREDIT_TAKING, L_TRANSPARENCY, LEVER_COUNT, LEVER_INDEX, lever, type EngineState } from './state.ts';
import { removeTiePair, trustNow } from './ties.ts';
import { departs, hiringDelay } from './turnover.ts';

function teamsOf(s: EngineState, cfg: EngineConfig, name: string | undefined): number[] {
  const out: number[] = [];
  for (let t = 0; t < s.T; t++) if (!s.absorbed[t] && (name === undefined || cfg.scenario.teams[t].name === name)) out.push(t);
  return out;
}

/** Sets the levers of `policy` for team t; returns the changes made. */
export function applyPolicy(s: EngineState, t: number, policy: PolicyOverride | undefined): [string, number][] {
  const changes: [string, number][] = [];
  if (!policy) return changes;
  for (const [key, value] of Object.entries(policy)) {
    const idx = (LEVER_INDEX as Record<string, number>)[key];
    if (idx !== undefined && typeof value === 'number') {
      s.policy[t * LEVER_COUNT + idx] = value;
      changes.push([key, value]);
    }
  }
  return changes;
}

/** Applies every event due this week. */
export function applyEvents(s: EngineState, cfg: EngineConfig): void {
  for (let e = 0; e < s.events.length; e++) {
    const ev = s.events[e];
    if (ev.week === s.week) applyEvent(s, cfg, ev, e);
  }
}

function teamIndex(cfg: EngineConfig, name: string | undefined): number | undefined {
  if (name === undefined) return undefined;
  const t = cfg.scenario.teams.findIndex((x) => x.name === name);
  return t < 0 ? undefined : t;
}

function applyEvent(s: EngineState, cfg: EngineConfig, ev: ScenarioEvent, index: number): void {
  const p = cfg.p;
  const note = ev.note;
  switch (ev.type) {
    case 'leaderBreach':
      for (const t of teamsOf(s, cfg, ev.team)) if (s.leaderSlot[t] >= 0) leaderBreach(s, cfg, t, ev.severity, ev.note);
      break;
    case 'leaderApology':
      for (const t of teamsOf(s, cfg, ev.team)) {
        // An apology restores a little; only sustained change stops the habit and lets memory of the breach fade
        // [Rebuilding Trust After a Breach].
        const restored = ev.sustainedChange ? p.apologyTrust + p.apologyEmpathyTrust * s.leaderEmpathy[t] : p.hollowApologyTrust;
        for (const i of membersOf(s, t)) {
          s.trustLeader[i] = Math.min(1, s.trustLeader[i] + restored);
          if (ev.sustainedChange) s.breachMemory[i] *= p.apologyMemoryKeep;
        }
        if (ev.sustainedChange) {
          s.policy[t * LEVER_COUNT + L_CREDIT_TAKING] = 0;
          s.hollowApologies[t] = 0;
        } else {
          s.hollowApologies[t]++;
        }
        record(s, { week: s.week, what: 'apology', team: t, leader: leaderId(s, t), changed: ev.sustainedChange, note });
      }
      break;
    case 'newLeader':
      for (const t of teamsOf(s, cfg, ev.team)) newLeader(s, cfg, t, ev);
      break;
    case 'policyChange': {
      let changes: [string, number][] = [];
      for (const t of teamsOf(s, cfg, ev.team)) changes = applyPolicy(s, t, ev.policy);
      record(s, { week: s.week, what: 'policy', team: teamIndex(cfg, ev.team), changes, note });
      break;
    }
    case 'crisis':
      for (const t of teamsOf(s, cfg, ev.team)) {
        s.crisisMultiplier[t] = ev.demandMultiplier;
        s.crisisUntil[t] = s.week + ev.durationWeeks - 1;
      }
      record(s, { week: s.week, what: 'crisis', team: teamIndex(cfg, ev.team), multiplier: ev.demandMultiplier, weeks: ev.durationWeeks, note });
      break;
    case 'layoffs':
      for (const t of teamsOf(s, cfg, ev.team)) layoffs(s, cfg, t, ev.share, index, note);
      break;
    case 'hiringFreeze':
      s.freezeUntil = Math.max(s.freezeUntil, s.week + ev.durationWeeks - 1);
      record(s, { week: s.week, what: 'freeze', weeks: ev.durationWeeks, note });
      break;
    case 'keyPersonLeaves':
      for (const t of teamsOf(s, cfg, ev.team)) keyPersonLeaves(s, cfg, t);
      break;
    case 'teamMerger':
      merge(s, cfg, ev.team, ev.into);
      break;
    case 'growth':
      // New positions: the work arrives at once, the people after the hiring delay — a growing team is stretched
      // until it is staffed [Hiring; Onboarding and socialisation].
      for (const t of teamsOf(s, cfg, ev.team)) {
        s.targetSize[t] += ev.add;
        s.workload[t] += ev.add;
        const delay = hiringDelay(s, cfg, t);
        for (let k = 0; k < ev.add; k++) s.vacancies.push({ team: t, due: s.week + delay });
        record(s, { week: s.week, what: 'growth', team: t, add: ev.add, delay, note });
      }
      break;
    case 'serviceFailure':
      for (let c = 0; c < s.customerCount; c++) s.cLoyalty[c] = Math.max(0, s.cLoyalty[c] - (ev.honest ? p.serviceFailureHonest : p.serviceFailureHidden));
      record(s, { week: s.week, what: 'service-failure', honest: ev.honest, note });
      break;
  }
}

function newLeader(s: EngineState, cfg: EngineConfig, t: number, ev: Extract<ScenarioEvent, { type: 'newLeader' }>): void {
  const p = cfg.p;
  const old = s.leaderSlot[t];
  const previous = old >= 0 ? s.id[old] : -1;
  if (old >= 0) {
    // The old leader leaves the organisation (not counted as a member quit; the leader's seat is not a member vacancy).
    s.role[old] = ROLE_MEMBER;
    departs(s, cfg, old, 'key-person', 'none', false);
  }
  const slot = hireNewcomer(s, cfg, t);
  if (slot >= 0) {
    bump(s, t, I_HIRES);
    s.role[slot] = ROLE_LEADER;
    s.empathy[slot] = ev.leader.empathy;
    s.reliability[slot] = ev.leader.reliability;
    if (ev.leader.name) s.customNames[s.id[slot]] = ev.leader.name;
    // A leader works with the team, not inside members' peer networks.
    for (let k = 0; k < s.K; k++) if (s.tPeer[slot * s.K + k] >= 0) removeTiePair(s, slot * s.K + k);
  }
  s.leaderSlot[t] = slot;
  s.leaderEmpathy[t] = ev.leader.empathy;
  s.leaderReliability[t] = ev.leader.reliability;
  s.hollowApologies[t] = 0;
  s.adaptive[t] = ev.leader.adaptive ? 1 : 0;
  applyPolicy(s, t, ev.policy);
  if (!ev.policy || ev.policy.creditTaking === undefined) s.policy[t * LEVER_COUNT + L_CREDIT_TAKING] = 0;
  for (const i of membersOf(s, t)) {
    s.trustLeader[i] = p.newLeaderTrust;
    s.breachMemory[i] *= p.newLeaderMemoryKeep;
    s.supportMemory[i] = 0;
  }
  record(s, { week: s.week, what: 'new-leader', team: t, leader: slot >= 0 ? s.id[slot] : -1, previous });
}

function layoffs(s: EngineState, cfg: EngineConfig, t: number, share: number, index: number, note: string | undefined): void {
  const p = cfg.p;
  const list = membersOf(s, t);
  const n = Math.round(share * list.length);
  // Who is let go is drawn per person id (events stream), the lowest draws first.
  const keyed = list.map((i) => ({ i, u: draw(s.luck, STREAM.events, s.week, s.id[i], index + DRAW.layoff) }));
  keyed.sort((a, b) => a.u - b.u || s.id[a.i] - s.id[b.i]);
  for (let k = 0; k < n; k++) departs(s, cfg, keyed[k].i, 'layoff', 'cut', false);
  // Survivors lose some trust in the leader and some safety [Maintaining Fairness and Transparency].
  if (n > 0) {
    const transparency = lever(s, t, L_TRANSPARENCY);
    for (const i of membersOf(s, t)) {
      s.trustLeader[i] *= 1 - p.layoffTrustLoss * (1 - transparency);
      s.safety[i] *= p.layoffSafetyKeep;
    }
  }
  record(s, { week: s.week, what: 'layoffs', team: t, count: n, of: list.length, note });
}

function keyPersonLeaves(s: EngineState, cfg: EngineConfig, t: number): void {
  let best = -1;
  let bestScore = -1;
  for (const i of membersOf(s, t)) {
    let score = 0;
    for (let j = i * s.K; j < i * s.K + s.K; j++) if (s.tPeer[j] >= 0) score += trustNow(s, cfg, j);
    // Ties broken by the lower id, so the choice never depends on slot order.
    if (score > bestScore || (score === bestScore && s.id[i] < s.id[best])) {
      bestScore = score;
      best = i;
    }
  }
  if (best >= 0) departs(s, cfg, best, 'key-person', 'vacancy', false);
}

function merge(s: EngineState, cfg: EngineConfig, from: string, into: string): void {
  const a = cfg.scenario.teams.findIndex((x) => x.name === from);
  const b = cfg.scenario.teams.findIndex((x) => x.name === into);
  if (a < 0 || b < 0 || a === b || s.absorbed[a]) return;
  for (let i = 0; i < s.cap; i++) {
    if (!s.alive[i] || s.team[i] !== a) continue;
    s.team[i] = b;
    if (s.role[i] === ROLE_LEADER) {
      s.role[i] = ROLE_MEMBER;
      s.workload[b]++;
      tell(s, s.id[i], { week: s.week, what: 'stepped-down', person: s.id[i], team: a, into: b });
    }
    s.trustLeader[i] = cfg.p.mergerTrustLeader;
  }
  s.leaderSlot[a] = -1;
  s.targetSize[b] += s.targetSize[a] + 1;
  s.targetSize[a] = 0;
  s.workload[b] += s.workload[a];
  s.workload[a] = 0;
  s.absorbed[a] = 1;
  for (const v of s.vacancies) if (v.team === a) v.team = b;
  record(s, { week: s.week, what: 'merger', team: a, into: b });
}
