/**
 * Process 1: work arrives. Demand varies week to week around 1 (nominal), a
 * crisis multiplies it, and workload protection shields part of the excess at
 * the cost of the work not done [Championing Work-Life Balance; Being an Advocate
 * for the Team]. Capacity grows with skill and falls with exhaustion, so
 * overload feeds itself unless someone helps.
 */
import { ROLE_MEMBER } from '../types.ts';
import type { EngineConfig } from './config.ts';
import { drawNormalFrom, STREAM, streamWeek } from './random.ts';
import {
  L_ADVOCACY, L_WORKLOAD_PROTECTION, LEVER_COUNT, type EngineState,
} from './state.ts';

/** Capacity of a person this week, in units of nominal demand. */
export function capacityOf(s: EngineState, i: number): number {
  const e = s.energy[i] < 0.75 ? s.energy[i] : 0.75;
  return (0.72 + 0.5 * s.skill[i]) * (0.55 + 0.6 * e);
}

/** Sets demand and unmet need for every member (the bare donation game, and callers that want work alone). */
export function workArrives(s: EngineState, cfg: EngineConfig): void {
  const { alive, demand: demandOf, need: needOf, role } = s;
  if (!cfg.layers) {
    // Bare donation game: everyone needs help every week.
    for (let i = 0; i < s.cap; i++) {
      if (!alive[i]) continue;
      demandOf[i] = 1;
      needOf[i] = 1;
    }
    return;
  }
  const demandDraws = streamWeek(s.seed, STREAM.demand, s.week);
  for (let i = 0; i < s.cap; i++) {
    if (!alive[i] || role[i] !== ROLE_MEMBER) continue;
    workFor(s, cfg, i, demandDraws);
  }
}

/**
 * Demand and unmet need of member i this week, given demandDraws = streamWeek(seed, STREAM.demand, week).
 * The leader phase calls it person by person (one pass for both; see leader.ts): it reads only i's own state.
 */
export function workFor(s: EngineState, cfg: EngineConfig, i: number, demandDraws: number): void {
  const { crisisMultiplier, crisisUntil, policy } = s;
  const p = cfg.p;
  const t = s.team[i];
  const row = t * LEVER_COUNT;
  const mult = crisisUntil[t] >= s.week ? crisisMultiplier[t] : 1;
  let raw = mult * (1 + p.demandNoise * drawNormalFrom(demandDraws, s.id[i], 0));
  if (raw < 0.2) raw = 0.2;
  const shield = p.protectionShield * (0.8 * policy[row + L_WORKLOAD_PROTECTION] + 0.2 * policy[row + L_ADVOCACY]);
  const excess = raw - 0.8;
  const demand = excess > 0 ? raw - shield * excess : raw;
  s.demand[i] = demand;
  const need = demand - capacityOf(s, i);
  s.need[i] = need > 0 ? need : 0;
}
