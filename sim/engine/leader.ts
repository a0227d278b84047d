/**
 * Process 7: leader behaviour, driven by the leader levers [The Leader-Employee
 * Dynamic; sections on recognition, growth, work-life balance, safety,
 * delegation, advocacy, fairness, leading by example].
 *
 * Trust in the leader moves toward the level the leader's conduct deserves —
 * slowly upward (leaderTrustGain, slower still while a breach is remembered) and
 * quickly downward (leaderTrustFall) — and a credit-taking breach removes a large
 * share at once [Building Trust Through Consistent Action; Rebuilding Trust After
 * a Breach].
 */
import { ROLE_MEMBER } from '../types.ts';
import { bump, MI } from './accumulate.ts';
import type { EngineConfig } from './config.ts';
import { draw, drawAt, drawFrom, personWeek, STREAM, streamWeek } from './random.ts';
import {
  L_ADVOCACY, L_CREDIT_TAKING, L_GROWTH_INVESTMENT, L_INCLUSION, L_LEAD_BY_EXAMPLE, L_OPENNESS, L_PEER_CELEBRATION, L_RECOGNITION_FAIRNESS, L_RECOGNITION_FREQUENCY, L_TRANSPARENCY, L_WORKLOAD_PROTECTION, LEVER_COUNT, type EngineState,
} from './state.ts';
import { nameOf, record, tell } from './stories.ts';
import { workFor } from './work.ts';

// Metric indices as module constants (fast in hot loops).
const I_HELP_PRACTICAL = MI.help_practical;

/** Per-team buffers, reused every week (no allocation). */
export interface LeaderScratch {
  contribution: Float64Array;
  members: Float64Array;
  /** Per team this week: mean contribution of members, and the trust the leader's conduct deserves (before recognition). */
  meanContribution: Float64Array;
  deservedBase: Float64Array;
}

/** Name of a team's current leader, for log lines. */
export function leaderName(s: EngineState, t: number): string {
  const l = s.leaderSlot[t];
  return l >= 0 ? nameOf(s, s.id[l]) : 'The leader';
}

/** A credit-taking breach in team t: trust in the leader falls at once [Rebuilding Trust After a Breach]. */
export function leaderBreach(s: EngineState, cfg: EngineConfig, t: number, severity: number, note?: string): void {
  const loss = cfg.p.breachTrustLoss * severity * (1 + 0.25 * Math.min(s.hollowApologies[t], 4));
  for (let i = 0; i < s.cap; i++) {
    if (!s.alive[i] || s.team[i] !== t || s.role[i] !== ROLE_MEMBER) continue;
    s.trustLeader[i] *= 1 - (loss > 0.9 ? 0.9 : loss);
    s.breachMemory[i] = 1;
    s.safety[i] -= 0.05 * severity;
    if (s.safety[i] < 0) s.safety[i] = 0;
    s.morale[i] -= 0.03 * severity;
    if (s.morale[i] < 0) s.morale[i] = 0;
    if (s.stories) tell(s, s.id[i], 'breach', `${leaderName(s, t)} took credit for the team's work; ${nameOf(s, s.id[i])} noticed.`);
  }
  record(s, {
    week: s.week, kind: 'breach', team: cfg.scenario.teams[t].name,
    text: note ?? `${leaderName(s, t)} took credit for the team's work. Trust in the leader drops at once and will take months to rebuild.`,
  });
}

