/**
 * The names an experiment's mechanism chain may use: the processes of the
 * weekly model (engine 1.1.0), each with the section of sim/MODEL.md that
 * describes it. A test checks every chain against this list, so a chain
 * always names something the model has. When the model changes, change this
 * list with it.
 */
export interface Mechanism {
  readonly name: string;
  /** Section of sim/MODEL.md. */
  readonly section: string;
  readonly summary: string;
}

const m = (name: string, section: string, summary: string): Mechanism => ({ name, section, summary });

export const MECHANISMS: readonly Mechanism[] = [
  m('workload', '§7.1', 'work arrives (crisis multiplier, noise); the leader’s protection shields part of the excess; need = demand − capacity'),
  m('output', '§7.1', 'work completed relative to nominal demand: capacity from skill and energy, minus work shielded away'),
  m('asking for help', '§7.2', 'overloaded or tired people ask a trusted tie, more often where they feel safe'),
  m('helping decision', '§7.3', 'the helper’s style rule, energy, trust, ledger, the team norm and incentives decide'),
  m('cost and benefit of help', '§7.4', 'help costs the giver energy and time and relieves the receiver; ledgers record it'),
  m('peer trust', '§7.4–7.5', 'trust on a tie grows with reliable exchange and falls fast on a refusal after being helped'),
  m('ledgers and resentment', '§7.6', 'one-sided ledgers beyond a tolerance breed resentment'),
  m('voicing an imbalance', '§7.6', 'with probability rising with safety², a person names a building imbalance and clears it'),
  m('conflict and withdrawal', '§7.6', 'resentment over a threshold opens a conflict; the person stops helping that colleague, then everyone'),
  m('leader breach', '§7.7', 'credit-taking (event or habit) cuts trust in the leader at once and leaves a memory that slows rebuilding'),
  m('apology', '§7.7', 'an apology adds to trust in the leader; with sustained change the credit-taking habit stops'),
  m('recognition', '§7.7', 'the leader recognises people (how often, how fairly), peers celebrate; recognition decays'),
  m('trust in the leader', '§7.7', 'moves toward the level the leader’s conduct deserves: slowly up, fast down'),
  m('new leader', '§7.13', 'a new leader replaces the old: trust in the leader restarts, the event’s levers apply'),
  m('helping norm', '§7.8', 'the team’s smoothed share of requests met'),
  m('hiring', '§7.8, §7.12', 'vacancies are filled after a delay; selective hiring shifts newcomers’ styles away from taker'),
  m('socialisation', '§7.8', 'newcomers’ styles drift toward the norm: takers become matchers, or matchers takers in a low-norm team'),
  m('mentorship', '§7.8', 'a newcomer may get a mentor tie, which adds to belonging while it lasts'),
  m('cross-team ties', '§7.8', 'cross-functional projects create ties (trust 0.45) to members of other teams'),
  m('repair and mediation', '§7.9', 'a conflict is repaired by conversation or by the leader’s mediation, or ends in walking away'),
  m('energy and burnout', '§7.10', 'energy recovers with rest and drains with unmet work and conflict; below a threshold a person is burnt out'),
  m('psychological safety', '§7.10', 'felt safety follows the leader’s openness, trust in the leader and the norm'),
  m('belonging', '§7.10', 'follows trust on a person’s ties, the norm, recognition and a mentor tie'),
  m('morale', '§7.10', 'follows a target from disposition, recognition, growth, trust in the leader, belonging, safety, energy, conflicts'),
  m('quit hazard', '§7.11', 'weekly quit probability from morale, burnout, trust in the leader, belonging, conflicts and contagion'),
  m('turnover contagion', '§7.11', 'a close colleague’s exit raises the quit hazard for a few weeks'),
  m('layoffs', '§7.13', 'people are laid off; survivors lose trust in the leader (less under transparency) and some safety'),
  m('key person leaves', '§7.13', 'the best-connected member leaves; their ties go and contagion applies'),
  m('service and loyalty', '§7.14', 'service quality follows frontline morale with a lag; customer loyalty follows service with a lag'),
  m('pulse survey', '§7.15', 'answers are true morale plus noise, inflated by fear where safety is low'),
];

export const MECHANISM_NAMES: ReadonlySet<string> = new Set(MECHANISMS.map((x) => x.name));
