/**
 * Process 9: turnover and hiring. Each member has a weekly quit hazard: a
 * baseline (calibrated to BLS JOLTS quits) multiplied up by low morale,
 * burnout, low trust in the leader, weak belonging, open conflicts (walking
 * away), a close colleague's recent exit (contagion, Felps et al. 2009) and,
 * for newcomers, not yet belonging. The largest term names the main cause.
 * Vacancies are filled after hiringDelayWeeks unless a hiring freeze holds them
 * [The Dangers of a One-Sided Relationship; Knowing When to Walk Away; Hiring for
 * Reciprocal Tendencies].
 */
import type { QuitCause } from '../types.ts';
import { ROLE_MEMBER } from '../types.ts';
import { bump, MI } from './accumulate.ts';
import type { EngineConfig } from './config.ts';
import { hireNewcomer, removePerson } from './population.ts';
import { draw, drawFrom, STREAM, streamWeek } from './random.ts';
import { GIVER, type EngineState } from './state.ts';
import { countWord, nameOf, record, tell } from './stories.ts';

// Metric indices as module constants (fast in hot loops).
const I_EARLY_EXITS = MI.early_exits;
const I_HIRES = MI.hires;
const I_LAYOFFS = MI.layoffs;
const I_QUITS = MI.quits;
const I_QUITS_BELONGING = MI.quits_belonging;
const I_QUITS_BURNOUT = MI.quits_burnout;
const I_QUITS_CONTAGION = MI.quits_contagion;
const I_QUITS_GIVERS = MI.quits_givers;
const I_QUITS_IMBALANCE = MI.quits_imbalance;
const I_QUITS_LEADER = MI.quits_leader;
const I_QUITS_MORALE = MI.quits_morale;

const CAUSE_TEXT: Record<QuitCause, string> = {
  burnout: 'burnout',
  morale: 'disengagement',
  leader: 'lost trust in the leader',
  belonging: 'never felt they belonged',
  contagion: 'followed close colleagues out',
  imbalance: 'walked away from one-sided relationships',
  layoff: 'laid off',
  'key-person': 'left (key person)',
};
const CAUSE_METRIC: Record<string, number> = {
  burnout: I_QUITS_BURNOUT,
  morale: I_QUITS_MORALE,
  leader: I_QUITS_LEADER,
  belonging: I_QUITS_BELONGING,
  contagion: I_QUITS_CONTAGION,
  imbalance: I_QUITS_IMBALANCE,
};

/**
 * The terms of the last hazard computed (morale, burnout, leader, belonging, imbalance, contagion) and, at HAZARD, the
 * hazard itself. Kept in a typed array rather than returned, so the weekly loop allocates no number boxes.
 */
const terms = new Float64Array(7);
const HAZARD = 6;

/** Computes member i's weekly quit hazard into `terms` (see above). */
function computeHazard(s: EngineState, cfg: EngineConfig, i: number): void {
  const { belonging, contagionUntil, energy, leaderSlot, morale, startWeek, team, trustLeader } = s;
  const p = cfg.p;
  const m = morale[i];
  const moraleTerm = m < 0.5 ? p.moraleHazard * (0.5 - m) * 2 : 0;
  const burnoutTerm = energy[i] < p.burnoutThreshold ? p.burnoutHazard : 0;
  const tl = trustLeader[i];
  const leaderTerm = leaderSlot[team[i]] >= 0 && tl < 0.5 ? p.leaderHazard * (0.5 - tl) * 2 : 0;
  const b = belonging[i];
  let belongingTerm = b < 0.5 ? p.belongingHazard * (0.5 - b) * 2 : 0;
  if (s.week - startWeek[i] < 26 && b < 0.6) belongingTerm += p.newcomerHazard * (0.6 - b) / 0.6;
  const conflicts = s.conflicts[i];
  const imbalanceTerm = p.imbalanceHazard * (conflicts < 3 ? conflicts : 3);
  const contagionTerm = contagionUntil[i] >= s.week ? p.contagionStrength : 0;
  terms[0] = moraleTerm;
  terms[1] = burnoutTerm;
  terms[2] = leaderTerm;
  terms[3] = belongingTerm;
  terms[4] = imbalanceTerm;
  terms[5] = contagionTerm;
  terms[HAZARD] = p.baseQuitHazard * (1 + moraleTerm + burnoutTerm + leaderTerm + belongingTerm + imbalanceTerm + contagionTerm);
}

/** Weekly quit hazard of member i. */
export function quitHazard(s: EngineState, cfg: EngineConfig, i: number): number {
  computeHazard(s, cfg, i);
  return terms[HAZARD];
}

const TERM_CAUSES: readonly QuitCause[] = ['morale', 'burnout', 'leader', 'belonging', 'imbalance', 'contagion'];

