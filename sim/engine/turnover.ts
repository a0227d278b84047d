/**
 * Process 9: looking for another job, and leaving. People do not quit on the
 * spot: something pushes them to start looking — low morale, burnout, low trust
 * in the leader, weak belonging (few trusted ties keep them: embeddedness), a
 * newcomer's poor fit, conflicts they would walk away from, and close
 * colleagues who are looking themselves (coworkers' job search spreads; Felps
 * et al. 2009) — and a searcher leaves when they find a job, or stops looking
 * when nothing pushes any more. A colleague's exit reaches others through what
 * it changes: the ties it removes, the work it leaves behind (work.ts), and the
 * search that preceded it. The largest push names the cause [The Dangers of a
 * One-Sided Relationship; Knowing When to Walk Away].
 */
import { record, tell } from '../narrate/happenings.ts';
import { QUIT_CAUSES, ROLE_MEMBER, type QuitCause } from '../types.ts';
import { bump } from './accumulate.ts';
import { PARAM, type EngineConfig } from './config.ts';
import {
  I_EARLY_EXITS, I_LAYOFFS, I_QUITS, I_QUITS_BELONGING, I_QUITS_BURNOUT, I_QUITS_CONTAGION, I_QUITS_GIVERS, I_QUITS_IMBALANCE, I_QUITS_LEADER,
  I_QUITS_MORALE,
} from './metric-index.ts';
import { removePerson } from './population.ts';
import { DRAW, drawAt, personWeek, STREAM, streamWeek } from './random.ts';
import {
  GIVER, L_HIRING_SELECTIVITY, PUSH_BELONGING, PUSH_BURNOUT, PUSH_CONTAGION, PUSH_IMBALANCE, PUSH_LEADER, PUSH_MORALE, lever, type EngineState,
} from './state.ts';
import { trustNow } from './ties.ts';

/** The cause each push names, by its index (PUSH_* in state.ts; first wins a tie). */
const PUSHES: readonly QuitCause[] = ['morale', 'burnout', 'leader', 'belonging', 'imbalance', 'contagion'];
const CAUSE_METRIC: Partial<Record<QuitCause, number>> = {
  morale: I_QUITS_MORALE,
  burnout: I_QUITS_BURNOUT,
  leader: I_QUITS_LEADER,
  belonging: I_QUITS_BELONGING,
  imbalance: I_QUITS_IMBALANCE,
  contagion: I_QUITS_CONTAGION,
};

/** Scratch of the search hazard: each push's size (in multiples of the baseline) for the person last computed. */
export interface TurnoverScratch {
  pushes: Float64Array;
}

/** Share of person i's close colleagues (trust ≥ closeTieTrust) who are looking for another job. */
function closeSearching(s: EngineState, cfg: EngineConfig, i: number): number {
  let close = 0;
  let searching = 0;
  for (let j = i * s.K; j < i * s.K + s.K; j++) {
    const peer = s.tPeer[j];
    if (peer < 0 || trustNow(s, cfg, j) < cfg.p.closeTieTrust) continue;
    close++;
    searching += s.searching[peer];
  }
  return close > 0 ? searching / close : 0;
}

/** Member i's weekly hazard of starting to look; the pushes are left in x.pushes (turnoverWeek works out the same inline). */
export function searchHazard(s: EngineState, cfg: EngineConfig, i: number, x: TurnoverScratch): number {
  const p = cfg.p;
  const m = s.morale[i];
  const tl = s.trustLeader[i];
  const b = s.belonging[i];
  const pushes = x.pushes;
  pushes[PUSH_MORALE] = m < p.hazardMoraleLine ? (p.moraleHazard * (p.hazardMoraleLine - m)) / p.hazardMoraleLine : 0;
  pushes[PUSH_BURNOUT] = s.energy[i] < p.burnoutThreshold ? p.burnoutHazard : 0;
  pushes[PUSH_LEADER] = s.leaderSlot[s.team[i]] >= 0 && tl < p.hazardTrustLine ? (p.leaderHazard * (p.hazardTrustLine - tl)) / p.hazardTrustLine : 0;
  let belonging = b < p.hazardBelongingLine ? (p.belongingHazard * (p.hazardBelongingLine - b)) / p.hazardBelongingLine : 0;
  if (s.week - s.startWeek[i] < p.newcomerWeeks && b < p.newcomerBelongingLine) belonging += (p.newcomerHazard * (p.newcomerBelongingLine - b)) / p.newcomerBelongingLine;
  pushes[PUSH_BELONGING] = belonging;
  const conflicts = s.conflicts[i];
  pushes[PUSH_IMBALANCE] = p.imbalanceHazard * (conflicts < p.imbalanceHazardCap ? conflicts : p.imbalanceHazardCap);
  pushes[PUSH_CONTAGION] = p.contagionStrength * closeSearching(s, cfg, i);
  let sum = 0;
  for (let k = 0; k < PUSHES.length; k++) sum += pushes[k];
  const hazard = p.baseQuitHazard * (1 + sum);
  return hazard > 1 ? 1 : hazard;
}

