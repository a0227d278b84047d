/**
 * Processes 1–2 in one pass over people: work arrives (work.ts), then the
 * leader acts [The Leader-Employee Dynamic and the essay's leader sections]:
 * recognition (by contribution when fair, to favourites when not), growth
 * investment, the first move (leading by example), and the response to each
 * visible mistake — support or blame, which members learn their psychological
 * safety from (safety.ts). Trust in the leader moves toward the level the
 * leader's conduct and the member's own experience of them deserve: slowly
 * upward, quickly downward, and a credit-taking breach removes a large share
 * at once [Building Trust Through Consistent Action; Rebuilding Trust After a
 * Breach].
 */
import { record, tell } from '../narrate/happenings.ts';
import { ROLE_MEMBER } from '../types.ts';
import { bump } from './accumulate.ts';
import { PARAM, type EngineConfig } from './config.ts';
import { I_HELP_PRACTICAL } from './metric-index.ts';
import { DRAW, draw, drawAt, drawNormalBytesAt, personWeek, STREAM, streamWeek } from './random.ts';
import { leaderResponse, supportChance } from './safety.ts';
import {
  L_ADVOCACY, L_CREDIT_TAKING, L_GROWTH_INVESTMENT, L_INCLUSION, L_LEAD_BY_EXAMPLE, L_PEER_CELEBRATION, L_RECOGNITION_FAIRNESS,
  L_RECOGNITION_FREQUENCY, L_TRANSPARENCY, L_WORKLOAD_PROTECTION, LEVER_COUNT, type EngineState,
} from './state.ts';
import { loadPerMember } from './work.ts';

/** Per-team buffers of the leader pass, reused every week. */
export interface LeaderScratch {
  members: Float64Array;
  contribution: Float64Array;
  meanContribution: Float64Array;
  /** The trust the leader's conduct deserves this week, before the member's own experience. */
  deservedBase: Float64Array;
  /** Work per member this week. */
  load: Float64Array;
  /** Chance the leader meets a mistake with support. */
  support: Float64Array;
  /** Mean safety of the team's members at the start of the week (its climate). */
  climate: Float64Array;
  /** Episodes this week that every member sees: mistakes met with support, and with blame. */
  supported: Float64Array;
  blamed: Float64Array;
}

/** Id of a team's current leader, or −1. */
export function leaderId(s: EngineState, t: number): number {
  const l = s.leaderSlot[t];
  return l >= 0 ? s.id[l] : -1;
}

/** A credit-taking breach in team t: trust in the leader falls at once [Rebuilding Trust After a Breach]. */
export function leaderBreach(s: EngineState, cfg: EngineConfig, t: number, severity: number, note?: string): void {
  const p = cfg.p;
  const hollow = s.hollowApologies[t] < p.hollowApologyCap ? s.hollowApologies[t] : p.hollowApologyCap;
  const loss = p.breachTrustLoss * severity * (1 + p.hollowApologyPenalty * hollow);
  const keep = 1 - (loss > p.breachLossCap ? p.breachLossCap : loss);
  const happening = { week: s.week, what: 'breach', team: t, leader: leaderId(s, t), note } as const;
  for (let i = 0; i < s.cap; i++) {
    if (!s.alive[i] || s.team[i] !== t || s.role[i] !== ROLE_MEMBER) continue;
    s.trustLeader[i] *= keep;
    s.breachMemory[i] = 1;
    s.safety[i] = Math.max(0, s.safety[i] - p.breachSafetyLoss * severity);
    s.morale[i] = Math.max(0, s.morale[i] - p.breachMoraleLoss * severity);
    tell(s, s.id[i], happening);
  }
  record(s, happening);
}

/** Counts members, their contribution and safety per team (the week's starting point). */
function teamSums(s: EngineState, x: LeaderScratch): void {
  x.members.fill(0);
  x.contribution.fill(0);
  x.climate.fill(0);
  x.supported.fill(0);
  x.blamed.fill(0);
  for (let i = 0; i < s.cap; i++) {
    if (!s.alive[i] || s.role[i] !== ROLE_MEMBER) continue;
    const t = s.team[i];
    x.members[t]++;
    x.contribution[t] += s.contribution[i];
    x.climate[t] += s.safety[i];
  }
}

