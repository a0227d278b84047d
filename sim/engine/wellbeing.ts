/**
 * Process 8: energy, psychological safety, belonging, morale and skill, each
 * moving a fraction of the way toward what the person's week warrants.
 * Energy is restored by rest and drained by unmet work with diminishing force
 * (the emptier, the less is left to lose) [Championing Work-Life Balance];
 * belonging comes from the trusted ties a person has built, the help they see
 * and being celebrated [The Foundation of Team Cohesion; Creating an Inclusive
 * Environment]; safety is learnt from episodes and shared (safety.ts); morale
 * (engagement) is driven most by the leader, as Gallup finds, and by
 * belonging, energy, conflicts and guilt. Skill grows by doing the job and by
 * growth investment, and dates without renewal.
 */
import { record, tell } from '../narrate/happenings.ts';
import { ROLE_MEMBER } from '../types.ts';
import type { EngineConfig } from './config.ts';
import type { LeaderScratch } from './leader.ts';
import { DRAW, drawNormalFrom, STREAM, streamWeek } from './random.ts';
import { sharedSafety } from './safety.ts';
import {
  L_DELEGATION, L_GROWTH_INVESTMENT, L_INCLUSION, L_RECOGNITION_FAIRNESS, L_RECOGNITION_FREQUENCY, L_WORKLOAD_PROTECTION, LEVER_COUNT,
  type EngineState,
} from './state.ts';

/** Member i's ties now: the sum of trust (faded where unused) into `out[0]`, and of ledgers (given minus received) into `out[1]`. */
function tieSums(s: EngineState, cfg: EngineConfig, i: number, out: Float64Array): void {
  const target = cfg.p.fadeTarget;
  const { trustKeep, ledgerKeep } = cfg;
  let trust = 0;
  let ledger = 0;
  for (let j = i * s.K; j < i * s.K + s.K; j++) {
    if (s.tPeer[j] < 0) continue;
    const idle = s.week - s.tLast[j];
    trust += target + (s.tTrust[j] - target) * trustKeep[idle];
    ledger += s.tLedger[j] * ledgerKeep[idle];
  }
  out[0] = trust;
  out[1] = ledger;
}

/** Updates energy, safety, belonging, morale and skill of every member. */
export function wellbeingWeek(s: EngineState, cfg: EngineConfig, x: LeaderScratch, sums: Float64Array): void {
  const { alive, belonging, conflicts: conflictsOf, burnt: burntOf, contribution, disposition, energy, favourite, guilt, id: idOf, morale, need, norm, outGroup, recognition, role, safety, skill, aptitude, standing, team, trustLeader, withdrawn, policy } = s;
  const p = cfg.p;
  const moodDraws = streamWeek(s.seed, STREAM.mood, s.week);
  for (let i = 0; i < s.cap; i++) {
    if (!alive[i] || role[i] !== ROLE_MEMBER) continue;
    const t = team[i];
    const id = idOf[i];
    const row = t * LEVER_COUNT;
    const inclusion = policy[row + L_INCLUSION];
    const conflicts = conflictsOf[i];
    tieSums(s, cfg, i, sums);
    // Giving far more than one gets back, across one's relationships, is itself exhausting (a lack of reciprocity
    // predicts emotional exhaustion: Schaufeli et al. 1996; Bakker et al. 2000) [The Dangers of a One-Sided Relationship].
    const unreturned = sums[1] - p.exhaustionLine;
    // Energy: rest restores, unmet work drains with diminishing force, one-sidedness and open conflicts wear
    // [Championing Work-Life Balance].
    let e = energy[i];
    // Diminishing force twice over: the drain is a share of the energy left, and extra overload wears less and less
    // (beyond a point the work simply is not done).
    const overload = need[i] > 0 ? need[i] : 0;
    const strain = (p.overloadStrain * overload) / (1 + overload / p.strainSaturation);
    e += p.energyRecovery * s.resilience[i] * (1 + p.protectionRecovery * policy[row + L_WORKLOAD_PROTECTION]) * (1 - e) - strain * e - p.conflictDrain * conflicts - (unreturned > 0 ? p.imbalanceStrain * unreturned : 0);
    e = e < 0 ? 0 : e > 1 ? 1 : e;
    energy[i] = e;
    const burnt = e < p.burnoutThreshold ? 1 : 0;
    if (burnt && !burntOf[i] && s.stories) {
      const happening = { week: s.week, what: 'burnout', person: id, team: t } as const;
      tell(s, id, happening);
      record(s, happening);
    }
    burntOf[i] = burnt;
    // Psychological safety: the episodes the team saw, and the shared climate.
    const sf = sharedSafety(s, cfg, i, t, x);
    safety[i] = sf;
    // Belonging: the trusted ties a person has built, the help they see, being celebrated.
    let tieTerm = sums[0] / p.tiesPerPerson;
    if (tieTerm > 1) tieTerm = 1;
    let belongTarget = p.belongingBase + p.belongingTies * tieTerm + p.belongingNorm * norm[i] + p.belongingRecognition * recognition[i];
    if (outGroup[i]) belongTarget *= p.outGroupBelonging + (1 - p.outGroupBelonging) * inclusion;
    if (belongTarget > 1) belongTarget = 1;
    belonging[i] += p.belongingRate * (belongTarget - belonging[i]);
    // Morale.
    const unfair = favourite[i] ? 0 : policy[row + L_RECOGNITION_FREQUENCY] * (1 - policy[row + L_RECOGNITION_FAIRNESS]);
    const low = e - p.energyNeutral;
    const cappedConflicts = conflicts < p.moraleConflictCap ? conflicts : p.moraleConflictCap;
    const target =
      disposition[i] +
      p.recognitionWeight * (recognition[i] - p.recognitionNeutral) +
      p.moraleGrowth * (2 * policy[row + L_GROWTH_INVESTMENT] - 1) / 2 +
      p.moraleTrustLeader * (trustLeader[i] - p.trustLeaderNeutral) +
      p.moraleBelonging * (belonging[i] - p.belongingNeutral) +
      p.moraleSafety * (sf - p.safetyNeutral) +
      p.moraleEnergy * (low < 0 ? low : 0) +
      p.moraleDelegation * (2 * policy[row + L_DELEGATION] - 1) / 2 -
      p.moraleConflict * cappedConflicts -
      p.moraleUnfair * unfair -
      (withdrawn[i] ? p.moraleWithdrawn : 0) -
      p.moraleGuilt * guilt[i];
    let m = morale[i] + p.moraleRate * (target - morale[i]) + p.moraleNoise * drawNormalFrom(moodDraws, id, DRAW.mood);
    m = m < 0 ? 0 : m > 1 ? 1 : m;
    morale[i] = m;
    // Skill: learning by doing toward aptitude, growth investment, depreciation.
    const sk = skill[i];
    const next = sk + p.skillLearning * (aptitude[i] - sk) + p.growthRate * policy[row + L_GROWTH_INVESTMENT] * (1 - sk) - p.skillDepreciation * sk;
    skill[i] = next < 0 ? 0 : next > 1 ? 1 : next;
    recognition[i] *= p.recognitionKeep;
    contribution[i] *= p.contributionKeep;
    guilt[i] *= p.guiltKeep;
    if (standing[i] !== 0) standing[i] *= p.standingKeep;
  }
}
