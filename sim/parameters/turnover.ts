/** Parameters of job search, quits, transfers and hiring (sim/engine/turnover.ts, hiring.ts). */
import { group } from './spec.ts';

const p = group('turnover');
const h = group('hiring');

export const TURNOVER_PARAMETERS = [
  p('baseQuitHazard', 0.0022, 0, 0.1, 'probability/week', 'Weekly chance that a content person starts looking for another job.', 'calibrated: BLS JOLTS quits (8–15 % a year for a healthy team)'),
  p('jobFindRate', 0.12, 0, 1, 'probability/week', 'Weekly chance that someone looking finds a job and leaves.', 'assumption (time to find a job: about two months)'),
  p('searchStopRate', 0.1, 0, 1, 'probability/week', 'Weekly chance that someone looking stops when nothing pushes them out any more.', 'assumption'),
  p('moraleHazard', 3, 0, 50, 'multiple of baseline', 'Extra search hazard at zero morale (linear below hazardMoraleLine).', 'calibrated: BLS JOLTS; Gallup (disengaged employees quit more)'),
  p('hazardMoraleLine', 0.5, 0, 1, '0–1 level', 'Morale below which low morale pushes people out.', 'assumption'),
  p('burnoutHazard', 3, 0, 50, 'multiple of baseline', 'Extra search hazard while burnt out.', 'The Dangers of a One-Sided Relationship; calibrated'),
  p('leaderHazard', 4, 0, 50, 'multiple of baseline', 'Extra search hazard at zero trust in the leader (linear below hazardTrustLine).', 'The Leader-Employee Dynamic; "people leave managers"'),
  p('hazardTrustLine', 0.5, 0, 1, '0–1 level', 'Trust in the leader below which it pushes people out.', 'assumption'),
  p('belongingHazard', 4, 0, 50, 'multiple of baseline', 'Extra search hazard at zero belonging (linear below hazardBelongingLine): the ties that keep people (embeddedness).', 'Creating an Inclusive Environment; job embeddedness (Felps et al. 2009)'),
  p('hazardBelongingLine', 0.5, 0, 1, '0–1 level', 'Belonging below which weak ties push people out.', 'assumption'),
  p('newcomerHazard', 2.5, 0, 50, 'multiple of baseline', 'Extra search hazard of a newcomer with no belonging (linear below newcomerBelongingLine).', 'The Power of Mentorship and Sponsorship; early-tenure turnover'),
  p('newcomerBelongingLine', 0.6, 0, 1, '0–1 level', 'Belonging below which a newcomer feels they do not fit.', 'assumption'),
  p('imbalanceHazard', 2, 0, 50, 'multiple of baseline', 'Extra search hazard per open conflict a person is in (walking away).', 'Knowing When to Walk Away'),
  p('imbalanceHazardCap', 3, 0, 16, 'conflicts', 'Most conflicts that add to the hazard.', 'assumption', true),
  p('contagionStrength', 6, 0, 50, 'multiple of baseline', 'Extra search hazard when every close colleague is looking for another job (in proportion to the share who are): coworkers’ job search spreads.', 'Felps et al. 2009 (coworkers’ job search and embeddedness)'),
  p('closeTieTrust', 0.5, 0, 1, '0–1 level', 'Trust at which a colleague counts as close (their search is noticed, their exit felt).', 'assumption'),
  h('hiringDelayWeeks', 8, 0, 52, 'weeks', 'Weeks from a vacancy to the newcomer’s first day, with no selectivity.', 'Hiring for Reciprocal Tendencies; time-to-fill surveys', true),
  h('selectivityDelay', 0.2, 0, 2, 'share per unit selectivity', 'How much longer selective hiring takes (behavioural interviews, more candidates): at full selectivity about a fifth longer, some one or two weeks more of an empty seat.', 'Hiring for Reciprocal Tendencies; assumption'),
  h('screenAccuracy', 0.7, 0, 1, 'probability', 'Chance that a behavioural interview spots a taker (who is then passed over for another candidate).', 'Hiring for Reciprocal Tendencies; assumption (imperfect screens)'),
  h('internalMoveShare', 0.3, 0, 1, 'probability', 'Chance a vacancy goes to a colleague from another team who is looking to leave (a transfer instead of a quit), when there is one.', 'Knowing When to Walk Away (transfer); assumption'),
  h('newcomerSkillShare', 0.8, 0, 1, 'share of aptitude', 'Skill a newcomer starts with, as a share of their aptitude.', 'assumption'),
  h('newcomerEnergy', 0.8, 0, 1, '0–1 level', 'Energy a newcomer starts with.', 'assumption'),
  h('newcomerSafety', 0.4, 0, 1, '0–1 level', 'Psychological safety a newcomer starts with.', 'assumption'),
  h('newcomerTrustLeader', 0.5, 0, 1, '0–1 level', 'Trust in the leader a newcomer starts with.', 'assumption'),
  h('newcomerBelonging', 0.3, 0, 1, '0–1 level', 'Belonging a newcomer starts with.', 'assumption'),
  h('newcomerRecognition', 0.2, 0, 1, '0–1 level', 'Recognition a newcomer starts with.', 'assumption'),
  h('newcomerMoraleLift', 0.05, 0, 1, '0–1 level', 'Honeymoon: morale above disposition a newcomer starts with.', 'assumption'),
  h('newcomerOutGroup', 0.5, 0, 1, 'share of outGroupShare', 'Chance, relative to outGroupShare, that a newcomer is outside the in-group.', 'assumption'),
] as const;