/** The largest push, or morale (disengagement) when none stands out. */
function mainCause(x: TurnoverScratch): QuitCause {
  let cause: QuitCause = 'morale';
  let top = 0;
  for (let k = 0; k < PUSHES.length; k++) {
    if (x.pushes[k] > top) {
      top = x.pushes[k];
      cause = PUSHES[k];
    }
  }
  return cause;
}

/**
 * What a departure does to the team's positions: a vacancy to refill, a cut
 * position (a layoff: the team is staffed for one fewer, and part of the work
 * stays with the survivors), or nothing (a leader's seat).
 */
export type Position = 'vacancy' | 'cut' | 'none';

/** Removes a person for any reason. Returns the number of close colleagues. */
export function departs(s: EngineState, cfg: EngineConfig, i: number, cause: QuitCause, position: Position, voluntary: boolean): number {
  const t = s.team[i];
  const id = s.id[i];
  const tenure = s.week - s.startWeek[i];
  const style = s.style[i];
  // In unsafe teams the exit interview gets a polite reason [Measuring and Monitoring Cultural Health].
  const polite = voluntary && s.safety[i] < cfg.p.safetyNeutral;
  const close = removePerson(s, cfg, i);
  if (voluntary) {
    bump(s, t, I_QUITS);
    const metric = CAUSE_METRIC[cause];
    if (metric !== undefined) bump(s, t, metric);
    if (style === GIVER) bump(s, t, I_QUITS_GIVERS);
    if (tenure < cfg.p.newcomerWeeks) bump(s, t, I_EARLY_EXITS);
  } else {
    bump(s, t, I_LAYOFFS);
  }
  if (position === 'vacancy') {
    s.vacancies.push({ team: t, due: s.week + hiringDelay(s, cfg, t) });
  } else if (position === 'cut') {
    if (s.targetSize[t] > 0) s.targetSize[t]--;
    const retained = s.workload[t] - (1 - cfg.p.layoffWorkRetained);
    s.workload[t] = retained > 0 ? retained : 0;
  }
  if (s.stories || s.log) {
    const happening = { week: s.week, what: 'left', person: id, team: t, cause, voluntary, close, polite } as const;
    tell(s, id, happening);
    record(s, happening);
  }
  return close;
}

/** Weeks to fill a vacancy in team t (selective hiring takes longer). */
export function hiringDelay(s: EngineState, cfg: EngineConfig, t: number): number {
  const p = cfg.p;
  return Math.round(p.hiringDelayWeeks * (1 + p.selectivityDelay * lever(s, t, L_HIRING_SELECTIVITY)));
}

/**
 * Starting to look, finding a job and stopping, for one week. The hazard is
 * searchHazard's, worked out here with the parameters and arrays in locals (a
 * call per person re-reads them all); the close colleagues' search is only
 * counted when one of the person's colleagues is looking at all (else the share
 * is 0 whoever is close). Keep the two in step.
 */