/** Work arriving, then the leader's actions and trust in the leader, for one week. */
export function leaderWeek(s: EngineState, cfg: EngineConfig, x: LeaderScratch): void {
  const { alive, breachMemory, contribution, favourite, id: idOf, leaderReliability, leaderSlot, need, norm, outGroup, recognition, role, team, trustLeader, policy, supportMemory } = s;
  const p = cfg.p;
  const memoryKeep = 1 - Math.LN2 / p.breachMemoryWeeks;
  teamSums(s, x);
  // The credit-taking habit: occasional breaches while it lasts.
  for (let t = 0; t < s.T; t++) {
    const habit = policy[t * LEVER_COUNT + L_CREDIT_TAKING];
    if (habit > 0 && leaderSlot[t] >= 0 && draw(s.luck, STREAM.leader, s.week, t, DRAW.leaderHabit) < p.breachHabitRate * habit) {
      leaderBreach(s, cfg, t, p.habitBreachSeverity);
    }
  }
  // What depends only on the team is worked out once per team.
  for (let t = 0; t < s.T; t++) {
    const row = t * LEVER_COUNT;
    const n = x.members[t];
    x.meanContribution[t] = n > 0 ? x.contribution[t] / n : 0;
    x.climate[t] = n > 0 ? x.climate[t] / n : 0;
    x.load[t] = loadPerMember(s, cfg, t, n);
    x.support[t] = supportChance(s, cfg, t);
    const recFreq = leaderSlot[t] >= 0 ? policy[row + L_RECOGNITION_FREQUENCY] : 0;
    const fair = policy[row + L_RECOGNITION_FAIRNESS];
    // The trust the leader's conduct deserves [The Leader's Continuous Investment], before the person's own experience.
    const conduct =
      p.conductTransparency * policy[row + L_TRANSPARENCY] + p.conductAdvocacy * policy[row + L_ADVOCACY] + p.conductExample * policy[row + L_LEAD_BY_EXAMPLE] +
      p.conductRecognition * recFreq * (1 - p.conductRecognitionFairness + p.conductRecognitionFairness * fair) +
      p.conductProtection * policy[row + L_WORKLOAD_PROTECTION] + p.conductGrowth * policy[row + L_GROWTH_INVESTMENT];
    x.deservedBase[t] = p.deservedBase + p.deservedConduct * leaderReliability[t] * conduct;
  }
  const recognitionDraws = streamWeek(s.luck, STREAM.recognition, s.week);
  const leaderDraws = streamWeek(s.luck, STREAM.leader, s.week);
  const demandDraws = streamWeek(s.luck, STREAM.demand, s.week);
  const episodeDraws = streamWeek(s.luck, STREAM.episodes, s.week);
  // Parameters as plain doubles in locals (config.ts `values`), and the arrays of the work rule (work.ts).
  const v = cfg.values;
  const demandNoise = v[PARAM.demandNoise];
  const demandFloor = v[PARAM.demandFloor];
  const protectionShield = v[PARAM.protectionShield];
  const protectionWeight = v[PARAM.protectionWeight];
  const shieldAbove = v[PARAM.shieldAbove];
  const effortMorale = v[PARAM.effortMorale];
  const effortNeutral = v[PARAM.effortNeutral];
  const effortTrustLeader = v[PARAM.effortTrustLeader];
  const effortMin = v[PARAM.effortMin];
  const effortMax = v[PARAM.effortMax];
  const capacityEnergyCap = v[PARAM.capacityEnergyCap];
  const capacityBase = v[PARAM.capacityBase];
  const capacitySkill = v[PARAM.capacitySkill];
  const capacityEnergyBase = v[PARAM.capacityEnergyBase];
  const capacityEnergyGain = v[PARAM.capacityEnergyGain];
  const contributionCap = v[PARAM.contributionCap];
  const recognitionRate = v[PARAM.recognitionRate];
  const favouriteBias = v[PARAM.favouriteBias];
  const nonFavouriteBias = v[PARAM.nonFavouriteBias];
  const outGroupRecognition = v[PARAM.outGroupRecognition];
  const peerCelebrationRate = v[PARAM.peerCelebrationRate];
  const recognitionBump = v[PARAM.recognitionBump];
  const peerCelebrationBump = v[PARAM.peerCelebrationBump];
  const leadByExampleNeed = v[PARAM.leadByExampleNeed];
  const leadByExampleRate = v[PARAM.leadByExampleRate];
  const leadByExampleRelief = v[PARAM.leadByExampleRelief];
  const leaderHelpTrust = v[PARAM.leaderHelpTrust];
  const normExample = v[PARAM.normExample];
  const deservedRecognition = v[PARAM.deservedRecognition];
  const deservedSupport = v[PARAM.deservedSupport];
  const leaderTrustGain = v[PARAM.leaderTrustGain];
  const breachMemorySlowdown = v[PARAM.breachMemorySlowdown];
  const leaderTrustFall = v[PARAM.leaderTrustFall];
  const { crisisUntil, crisisMultiplier, morale, energy, skill, demand: demandOf, effort: effortOf } = s;
  const week = s.week;
  const stories = s.stories !== null;
  const { load, meanContribution, deservedBase } = x;
  for (let i = 0; i < s.cap; i++) {
    if (!alive[i] || role[i] !== ROLE_MEMBER) continue;
    const t = team[i];
    const id = idOf[i];
    const row = t * LEVER_COUNT;
    {
      // Work arrives (work.ts describes the rule): demand, effort and unmet work of member i this week.
      const mult = crisisUntil[t] >= week ? crisisMultiplier[t] : 1;
      let raw = mult * load[t] * (1 + demandNoise * drawNormalBytesAt(personWeek(demandDraws, id), DRAW.demandNoise));
      if (raw < demandFloor) raw = demandFloor;
      const shield = protectionShield * (protectionWeight * policy[row + L_WORKLOAD_PROTECTION] + (1 - protectionWeight) * policy[row + L_ADVOCACY]);
      const excess = raw - shieldAbove;
      const demand = excess > 0 ? raw - shield * excess : raw;
      let effort = 1 + effortMorale * (morale[i] - effortNeutral) + effortTrustLeader * (trustLeader[i] - effortNeutral);
      effort = effort < effortMin ? effortMin : effort > effortMax ? effortMax : effort;
      demandOf[i] = demand;
      effortOf[i] = effort;
      const e = energy[i] < capacityEnergyCap ? energy[i] : capacityEnergyCap;
      // Negative: spare capacity this week (time to help others without falling behind).
      need[i] = demand - effort * ((capacityBase + capacitySkill * skill[i]) * (capacityEnergyBase + capacityEnergyGain * e));
    }
    const hasLeader = leaderSlot[t] >= 0;
    const recFreq = hasLeader ? policy[row + L_RECOGNITION_FREQUENCY] : 0;
    const fair = policy[row + L_RECOGNITION_FAIRNESS];
    const inclusion = policy[row + L_INCLUSION];
    // Recognition: by contribution when fair, to favourites when not [Providing Recognition and Appreciation;
    // Maintaining Fairness and Transparency].
    const meanC = meanContribution[t];
    let rel = meanC > 0 ? contribution[i] / meanC : 1;
    if (rel > contributionCap) rel = contributionCap;
    let pRec = recFreq * recognitionRate * (fair * (1 + rel) / 2 + (1 - fair) * (favourite[i] ? favouriteBias : nonFavouriteBias));
    if (outGroup[i]) pRec *= outGroupRecognition + (1 - outGroupRecognition) * inclusion;
    // A draw is made only when its chance is positive (a draw in [0, 1) is never below 0, so skipping it changes
    // nothing, and every draw keeps its fixed index: common random numbers hold).
    const celebrate = policy[row + L_PEER_CELEBRATION] * norm[i] * peerCelebrationRate;
    const luck = pRec > 0 || celebrate > 0 ? personWeek(recognitionDraws, id) : 0;
    if (pRec > 0 && drawAt(luck, DRAW.recognitionLeader) < pRec) {
      recognition[i] += recognitionBump;
      if (stories) tell(s, id, { week, what: 'recognised', person: id, leader: leaderId(s, t) });
    }
    // Peer celebration: recognition that does not depend on the leader [Celebrating the Success of Others].
    if (celebrate > 0 && drawAt(luck, DRAW.recognitionPeers) < celebrate) recognition[i] += peerCelebrationBump;
    if (recognition[i] > 1) recognition[i] = 1;
    if (!hasLeader) continue;
    const leaderLuck = personWeek(leaderDraws, id);
    // Leading by example: the leader helps first, and is seen to [Leading by Example: The First Mover].
    if (need[i] > leadByExampleNeed && drawAt(leaderLuck, DRAW.leaderFirstMove) < leadByExampleRate * policy[row + L_LEAD_BY_EXAMPLE]) {
      need[i] = need[i] > leadByExampleRelief ? need[i] - leadByExampleRelief : 0; // relieves unmet work only
      bump(s, t, I_HELP_PRACTICAL);
      trustLeader[i] += leaderHelpTrust * (1 - trustLeader[i]);
      norm[i] += normExample * (1 - norm[i]);
    }
    // A visible mistake, met with support or blame [Creating a Psychologically Safe Environment].
    leaderResponse(s, cfg, i, t, x, personWeek(episodeDraws, id));
    // The trust the leader's conduct deserves, plus the person's own experience of the leader.
    const deserved = deservedBase[t] + deservedRecognition * recognition[i] + deservedSupport * supportMemory[i];
    const tl = trustLeader[i];
    let next = deserved > tl ? tl + leaderTrustGain * (1 - breachMemorySlowdown * breachMemory[i]) * (deserved - tl) : tl + leaderTrustFall * (deserved - tl);
    next = next < 0 ? 0 : next > 1 ? 1 : next;
    trustLeader[i] = next;
    breachMemory[i] *= memoryKeep;
  }
}