/** The main cause of the last hazard computed: its largest term above 0.5 (first wins a tie), else morale. */
function mainCause(): QuitCause {
  let cause: QuitCause = 'morale';
  let top = 0.5;
  for (let k = 0; k < 6; k++) {
    if (terms[k] > top) {
      top = terms[k];
      cause = TERM_CAUSES[k];
    }
  }
  return cause;
}

/** What the exit interview records: in unsafe teams people give a polite reason [Measuring and Monitoring Cultural Health]. */
function exitInterview(s: EngineState, i: number, cause: QuitCause): string {
  if (s.safety[i] < 0.45) return `the exit interview says "a better offer elsewhere" (the real reason: ${CAUSE_TEXT[cause]})`;
  return 'the exit interview gives the same reason';
}

/**
 * Removes a person for any reason, books the vacancy (unless `refill` is false)
 * and writes the log line. Returns the number of close colleagues put at risk.
 */
export function departs(s: EngineState, cfg: EngineConfig, i: number, cause: QuitCause, refill: boolean, voluntary: boolean): number {
  const t = s.team[i];
  const id = s.id[i];
  const name = nameOf(s, id);
  const tenure = s.week - s.startWeek[i];
  const style = s.style[i];
  const interview = voluntary ? exitInterview(s, i, cause) : '';
  const close = removePerson(s, cfg, i);
  if (voluntary) {
    bump(s, t, I_QUITS);
    bump(s, t, CAUSE_METRIC[cause]);
    if (style === GIVER) bump(s, t, I_QUITS_GIVERS);
    if (tenure < 26) bump(s, t, I_EARLY_EXITS);
  } else {
    bump(s, t, I_LAYOFFS);
  }
  if (refill) s.vacancies.push({ team: t, due: s.week + cfg.p.hiringDelayWeeks });
  else if (s.targetSize[t] > 0) s.targetSize[t]--;
  const risk = close > 0 ? `; ${countWord(close)} close colleague${close === 1 ? ' is' : 's are'} now at higher risk` : '';
  const text = voluntary
    ? `${name} left — ${CAUSE_TEXT[cause]}${risk}. ${interview[0].toUpperCase()}${interview.slice(1)}.`
    : cause === 'layoff'
      ? `${name} was laid off${risk}.`
      : `${name}, a key person, left${risk}.`;
  tell(s, id, 'left', text);
  record(s, { week: s.week, kind: voluntary ? 'quit' : 'layoff', personId: id, team: cfg.scenario.teams[t].name, cause, text });
  return close;
}

/** Voluntary quits for one week. */
export function turnoverWeek(s: EngineState, cfg: EngineConfig): void {
  const { alive, id, quitIntent, role } = s;
  const quitDraws = streamWeek(s.seed, STREAM.turnover, s.week);
  for (let i = 0; i < s.cap; i++) {
    if (!alive[i] || role[i] !== ROLE_MEMBER) continue;
    computeHazard(s, cfg, i);
    const h = terms[HAZARD];
    quitIntent[i] = h;
    if (drawFrom(quitDraws, id[i], 0) < h) departs(s, cfg, i, mainCause(), true, true);
  }
}

/** Members of team t now. */
export function membersOf(s: EngineState, t: number): number {
  let n = 0;
  for (let i = 0; i < s.cap; i++) if (s.alive[i] && s.team[i] === t && s.role[i] === ROLE_MEMBER) n++;
  return n;
}

/** Fills due vacancies (in booking order) unless a hiring freeze holds them. */
export function hiringWeek(s: EngineState, cfg: EngineConfig, headcount: Int32Array): void {
  if (s.week <= s.freezeUntil || s.vacancies.length === 0) return;
  // Most weeks no vacancy is due yet: count heads only when one is.
  let due = false;
  for (let v = 0; v < s.vacancies.length; v++) if (s.vacancies[v].due <= s.week) due = true;
  if (!due) return;
  headcount.fill(0);
  for (let i = 0; i < s.cap; i++) if (s.alive[i] && s.role[i] === ROLE_MEMBER) headcount[s.team[i]]++;
  let kept = 0;
  for (let v = 0; v < s.vacancies.length; v++) {
    const vac = s.vacancies[v];
    if (vac.due > s.week) {
      s.vacancies[kept++] = vac;
      continue;
    }
    if (s.absorbed[vac.team] || headcount[vac.team] >= s.targetSize[vac.team]) continue; // no longer needed
    const slot = hireNewcomer(s, cfg, vac.team);
    if (slot < 0) {
      s.vacancies[kept++] = vac;
      continue;
    }
    headcount[vac.team]++;
    bump(s, vac.team, I_HIRES);
    const name = nameOf(s, s.id[slot]);
    tell(s, s.id[slot], 'joined', `${name} joined ${cfg.scenario.teams[vac.team].name}.`);
    record(s, { week: s.week, kind: 'hire', personId: s.id[slot], team: cfg.scenario.teams[vac.team].name, text: `${name} joined ${cfg.scenario.teams[vac.team].name}.` });
  }
  s.vacancies.length = kept;
}
