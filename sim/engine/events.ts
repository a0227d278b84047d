/**
 * Scenario events, applied at the start of their week in the order they were
 * added (scenario order, then scheduled ones), so a replay from the scenario
 * plus recorded events is identical.
 */
import { LEVERS } from '../scenario/levers.ts';
import type { PolicyOverride, ScenarioEvent } from '../scenario/schema.ts';
import { ROLE_LEADER, ROLE_MEMBER } from '../types.ts';
import { bump, MI } from './accumulate.ts';
import type { EngineConfig } from './config.ts';
import { leaderBreach, leaderName } from './leader.ts';
import { hireNewcomer } from './population.ts';
import { draw, STREAM } from './random.ts';
import { LEVER_COUNT, LEVER_INDEX, type EngineState } from './state.ts';
import { removeTiePair } from './ties.ts';
import { nameOf, record, tell } from './stories.ts';
import { departs } from './turnover.ts';

// Metric indices as module constants (fast in hot loops).
const I_HIRES = MI.hires;

function teamsOf(s: EngineState, cfg: EngineConfig, name: string | undefined): number[] {
  const out: number[] = [];
  for (let t = 0; t < s.T; t++) if (!s.absorbed[t] && (name === undefined || cfg.scenario.teams[t].name === name)) out.push(t);
  return out;
}

function applyPolicy(s: EngineState, t: number, policy: PolicyOverride | undefined): void {
  if (!policy) return;
  for (const [key, value] of Object.entries(policy)) {
    const idx = (LEVER_INDEX as Record<string, number>)[key];
    if (idx !== undefined && typeof value === 'number') s.policy[t * LEVER_COUNT + idx] = value;
  }
}

