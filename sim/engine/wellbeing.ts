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
import { tellBurnout } from '../narrate/happenings.ts';
import { ROLE_MEMBER } from '../types.ts';
import { PARAM, type EngineConfig } from './config.ts';
import type { LeaderScratch } from './leader.ts';
import { DRAW, drawNormalBytesAt, personWeek, STREAM, streamWeek } from './random.ts';
import {
  L_DELEGATION, L_GROWTH_INVESTMENT, L_INCLUSION, L_RECOGNITION_FAIRNESS, L_RECOGNITION_FREQUENCY, L_WORKLOAD_PROTECTION, LEVER_COUNT,
  type EngineState,
} from './state.ts';

/**
 * Updates energy, safety, belonging, morale and skill of every member. The
 * parameters and arrays are read into locals once a week (a property read per
 * person costs several instructions in the hot loop); every sum is formed in
 * the same order as the rules read.
 */
export function wellbeingWeek(s: EngineState, cfg: EngineConfig, x: LeaderScratch): void {
  const {
    alive, belonging, conflicts: conflictsOf, burnt: burntOf, contribution, disposition, energy, favourite, guilt, id: idOf, morale, need, norm, outGroup,
    recognition, resilience, role, safety, skill, aptitude, standing, supportMemory, team, trustLeader, withdrawn, policy, tPeer, tTrust, tLedger, tLast,
  } = s;
  const { members, climate, supported, blamed } = x;
  const { trustKeep, ledgerKeep } = cfg;
  const K = s.K;
  const week = s.week;
  const stories = s.stories !== null;
  // Parameters as plain doubles in locals (config.ts `values`).
  const v = cfg.values;
  const fadeTarget = v[PARAM.fadeTarget];
  const exhaustionLine = v[PARAM.exhaustionLine];
  const overloadStrain = v[PARAM.overloadStrain];
  const strainSaturation = v[PARAM.strainSaturation];
  const energyRecovery = v[PARAM.energyRecovery];
  const protectionRecovery = v[PARAM.protectionRecovery];
  const conflictDrain = v[PARAM.conflictDrain];
  const imbalanceStrain = v[PARAM.imbalanceStrain];
  const burnoutThreshold = v[PARAM.burnoutThreshold];
  const safetyWitness = v[PARAM.safetyWitness];
  const outGroupSafety = v[PARAM.outGroupSafety];
  const safetyClimatePull = v[PARAM.safetyClimatePull];
  const supportMemoryKeep = v[PARAM.supportMemoryKeep];
  const tiesPerPerson = v[PARAM.tiesPerPerson];
  const belongingBase = v[PARAM.belongingBase];
  const belongingTies = v[PARAM.belongingTies];
  const belongingNorm = v[PARAM.belongingNorm];
  const belongingRecognition = v[PARAM.belongingRecognition];
  const outGroupBelonging = v[PARAM.outGroupBelonging];
  const belongingRate = v[PARAM.belongingRate];
  const energyNeutral = v[PARAM.energyNeutral];
  const moraleConflictCap = v[PARAM.moraleConflictCap];
  const recognitionWeight = v[PARAM.recognitionWeight];
  const recognitionNeutral = v[PARAM.recognitionNeutral];
  const moraleGrowth = v[PARAM.moraleGrowth];
  const moraleTrustLeader = v[PARAM.moraleTrustLeader];
  const trustLeaderNeutral = v[PARAM.trustLeaderNeutral];
  const moraleBelonging = v[PARAM.moraleBelonging];
  const belongingNeutral = v[PARAM.belongingNeutral];
  const moraleSafety = v[PARAM.moraleSafety];
  const safetyNeutral = v[PARAM.safetyNeutral];
  const moraleEnergy = v[PARAM.moraleEnergy];
  const moraleDelegation = v[PARAM.moraleDelegation];
  const moraleConflict = v[PARAM.moraleConflict];
  const moraleUnfair = v[PARAM.moraleUnfair];
  const moraleWithdrawn = v[PARAM.moraleWithdrawn];
  const moraleGuilt = v[PARAM.moraleGuilt];
  const moraleRate = v[PARAM.moraleRate];
  const moraleNoise = v[PARAM.moraleNoise];
  const skillLearning = v[PARAM.skillLearning];
  const growthRate = v[PARAM.growthRate];
  const skillDepreciation = v[PARAM.skillDepreciation];
  const recognitionKeep = v[PARAM.recognitionKeep];
  const contributionKeep = v[PARAM.contributionKeep];
  const guiltKeep = v[PARAM.guiltKeep];
  const standingKeep = v[PARAM.standingKeep];
  const moodDraws = streamWeek(s.luck, STREAM.mood, week);
  for (let i = 0; i < s.cap; i++) {
    if (!alive[i] || role[i] !== ROLE_MEMBER) continue;
    const t = team[i];
    const id = idOf[i];
    const row = t * LEVER_COUNT;
    const inclusion = policy[row + L_INCLUSION];
    const conflicts = conflictsOf[i];
    // The person's ties now: the sum of trust (faded where unused) and of ledgers (given minus received).
    let tieTrust = 0;
    let tieLedger = 0;
    for (let j = i * K; j < i * K + K; j++) {
      if (tPeer[j] < 0) continue;
      const idle = week - tLast[j];
      tieTrust += fadeTarget + (tTrust[j] - fadeTarget) * trustKeep[idle];
      tieLedger += tLedger[j] * ledgerKeep[idle];
    }
    // Giving far more than one gets back, across one's relationships, is itself exhausting (a lack of reciprocity
    // predicts emotional exhaustion: Schaufeli et al. 1996; Bakker et al. 2000) [The Dangers of a One-Sided Relationship].
    const unreturned = tieLedger - exhaustionLine;
    // Energy: rest restores, unmet work drains with diminishing force, one-sidedness and open conflicts wear
    // [Championing Work-Life Balance].
    let e = energy[i];
    // Diminishing force twice over: the drain is a share of the energy left, and extra overload wears less and less
    // (beyond a point the work simply is not done).
    const overload = need[i] > 0 ? need[i] : 0;
    const strain = (overloadStrain * overload) / (1 + overload / strainSaturation);
    e += energyRecovery * resilience[i] * (1 + protectionRecovery * policy[row + L_WORKLOAD_PROTECTION]) * (1 - e) - strain * e - conflictDrain * conflicts - (unreturned > 0 ? imbalanceStrain * unreturned : 0);
    e = e < 0 ? 0 : e > 1 ? 1 : e;
    energy[i] = e;
    const burnt = e < burnoutThreshold ? 1 : 0;
    if (burnt && !burntOf[i] && stories) tellBurnout(s, { week, what: 'burnout', person: id, team: t });
    burntOf[i] = burnt;
    // Psychological safety: the episodes the team saw, and the shared climate (safety.ts sharedSafety).
    let sf = safety[i];
    const n = members[t];
    if (n > 0) {
      const seen = safetyWitness / n;
      const support = outGroup[i] ? outGroupSafety + (1 - outGroupSafety) * inclusion : 1;
      for (let k = 0; k < supported[t]; k++) sf += seen * (support - sf);
      for (let k = 0; k < blamed[t]; k++) sf -= seen * sf;
    }
    sf += safetyClimatePull * (climate[t] - sf);
    supportMemory[i] *= supportMemoryKeep;
    sf = sf < 0 ? 0 : sf > 1 ? 1 : sf;
    safety[i] = sf;
    // Belonging: the trusted ties a person has built, the help they see, being celebrated.
    let tieTerm = tieTrust / tiesPerPerson;
    if (tieTerm > 1) tieTerm = 1;
    let belongTarget = belongingBase + belongingTies * tieTerm + belongingNorm * norm[i] + belongingRecognition * recognition[i];
    if (outGroup[i]) belongTarget *= outGroupBelonging + (1 - outGroupBelonging) * inclusion;
    if (belongTarget > 1) belongTarget = 1;
    belonging[i] += belongingRate * (belongTarget - belonging[i]);
    // Morale.
    const unfair = favourite[i] ? 0 : policy[row + L_RECOGNITION_FREQUENCY] * (1 - policy[row + L_RECOGNITION_FAIRNESS]);
    const low = e - energyNeutral;
    const cappedConflicts = conflicts < moraleConflictCap ? conflicts : moraleConflictCap;
    const m0 = morale[i];
    const target =
      disposition[i] +
      recognitionWeight * (recognition[i] - recognitionNeutral) +
      moraleGrowth * (2 * policy[row + L_GROWTH_INVESTMENT] - 1) / 2 +
      moraleTrustLeader * (trustLeader[i] - trustLeaderNeutral) +
      moraleBelonging * (belonging[i] - belongingNeutral) +
      moraleSafety * (sf - safetyNeutral) +
      moraleEnergy * (low < 0 ? low : 0) +
      moraleDelegation * (2 * policy[row + L_DELEGATION] - 1) / 2 -
      moraleConflict * cappedConflicts -
      moraleUnfair * unfair -
      (withdrawn[i] ? moraleWithdrawn : 0) -
      moraleGuilt * guilt[i];
    let m = m0 + moraleRate * (target - m0) + moraleNoise * drawNormalBytesAt(personWeek(moodDraws, id), DRAW.mood);
    m = m < 0 ? 0 : m > 1 ? 1 : m;
    morale[i] = m;
    // Skill: learning by doing toward aptitude, growth investment, depreciation.
    const sk = skill[i];
    const next = sk + skillLearning * (aptitude[i] - sk) + growthRate * policy[row + L_GROWTH_INVESTMENT] * (1 - sk) - skillDepreciation * sk;
    skill[i] = next < 0 ? 0 : next > 1 ? 1 : next;
    recognition[i] *= recognitionKeep;
    contribution[i] *= contributionKeep;
    guilt[i] *= guiltKeep;
    if (standing[i] !== 0) standing[i] *= standingKeep;
  }
}
