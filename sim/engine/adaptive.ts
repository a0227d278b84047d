/**
 * An adaptive leader (optional, `leader.adaptive` in a scenario) [Leadership as
 * the Continuous Gardener of Culture]: after each pulse survey the leader reads
 * what they can see — the team's survey morale (which flatters where people do
 * not feel safe) and the last quarter's exits — and, when worried, does more of
 * what they control: recognition, workload protection and openness. When all
 * looks well, attention moves on and the levers slip back a little. A leader
 * who reads a flattering survey under-reacts; that is the point.
 */
import { record } from '../narrate/happenings.ts';
import type { EngineConfig } from './config.ts';
import { L_OPENNESS, L_RECOGNITION_FREQUENCY, L_WORKLOAD_PROTECTION, LEVER_COUNT, TURNOVER_WINDOW, WEEKS_PER_YEAR, type EngineState } from './state.ts';
import { LEVER_KEYS } from '../scenario/levers.ts';

const ADAPTED = [L_RECOGNITION_FREQUENCY, L_WORKLOAD_PROTECTION, L_OPENNESS];

/** Annualised quits of team t over the turnover window so far. */
function recentExitRate(s: EngineState, t: number): number {
  let quits = 0;
  let heads = 0;
  for (let k = 0; k < TURNOVER_WINDOW; k++) {
    quits += s.quitRing[t * TURNOVER_WINDOW + k];
    heads += s.headRing[t * TURNOVER_WINDOW + k];
  }
  const weeks = s.week < TURNOVER_WINDOW ? s.week : TURNOVER_WINDOW;
  return heads > 0 ? (quits / (heads / weeks)) * (WEEKS_PER_YEAR / weeks) : 0;
}

/** After a survey: adaptive leaders adjust their levers to what they saw. */
export function adaptiveLeaderWeek(s: EngineState, cfg: EngineConfig): void {
  const m = cfg.scenario.measurement;
  if (s.week <= 1 || (s.week - 1) % m.surveyEveryWeeks !== 0) return;
  const p = cfg.p;
  for (let t = 0; t < s.T; t++) {
    if (!s.adaptive[t] || s.absorbed[t] || s.leaderSlot[t] < 0) continue;
    const seen = s.surveyMorale[t];
    const worried = seen < s.lastSurvey[t] - p.adaptMoraleDrop || seen < p.adaptMoraleLine || recentExitRate(s, t) > p.adaptExitLine;
    const changes: [string, number][] = [];
    for (const l of ADAPTED) {
      const at = t * LEVER_COUNT + l;
      const before = s.policy[at];
      const next = worried ? Math.min(1, before + p.adaptStep) : Math.max(0, before - p.adaptRelax);
      s.policy[at] = next;
      if (Math.fround(next) !== before) changes.push([LEVER_KEYS[l], Math.fround(next)]);
    }
    s.lastSurvey[t] = seen;
    if (changes.length > 0 && worried) record(s, { week: s.week, what: 'policy', team: t, changes, adaptive: true });
  }
}
