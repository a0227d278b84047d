/** Parameters of work arriving, capacity and discretionary effort (sim/engine/work.ts). */
import { group } from './spec.ts';

const p = group('work');

export const WORK_PARAMETERS = [
  p('demandNoise', 0.18, 0, 1, 'sd, share of nominal demand', 'Week-to-week spread of the work arriving at each person.', 'assumption'),
  p('demandFloor', 0.2, 0, 1, 'share of nominal demand', 'Least work a person receives in a week, however quiet.', 'assumption'),
  p('vacancyLoadCap', 1.5, 1, 3, 'multiple of nominal demand', 'Most work a person carries when the team is short-staffed: a team’s work is shared by the people it has, up to this.', 'assumption; survivors and short-staffed teams carry the work of the missing (Trevor & Nyberg 2008)'),
  p('layoffWorkRetained', 0.75, 0, 1, 'share', 'Share of the laid-off positions’ work that stays with the survivors (most of it: “doing more with less”).', 'assumption; survivors of downsizing carry the work of those let go (Trevor & Nyberg 2008)'),
  p('protectionShield', 0.3, 0, 1, 'share of excess demand', 'Share of excess demand a fully protective leader keeps away from the team (the output cost of protection).', 'Championing Work-Life Balance; Being an Advocate for the Team; assumption'),
  p('protectionWeight', 0.8, 0, 1, 'weight', 'Weight of workload protection (the rest: advocacy) in the leader’s shield.', 'Being an Advocate for the Team; assumption'),
  p('shieldAbove', 0.8, 0, 2, 'share of nominal demand', 'Demand above which the leader’s shield applies (only excess work is kept away).', 'assumption'),
  p('capacityBase', 0.72, 0, 2, 'share of nominal demand', 'Work a person of skill 0 manages at full energy and normal effort.', 'assumption'),
  p('capacitySkill', 0.5, 0, 2, 'share of nominal demand per unit skill', 'Extra work a fully skilled person manages.', 'Sharing Knowledge and Expertise; assumption'),
  p('capacityEnergyBase', 0.7, 0, 1, 'factor', 'Capacity factor of an exhausted person (energy 0).', 'The Dangers of a One-Sided Relationship; assumption'),
  p('capacityEnergyGain', 0.4, 0, 2, 'factor per unit energy', 'Capacity gained per unit of energy, up to capacityEnergyCap.', 'assumption'),
  p('capacityEnergyCap', 0.75, 0, 1, '0–1 level', 'Energy above which rest adds no capacity.', 'assumption'),
  p('effortMorale', 0.3, 0, 1, 'effort per unit morale', 'Discretionary effort gained per unit of morale above effortNeutral (lost below): engaged people get more done.', 'The Leader-Employee Dynamic; Gallup (engagement and productivity); assumption on size'),
  p('effortTrustLeader', 0.2, 0, 1, 'effort per unit trust', 'Discretionary effort gained per unit of trust in the leader above effortNeutral (the member’s side of the leader–member exchange).', 'The Leader’s Continuous Investment; leader–member exchange (Gerstner & Day 1997); assumption on size'),
  p('effortNeutral', 0.6, 0, 1, '0–1 level', 'Morale and trust in the leader at which effort is exactly 1.', 'assumption'),
  p('effortMin', 0.6, 0, 1, 'multiple of nominal', 'Least effort: the most disengaged still get this share of their capacity done.', 'assumption'),
  p('effortMax', 1.25, 1, 2, 'multiple of nominal', 'Most effort: a multiple of capacity the most engaged reach.', 'assumption'),
] as const;
