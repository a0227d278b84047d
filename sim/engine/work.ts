/**
 * Process 1: work arrives. Each team's work is shared by the members it has:
 * while positions are empty (quits not yet replaced, laid-off work that did
 * not go away) the rest carry more, up to vacancyLoadCap. Demand varies week to
 * week, a crisis multiplies it, and a protective leader shields part of the
 * excess at the cost of the work not done [Championing Work-Life Balance; Being
 * an Advocate for the Team]. What a person gets done rises with their
 * engagement and their trust in the leader (discretionary effort: the member's
 * side of the leader–member exchange; engaged people work harder and smarter,
 * and are less worn down for it — engagement and exhaustion are opposite ends,
 * as in the job demands–resources model). Work beyond what they get done is
 * unmet work, which drains them and makes them ask for help; below it, spare
 * capacity (negative `need`), time to help others.
 */
import type { EngineConfig } from './config.ts';
import { DRAW, drawNormalBytesAt } from './random.ts';
import { L_ADVOCACY, L_WORKLOAD_PROTECTION, LEVER_COUNT, type EngineState } from './state.ts';

/** What a person can get done this week, in units of nominal demand. */
export function capacityOf(s: EngineState, cfg: EngineConfig, i: number): number {
  const p = cfg.p;
  const e = s.energy[i] < p.capacityEnergyCap ? s.energy[i] : p.capacityEnergyCap;
  return (p.capacityBase + p.capacitySkill * s.skill[i]) * (p.capacityEnergyBase + p.capacityEnergyGain * e);
}

/** Discretionary effort of person i: a multiple of what their skill and energy let them get done. */
export function effortOf(s: EngineState, cfg: EngineConfig, i: number): number {
  const p = cfg.p;
  const effort = 1 + p.effortMorale * (s.morale[i] - p.effortNeutral) + p.effortTrustLeader * (s.trustLeader[i] - p.effortNeutral);
  return effort < p.effortMin ? p.effortMin : effort > p.effortMax ? p.effortMax : effort;
}

/**
 * Demand, effort and unmet work of member i this week. `load` is the team's
 * work per member (1 when fully staffed); `person` = personWeek(demand stream, id).
 */
export function workFor(s: EngineState, cfg: EngineConfig, i: number, load: number, person: number): void {
  const p = cfg.p;
  const t = s.team[i];
  const row = t * LEVER_COUNT;
  const mult = s.crisisUntil[t] >= s.week ? s.crisisMultiplier[t] : 1;
  let raw = mult * load * (1 + p.demandNoise * drawNormalBytesAt(person, DRAW.demandNoise));
  if (raw < p.demandFloor) raw = p.demandFloor;
  const shield = p.protectionShield * (p.protectionWeight * s.policy[row + L_WORKLOAD_PROTECTION] + (1 - p.protectionWeight) * s.policy[row + L_ADVOCACY]);
  const excess = raw - p.shieldAbove;
  const demand = excess > 0 ? raw - shield * excess : raw;
  const effort = effortOf(s, cfg, i);
  s.demand[i] = demand;
  s.effort[i] = effort;
  const need = demand - effort * capacityOf(s, cfg, i);
  // Negative: spare capacity this week (time to help others without falling behind).
  s.need[i] = need;
}

/** The team's work per member this week: its workload shared by its members, at most vacancyLoadCap each. */
export function loadPerMember(s: EngineState, cfg: EngineConfig, t: number, members: number): number {
  if (members <= 0) return 1;
  const load = s.workload[t] / members;
  return load > cfg.p.vacancyLoadCap ? cfg.p.vacancyLoadCap : load;
}

/** The bare donation game: everyone needs help every week. */
export function bareGameWork(s: EngineState): void {
  for (let i = 0; i < s.cap; i++) {
    if (!s.alive[i]) continue;
    s.demand[i] = 1;
    s.need[i] = 1;
  }
}