/** A policy change in plain words: "recognition frequency set to 0.3 and advocacy set to 0.8" (lever labels, never keys). */
function describePolicy(policy: PolicyOverride | undefined): string {
  if (!policy) return 'no lever changed';
  const parts = Object.entries(policy)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${(LEVERS.find((l) => l.key === k)?.label ?? k).toLowerCase()} set to ${v}`);
  if (parts.length === 0) return 'no lever changed';
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** A sentence's first letter in capitals. */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function members(s: EngineState, t: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.cap; i++) if (s.alive[i] && s.team[i] === t && s.role[i] === ROLE_MEMBER) out.push(i);
  return out;
}

/** Applies every event due this week. */
export function applyEvents(s: EngineState, cfg: EngineConfig): void {
  for (let e = 0; e < s.events.length; e++) {
    const ev = s.events[e];
    if (ev.week === s.week) applyEvent(s, cfg, ev, e);
  }
}

function applyEvent(s: EngineState, cfg: EngineConfig, ev: ScenarioEvent, index: number): void {
  const teamName = (t: number) => cfg.scenario.teams[t].name;
  const note = ev.note ? ` ${ev.note}` : '';
  switch (ev.type) {
    case 'leaderBreach':
      for (const t of teamsOf(s, cfg, ev.team)) if (s.leaderSlot[t] >= 0) leaderBreach(s, cfg, t, ev.severity, ev.note);
      break;
    case 'leaderApology':
      for (const t of teamsOf(s, cfg, ev.team)) {
        // An apology restores a little; only sustained change stops the habit and lets memory of the breach fade
        // [Rebuilding Trust After a Breach].
        const bump = ev.sustainedChange ? 0.05 + 0.05 * s.leaderEmpathy[t] : 0.03;
        for (const i of members(s, t)) {
          s.trustLeader[i] = Math.min(1, s.trustLeader[i] + bump);
          if (ev.sustainedChange) s.breachMemory[i] *= 0.5;
        }
        if (ev.sustainedChange) {
          s.policy[t * LEVER_COUNT + LEVER_INDEX.creditTaking] = 0;
          s.hollowApologies[t] = 0;
        } else {
          s.hollowApologies[t]++;
        }
        record(s, { week: s.week, kind: 'event', team: teamName(t), text: `${leaderName(s, t)} apologised${ev.sustainedChange ? ' and changed their behaviour for good' : ', but nothing changed afterwards'}.${note}` });
      }
      break;
    case 'newLeader':
      for (const t of teamsOf(s, cfg, ev.team)) newLeader(s, cfg, t, ev);
      break;
    case 'policyChange':
      for (const t of teamsOf(s, cfg, ev.team)) applyPolicy(s, t, ev.policy);
      record(s, { week: s.week, kind: 'policy', team: ev.team, text: `${ev.team ? `In ${ev.team}: ${describePolicy(ev.policy)}` : capitalised(describePolicy(ev.policy))}.${note}` });
      break;
    case 'crisis':
      for (const t of teamsOf(s, cfg, ev.team)) {
        s.crisisMultiplier[t] = ev.demandMultiplier;
        s.crisisUntil[t] = s.week + ev.durationWeeks - 1;
      }
      record(s, { week: s.week, kind: 'event', team: ev.team, text: `A crisis: demand ×${ev.demandMultiplier} for ${ev.durationWeeks} weeks${ev.team ? ` in ${ev.team}` : ''}.${note}` });
      break;
    case 'layoffs':
      for (const t of teamsOf(s, cfg, ev.team)) layoffs(s, cfg, t, ev.share, index);
      break;
    case 'hiringFreeze':
      s.freezeUntil = Math.max(s.freezeUntil, s.week + ev.durationWeeks - 1);
      record(s, { week: s.week, kind: 'event', text: `Hiring freeze for ${ev.durationWeeks} weeks: vacancies stay open.${note}` });
      break;
    case 'keyPersonLeaves':
      for (const t of teamsOf(s, cfg, ev.team)) keyPersonLeaves(s, cfg, t);
      break;
    case 'teamMerger':
      merge(s, cfg, ev.team, ev.into);
      break;
    case 'growth':
      // New positions join the hiring pipeline like vacancies left by leavers: filled after the hiring delay, held by a
      // freeze, and each newcomer starts with few ties and little trust [Hiring; Onboarding and socialisation].
      for (const t of teamsOf(s, cfg, ev.team)) {
        s.targetSize[t] += ev.add;
        for (let k = 0; k < ev.add; k++) s.vacancies.push({ team: t, due: s.week + cfg.p.hiringDelayWeeks });
        record(s, { week: s.week, kind: 'event', team: teamName(t), text: `${teamName(t)} grows: ${ev.add} new position${ev.add === 1 ? '' : 's'} open, filled after about ${cfg.p.hiringDelayWeeks} weeks of hiring.${note}` });
      }
      break;
    case 'serviceFailure':
      for (let c = 0; c < s.customerCount; c++) {
        s.cLoyalty[c] = Math.max(0, s.cLoyalty[c] - (ev.honest ? 0.06 : 0.2));
      }
      record(s, { week: s.week, kind: 'event', text: `A service failure${ev.honest ? ', owned up to quickly and honestly' : ', played down'}.${note}` });
      break;
  }
}

function newLeader(s: EngineState, cfg: EngineConfig, t: number, ev: Extract<ScenarioEvent, { type: 'newLeader' }>): void {
  const old = s.leaderSlot[t];
  const oldName = old >= 0 ? nameOf(s, s.id[old]) : 'the previous leader';
  if (old >= 0) {
    // The old leader leaves the organisation (not counted as a member quit).
    s.role[old] = ROLE_MEMBER;
    departs(s, cfg, old, 'key-person', false, false);
    s.targetSize[t]++; // the leader's seat is not a member vacancy
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
  applyPolicy(s, t, ev.policy);
  if (!ev.policy || ev.policy.creditTaking === undefined) s.policy[t * LEVER_COUNT + LEVER_INDEX.creditTaking] = 0;
  for (const i of members(s, t)) {
    s.trustLeader[i] = 0.5;
    s.breachMemory[i] *= 0.3;
  }
  const name = slot >= 0 ? nameOf(s, s.id[slot]) : 'A new leader';
  record(s, { week: s.week, kind: 'event', team: cfg.scenario.teams[t].name, text: `${name} replaced ${oldName} as leader of ${cfg.scenario.teams[t].name}; trust in the leader starts afresh.` });
}

function layoffs(s: EngineState, cfg: EngineConfig, t: number, share: number, index: number): void {
  const list = members(s, t);
  const n = Math.round(share * list.length);
  // Who is let go is drawn per person id (events stream), the lowest draws first.
  const keyed = list.map((i) => ({ i, u: draw(s.seed, STREAM.events, s.week, s.id[i], index) }));
  keyed.sort((a, b) => a.u - b.u || s.id[a.i] - s.id[b.i]);
  for (let k = 0; k < n; k++) departs(s, cfg, keyed[k].i, 'layoff', false, false);
  // Survivors lose some trust in the leader and some safety [Maintaining Fairness and Transparency].
  if (n > 0) {
    const transparency = s.policy[t * LEVER_COUNT + LEVER_INDEX.transparency];
    for (const i of members(s, t)) {
      s.trustLeader[i] *= 1 - 0.15 * (1 - transparency);
      s.safety[i] *= 0.95;
    }
  }
  record(s, { week: s.week, kind: 'event', team: cfg.scenario.teams[t].name, text: `Layoffs: ${n} of ${list.length} people in ${cfg.scenario.teams[t].name} were let go.` });
}

function keyPersonLeaves(s: EngineState, cfg: EngineConfig, t: number): void {
  let best = -1;
  let bestScore = -1;
  for (const i of members(s, t)) {
    let score = 0;
    for (let k = 0; k < s.K; k++) if (s.tPeer[i * s.K + k] >= 0) score += s.tTrust[s.K * i + k];
    // Ties broken by the lower id, so the choice never depends on slot order.
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && s.id[i] < s.id[best])) {
      bestScore = score;
      best = i;
    }
  }
  if (best < 0) return;
  departs(s, cfg, best, 'key-person', true, false);
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
      tell(s, s.id[i], 'joined', `${nameOf(s, s.id[i])} stopped leading ${from} when it merged into ${into}.`);
    }
    s.trustLeader[i] = 0.45;
  }
  s.leaderSlot[a] = -1;
  s.targetSize[b] += s.targetSize[a] + 1;
  s.targetSize[a] = 0;
  s.absorbed[a] = 1;
  for (const v of s.vacancies) if (v.team === a) v.team = b;
  record(s, { week: s.week, kind: 'event', team: into, text: `${from} merged into ${into}.` });
}
