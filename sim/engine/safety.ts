/**
 * Psychological safety as a team climate [Creating a Psychologically Safe
 * Environment]: a shared belief that each member learns from episodes they
 * live or see, not a number a lever sets. When a member's mistake shows, the
 * leader meets it with support (curiosity) or blame — likelier support the more
 * open and empathic the leader is — and the member's own safety moves a long
 * way, everyone else's a little (they all see it); a request for help met or
 * refused, and an imbalance voiced and heard or brushed off, move the person's
 * safety too; and each week every member's belief is pulled toward the team's
 * mean (the climate is shared; Edmondson 1999). Safety therefore drifts week to
 * week with what happens (Frazier et al. 2017). The weekly shared part (the
 * episodes every member sees and the pull of the climate) is applied in
 * wellbeing.ts's pass over members.
 */
import type { EngineConfig } from './config.ts';
import type { LeaderScratch } from './leader.ts';
import { DRAW, drawAt } from './random.ts';
import { L_INCLUSION, L_OPENNESS, LEVER_COUNT, type EngineState } from './state.ts';

/** Chance that team t's leader meets a mistake or bad news with support rather than blame. */
export function supportChance(s: EngineState, cfg: EngineConfig, t: number): number {
  if (s.leaderSlot[t] < 0) return 0;
  const p = cfg.p;
  const chance = p.supportBase + p.supportOpenness * s.policy[t * LEVER_COUNT + L_OPENNESS] + p.supportEmpathy * (s.leaderEmpathy[t] * 2 - 1) / 2;
  return chance < 0 ? 0 : chance > 1 ? 1 : chance;
}

/** How strongly member i feels support (out-group members less, unless the team practises inclusion). */
function felt(s: EngineState, cfg: EngineConfig, i: number): number {
  if (!s.outGroup[i]) return 1;
  const p = cfg.p;
  return p.outGroupSafety + (1 - p.outGroupSafety) * s.policy[s.team[i] * LEVER_COUNT + L_INCLUSION];
}

/** An episode of member i's own: met with support (toward 1) or blame (toward 0), with `weight` of the gap. */
function learn(s: EngineState, cfg: EngineConfig, i: number, supported: boolean, weight: number): void {
  const target = supported ? felt(s, cfg, i) : 0;
  s.safety[i] += weight * (target - s.safety[i]);
}

/** A visible mistake of member i this week (maybe), and the leader's response to it. */
export function leaderResponse(s: EngineState, cfg: EngineConfig, i: number, t: number, x: LeaderScratch, luck: number): void {
  const p = cfg.p;
  const overload = s.need[i] > 0 ? s.need[i] : 0;
  if (drawAt(luck, DRAW.mistake) >= p.mistakeRate + p.mistakeOverload * overload) return;
  const supported = drawAt(luck, DRAW.leaderResponse) < x.support[t];
  learn(s, cfg, i, supported, p.safetyOwnEpisode);
  s.supportMemory[i] += p.supportLearn * ((supported ? 1 : -1) - s.supportMemory[i]);
  if (supported) x.supported[t]++;
  else x.blamed[t]++;
}

/** A request for help by person i was met (or refused): knowing colleagues have your back. */
export function helpEpisode(s: EngineState, cfg: EngineConfig, i: number, met: boolean): void {
  learn(s, cfg, i, met, cfg.p.safetyHelpEpisode);
}

/** Person i voiced an imbalance and was heard (or brushed off). */
export function voiceEpisode(s: EngineState, cfg: EngineConfig, i: number, heard: boolean): void {
  learn(s, cfg, i, heard, cfg.p.safetyOwnEpisode);
}