/** Work arriving (process 1), then leader actions and trust in the leader, for one week, in one pass over people. */
export function leaderWeek(s: EngineState, cfg: EngineConfig, scratch: LeaderScratch): void {
  const { alive, breachMemory, contribution, favourite, id: idOf, leaderReliability, leaderSlot, need, norm, outGroup, recognition, role, skill, team, trustLeader, policy } = s;
  const p = cfg.p;
  const memoryKeep = 1 - 0.6931 / p.breachMemoryWeeks;
  scratch.contribution.fill(0);
  scratch.members.fill(0);
  for (let i = 0; i < s.cap; i++) {
    if (!alive[i] || role[i] !== ROLE_MEMBER) continue;
    scratch.contribution[team[i]] += contribution[i];
    scratch.members[team[i]]++;
  }
  // The credit-taking habit: occasional breaches while it lasts.
  for (let t = 0; t < s.T; t++) {
    const habit = policy[t * LEVER_COUNT + L_CREDIT_TAKING];
    if (habit > 0 && leaderSlot[t] >= 0 && draw(s.seed, STREAM.leader, s.week, t, 0) < 0.06 * habit) {
      leaderBreach(s, cfg, t, 0.6);
    }
  }
  // What depends only on the team is worked out once per team (the same expressions, so the same values).
  const { meanContribution, deservedBase } = scratch;
  for (let t = 0; t < s.T; t++) {
    meanContribution[t] = scratch.members[t] > 0 ? scratch.contribution[t] / scratch.members[t] : 0;
    const recFreq = leaderSlot[t] >= 0 ? policy[t * LEVER_COUNT + L_RECOGNITION_FREQUENCY] : 0;
    const fair = policy[t * LEVER_COUNT + L_RECOGNITION_FAIRNESS];
    // The trust the leader's conduct deserves [The Leader's Continuous Investment], before the person's own recognition.
    const conduct =
      0.2 * policy[t * LEVER_COUNT + L_TRANSPARENCY] + 0.15 * policy[t * LEVER_COUNT + L_ADVOCACY] + 0.15 * policy[t * LEVER_COUNT + L_LEAD_BY_EXAMPLE] +
      0.15 * recFreq * (0.4 + 0.6 * fair) + 0.15 * policy[t * LEVER_COUNT + L_WORKLOAD_PROTECTION] + 0.1 * policy[t * LEVER_COUNT + L_GROWTH_INVESTMENT] +
      0.1 * policy[t * LEVER_COUNT + L_OPENNESS];
    deservedBase[t] = 0.22 + 0.85 * leaderReliability[t] * conduct;
  }
  const recognitionDraws = streamWeek(s.seed, STREAM.recognition, s.week);
  const leaderDraws = streamWeek(s.seed, STREAM.leader, s.week);
  const demandDraws = streamWeek(s.seed, STREAM.demand, s.week);
  for (let i = 0; i < s.cap; i++) {
    if (!alive[i] || role[i] !== ROLE_MEMBER) continue;
    // Work arrives first (process 1), in the same pass: it reads and writes only i's own demand, need, energy and
    // skill, and nothing above (team sums of contribution, credit-taking breaches) reads or writes those.
    workFor(s, cfg, i, demandDraws);
    const t = team[i];
    const row = t * LEVER_COUNT; // the team's policy row, computed once per person
    const id = idOf[i];
    const hasLeader = leaderSlot[t] >= 0;
    const recFreq = hasLeader ? policy[row + L_RECOGNITION_FREQUENCY] : 0;
    const fair = policy[row + L_RECOGNITION_FAIRNESS];
    const inclusion = policy[row + L_INCLUSION];
    // Recognition: by contribution when fair, to favourites when not [Providing Recognition and Appreciation;
    // Maintaining Fairness and Transparency].
    const meanC = meanContribution[t];
    let rel = meanC > 1e-6 ? contribution[i] / meanC : 1;
    if (rel > 2) rel = 2;
    let pRec = recFreq * 0.35 * (fair * (0.5 + 0.5 * rel) + (1 - fair) * (favourite[i] ? 1.6 : 0.4));
    if (outGroup[i]) pRec *= 0.7 + 0.3 * inclusion;
    // Each draw is made only when its chance is positive (a draw in [0, 1) is never below 0, so skipping it changes
    // nothing, and every draw keeps its fixed index: common random numbers hold).
    const celebrate = policy[row + L_PEER_CELEBRATION] * norm[t] * 0.3;
    const recognitionLuck = pRec > 0 || celebrate > 0 ? personWeek(recognitionDraws, id) : 0;
    if (pRec > 0 && drawAt(recognitionLuck, 0) < pRec) {
      // Story text is built only when stories are on (no string building in the weekly tick otherwise).
      if (s.stories && recognition[i] < 0.15) tell(s, id, 'recognised', `${leaderName(s, t)} thanked ${nameOf(s, id)} specifically for their work.`);
      recognition[i] += 0.2;
    }
    // Peer celebration: recognition that does not depend on the leader [Celebrating the Success of Others].
    if (celebrate > 0 && drawAt(recognitionLuck, 1) < celebrate) recognition[i] += 0.12;
    if (recognition[i] > 1) recognition[i] = 1;
    // Growth investment builds skill [Investing in Employee Growth and Development].
    skill[i] += 0.003 * policy[row + L_GROWTH_INVESTMENT] * (1 - skill[i]);
    if (!hasLeader) continue;
    // Leading by example: the leader helps first [Leading by Example: The First Mover].
    if (need[i] > 0.05 && drawFrom(leaderDraws, id, 1) < 0.25 * policy[row + L_LEAD_BY_EXAMPLE]) {
      need[i] = need[i] > 0.12 ? need[i] - 0.12 : 0;
      bump(s, t, I_HELP_PRACTICAL);
      trustLeader[i] += 0.01 * (1 - trustLeader[i]);
    }
    // The trust the leader's conduct deserves, plus the person's own recent recognition.
    const deserved = deservedBase[t] + 0.1 * recognition[i];
    const tl = trustLeader[i];
    if (deserved > tl) trustLeader[i] = tl + p.leaderTrustGain * (1 - 0.75 * breachMemory[i]) * (deserved - tl);
    else trustLeader[i] = tl + p.leaderTrustFall * (deserved - tl);
    breachMemory[i] *= memoryKeep;
  }
}
