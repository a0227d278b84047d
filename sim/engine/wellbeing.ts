/**
 * Energy, psychological safety, belonging and morale: each moves a fraction of
 * the way toward the level the person's situation warrants this week.
 * Morale (engagement) is driven more by the leader than by anything else, as
 * Gallup finds; belonging comes from trusted ties, inclusion and being
 * celebrated [Creating an Inclusive Environment; Celebrating the Success of
 * Others]; safety comes from how the leader meets mistakes [Creating a
 * Psychologically Safe Environment].
 */
import { ROLE_MEMBER } from '../types.ts';
import type { EngineConfig } from './config.ts';
import { drawNormalFrom, STREAM, streamWeek } from './random.ts';
import {
  L_ADVOCACY, L_COLLABORATION_TRAINING, L_DELEGATION, L_GROWTH_INVESTMENT, L_INCLUSION, L_OPENNESS, L_RECOGNITION_FAIRNESS, L_RECOGNITION_FREQUENCY, L_TRANSPARENCY, L_WORKLOAD_PROTECTION, TIE_MENTOR, LEVER_COUNT, type EngineState,
} from './state.ts';
import { nameOf, record, tell } from './stories.ts';

/** Updates energy, safety, belonging and morale of every member. */
export function wellbeingWeek(s: EngineState, cfg: EngineConfig): void {
  const { alive, belonging, conflicts: conflictsOf, burnt: burntOf, contribution, disposition, energy, favourite, id: idOf, morale, need, norm, outGroup, recognition, role, safety, standing, tFlags, tPeer, tTrust, team, trustLeader, withdrawn, policy } = s;
  const p = cfg.p;
  const K = s.K;
  const moodDraws = streamWeek(s.seed, STREAM.demand, s.week);
  for (let i = 0; i < s.cap; i++) {
    if (!alive[i] || role[i] !== ROLE_MEMBER) continue;
    const t = team[i];
    const id = idOf[i];
    const row = t * LEVER_COUNT; // the team's policy row, computed once per person
    const protection = policy[row + L_WORKLOAD_PROTECTION];
    const inclusion = policy[row + L_INCLUSION];
    // Ties: trust and mentor (open conflicts are counted as they open and close, in s.conflicts).
    let trustSum = 0;
    let ties = 0;
    const conflicts = conflictsOf[i];
    let flags = 0;
    const base = i * K;
    // Empty slots hold trust 0 and flags 0 (clearTie), so they are read without a branch: adding 0 changes no sum.
    for (let j = base; j < base + K; j++) {
      ties += tPeer[j] >= 0 ? 1 : 0;
      trustSum += tTrust[j];
      flags |= tFlags[j];
    }
    const mentor = flags & TIE_MENTOR ? 1 : 0;
    const meanTrust = ties > 0 ? trustSum / (ties > 3 ? ties : 3) : 0;
    // Energy: rest restores, unmet work drains [Championing Work-Life Balance].
    let e = energy[i];
    e += p.energyRecovery * (1 + 0.5 * protection) * (1 - e) - p.overloadStrain * need[i] - 0.015 * conflicts;
    e = e < 0 ? 0 : e > 1 ? 1 : e;
    energy[i] = e;
    const burnt = e < p.burnoutThreshold ? 1 : 0;
    if (burnt && !burntOf[i] && s.stories) {
      // Told in the person's story and, for the room, in the event log (text only: no draw, no state).
      const text = `${nameOf(s, id)} is running on empty: burnt out.`;
      tell(s, id, 'burnout', text);
      record(s, { week: s.week, kind: 'burnout', personId: id, team: cfg.scenario.teams[t].name, text });
    }
    burntOf[i] = burnt;
    // Psychological safety.
    const tl = trustLeader[i];
    let safetyTarget = 0.1 + 0.55 * policy[row + L_OPENNESS] + 0.15 * tl + 0.1 * norm[t] + 0.05 * policy[row + L_COLLABORATION_TRAINING] - 0.1 * (conflicts > 0 ? 1 : 0);
    if (outGroup[i]) safetyTarget *= 0.8 + 0.2 * inclusion;
    safety[i] += 0.08 * (safetyTarget - safety[i]);
    // Belonging.
    let belongTarget = 0.12 + 0.55 * meanTrust + 0.15 * norm[t] + 0.15 * recognition[i] + 0.12 * mentor;
    if (outGroup[i]) belongTarget *= 0.65 + 0.35 * inclusion;
    belonging[i] += 0.06 * (belongTarget - belonging[i]);
    // Recognition fades.
    recognition[i] *= 0.88;
    // Morale.
    const fair = policy[row + L_RECOGNITION_FAIRNESS];
    const unfair = favourite[i] ? 0 : policy[row + L_RECOGNITION_FREQUENCY] * (1 - fair);
    const low = e - 0.55;
    const target =
      disposition[i] +
      p.recognitionWeight * (recognition[i] - 0.3) +
      0.1 * (policy[row + L_GROWTH_INVESTMENT] - 0.5) +
      0.22 * (tl - 0.55) +
      0.18 * (belonging[i] - 0.55) +
      0.08 * (safety[i] - 0.5) +
      0.35 * (low < 0 ? low : 0) +
      0.05 * (policy[row + L_DELEGATION] - 0.5) +
      0.04 * (policy[row + L_ADVOCACY] - 0.5) +
      0.04 * (policy[row + L_TRANSPARENCY] - 0.5) -
      0.04 * (conflicts < 3 ? conflicts : 3) -
      0.06 * unfair -
      (withdrawn[i] ? 0.05 : 0);
    let m = morale[i] + p.moraleRate * (target - morale[i]) + 0.02 * drawNormalFrom(moodDraws, id, 1);
    m = m < 0 ? 0 : m > 1 ? 1 : m;
    morale[i] = m;
    contribution[i] *= 0.9;
    if (standing[i] !== 0) standing[i] *= 0.95;
  }
}