export function turnoverWeek(s: EngineState, cfg: EngineConfig, x: TurnoverScratch): void {
  const v = cfg.values;
  const hazardMoraleLine = v[PARAM.hazardMoraleLine];
  const moraleHazard = v[PARAM.moraleHazard];
  const burnoutThreshold = v[PARAM.burnoutThreshold];
  const burnoutHazard = v[PARAM.burnoutHazard];
  const hazardTrustLine = v[PARAM.hazardTrustLine];
  const leaderHazard = v[PARAM.leaderHazard];
  const hazardBelongingLine = v[PARAM.hazardBelongingLine];
  const belongingHazard = v[PARAM.belongingHazard];
  const newcomerWeeks = v[PARAM.newcomerWeeks];
  const newcomerBelongingLine = v[PARAM.newcomerBelongingLine];
  const newcomerHazard = v[PARAM.newcomerHazard];
  const imbalanceHazard = v[PARAM.imbalanceHazard];
  const imbalanceHazardCap = v[PARAM.imbalanceHazardCap];
  const contagionStrength = v[PARAM.contagionStrength];
  const closeTieTrust = v[PARAM.closeTieTrust];
  const fadeTarget = v[PARAM.fadeTarget];
  const baseQuitHazard = v[PARAM.baseQuitHazard];
  const jobFindRate = v[PARAM.jobFindRate];
  const searchStopRate = v[PARAM.searchStopRate];
  const { alive, role, morale, trustLeader, belonging, energy, leaderSlot, team, startWeek, conflicts: conflictsOf, searching, quitIntent, tPeer, tTrust, tLast } = s;
  const trustKeep = cfg.trustKeep;
  const pushes = x.pushes;
  const K = s.K;
  const week = s.week;
  const member = ROLE_MEMBER;
  const draws = streamWeek(s.luck, STREAM.search, week);
  for (let i = 0; i < s.cap; i++) {
    if (!alive[i] || role[i] !== member) continue;
    const m = morale[i];
    const tl = trustLeader[i];
    const b = belonging[i];
    const pMorale = m < hazardMoraleLine ? (moraleHazard * (hazardMoraleLine - m)) / hazardMoraleLine : 0;
    const pBurnout = energy[i] < burnoutThreshold ? burnoutHazard : 0;
    const pLeader = leaderSlot[team[i]] >= 0 && tl < hazardTrustLine ? (leaderHazard * (hazardTrustLine - tl)) / hazardTrustLine : 0;
    let pBelonging = b < hazardBelongingLine ? (belongingHazard * (hazardBelongingLine - b)) / hazardBelongingLine : 0;
    if (week - startWeek[i] < newcomerWeeks && b < newcomerBelongingLine) pBelonging += (newcomerHazard * (newcomerBelongingLine - b)) / newcomerBelongingLine;
    const conflicts = conflictsOf[i];
    const pImbalance = imbalanceHazard * (conflicts < imbalanceHazardCap ? conflicts : imbalanceHazardCap);
    // closeSearching: the share of close colleagues (trust ≥ closeTieTrust) who are looking.
    const base = (i * K) | 0;
    let anyone = 0;
    for (let j = base; j < base + K; j++) {
      const peer = tPeer[j];
      if (peer >= 0) anyone |= searching[peer];
    }
    let share = 0;
    if (anyone) {
      let close = 0;
      let looking = 0;
      for (let j = base; j < base + K; j++) {
        const peer = tPeer[j];
        if (peer < 0 || fadeTarget + (tTrust[j] - fadeTarget) * trustKeep[week - tLast[j]] < closeTieTrust) continue;
        close++;
        looking += searching[peer];
      }
      share = close > 0 ? looking / close : 0;
    }
    const pContagion = contagionStrength * share;
    let sum = 0;
    sum += pMorale;
    sum += pBurnout;
    sum += pLeader;
    sum += pBelonging;
    sum += pImbalance;
    sum += pContagion;
    let hazard = baseQuitHazard * (1 + sum);
    if (hazard > 1) hazard = 1;
    quitIntent[i] = hazard;
    const luck = personWeek(draws, s.id[i]);
    if (!searching[i]) {
      if (drawAt(luck, DRAW.searchStart) < hazard) {
        pushes[PUSH_MORALE] = pMorale;
        pushes[PUSH_BURNOUT] = pBurnout;
        pushes[PUSH_LEADER] = pLeader;
        pushes[PUSH_BELONGING] = pBelonging;
        pushes[PUSH_IMBALANCE] = pImbalance;
        pushes[PUSH_CONTAGION] = pContagion;
        const cause = mainCause(x);
        searching[i] = 1;
        s.searchCause[i] = QUIT_CAUSES.indexOf(cause);
        if (s.stories) tell(s, s.id[i], { week, what: 'looking', person: s.id[i], cause });
      }
      continue;
    }
    if (drawAt(luck, DRAW.searchFind) < jobFindRate) {
      departs(s, cfg, i, QUIT_CAUSES[s.searchCause[i]], 'vacancy', true);
    } else if (drawAt(luck, DRAW.searchStop) < searchStopRate * baseQuitHazard / hazard) {
      searching[i] = 0;
    }
  }
}
