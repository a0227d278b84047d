/**
 * The stylized facts of the model brief as paired experiments (a fact with
 * several parts, like 5, is tested part by part): the same
 * seeds run under two arms (common random numbers), and the fact holds when the
 * 95% CI of the paired difference — oriented so a positive value is what the
 * fact predicts — excludes zero. Plus the two calibration targets on the
 * default scenario. Used by scripts/facts.ts and test/facts.test.ts.
 */
import healthyTeam from '../../scenarios/healthy-team.json' with { type: 'json' };
import type { Scenario } from '../../sim/scenario/schema.ts';
import { meanOver, run, scenario, series, sumOver, teams, type Run } from './run.ts';

/** A paired experiment. */
export interface FactDefinition {
  /** The brief's fact number, with a letter when one fact has several parts (5a, 5b, 5c). */
  readonly id: string;
  readonly name: string;
  /** What is measured, in a sentence. */
  readonly measure: string;
  /** Runs both arms on a seed and returns the paired difference (positive = as predicted). */
  readonly difference: (seed: number) => number;
}

/** A calibration target on the default scenario. */
export interface CalibrationDefinition {
  readonly name: string;
  readonly lo: number;
  readonly hi: number;
  /** The value on one seed (averaged over seeds by the runner). */
  readonly value: (seed: number) => number;
}

const WEEKS = 104;

/** A mid-sized organisation: four teams of ten with default policy. */
function org(extra: Record<string, unknown> = {}, teamExtra: Record<string, unknown> = {}, n = 4, size = 10): Scenario {
  return scenario({ weeks: WEEKS, teams: teams(n, size, teamExtra), ...extra });
}

function paired(a: Scenario, b: Scenario, measure: (r: Run) => number): (seed: number) => number {
  return (seed) => measure(run(a, seed)) - measure(run(b, seed));
}

const takerHeavy = { styleMix: { giver: 0.3, matcher: 0.2, taker: 0.5 } };

const recognitionHigh = org({ policy: { recognitionFrequency: 0.8, recognitionFairness: 0.8 } });
const recognitionLow = org({ policy: { recognitionFrequency: 0.1, recognitionFairness: 0.3 } });

const BREACH_WEEK = 30;
const noBreach = org();
const breach = org({ events: [{ type: 'leaderBreach', week: BREACH_WEEK, severity: 1 }] });

const takerTeam = org({ weeks: 156, people: takerHeavy, policy: { workloadProtection: 0, performanceHow: 0, collaborationRewards: 0 } }, {}, 8);

const KEY_WEEK = 20;
const keyLeaves = org({ events: [{ type: 'keyPersonLeaves', week: KEY_WEEK }] });
const keyStays = org();

// A demanding two years (a fifth more work than is comfortable), so that imbalances build and some people burn
// out and withdraw: withdrawal needs strain to happen at all [The Dangers of a One-Sided Relationship].
const demanding = [{ type: 'crisis', week: 1, durationWeeks: WEEKS, demandMultiplier: 1.2 }];
const safe = org({ events: demanding, policy: { openness: 0.85 } });
const unsafe = org({ events: demanding, policy: { openness: 0.15 } });

const churn = { model: { baseQuitHazard: 0.008 }, weeks: 156 };
const selective = org({ ...churn, policy: { hiringSelectivity: 0.9, socialisation: 0.9 } });
const unselective = org({ ...churn, policy: { hiringSelectivity: 0, socialisation: 0 } });

const CRISIS_WEEK = 20;
const crises = [
  { type: 'crisis', week: CRISIS_WEEK, durationWeeks: 12, demandMultiplier: 1.5 },
  { type: 'crisis', week: 60, durationWeeks: 12, demandMultiplier: 1.5 },
];
const protectedTeam = org({ events: crises, policy: { workloadProtection: 0.9 } });
const exposedTeam = org({ events: crises, policy: { workloadProtection: 0.1 } });

const mediated = org({ people: takerHeavy, policy: { mediation: 0.9 } });
const unmediated = org({ people: takerHeavy, policy: { mediation: 0 } });

const crossOn = org({ policy: { crossFunctional: 0.6 } });
const crossOff = org({ policy: { crossFunctional: 0 } });

const mentorChurn = { model: { baseQuitHazard: 0.006 }, weeks: 156 };
const mentored = org({ ...mentorChurn, policy: { mentorship: 1 } }, {}, 6);
const unmentored = org({ ...mentorChurn, policy: { mentorship: 0 } }, {}, 6);

const lowSafety = org({ policy: { openness: 0.1 } });
const highSafety = org({ policy: { openness: 0.9 } });

const TURN_WEEK = 26;
const customers = { customers: { enabled: true, count: 300 } };
const goodService = org({ ...customers }, { customerFacing: true }, 2);
const souredService = org(
  {
    ...customers,
    events: [{ type: 'policyChange', week: TURN_WEEK, policy: { recognitionFrequency: 0, recognitionFairness: 0.2, workloadProtection: 0, openness: 0.1, growthInvestment: 0 } }],
  },
  { customerFacing: true },
  2,
);

/** First week (after `from`) at which a gap series reaches half of its final-quarter mean. */
export function halfGapWeek(gap: number[], from: number): number {
  const tail = gap.slice(Math.floor(gap.length * 0.75));
  const final = tail.reduce((a, b) => a + b, 0) / tail.length;
  for (let w = from; w < gap.length; w++) if (gap[w] >= final / 2) return w + 1;
  return gap.length;
}

export const FACTS: readonly FactDefinition[] = [
  {
    id: '1a', name: 'recognition raises morale',
    measure: 'mean morale, weeks 27–104: frequent fair recognition minus rare unfair recognition',
    difference: paired(recognitionHigh, recognitionLow, (r) => meanOver(r, 'morale_mean', 27)),
  },
  {
    id: '1b', name: 'recognition lowers turnover',
    measure: 'voluntary quits over two years: rare unfair recognition minus frequent fair recognition',
    difference: paired(recognitionLow, recognitionHigh, (r) => sumOver(r, 'quits')),
  },
  {
    id: '2', name: 'a breach is quick to hurt and slow to heal',
    measure: 'trust in the leader a quarter after one credit-taking breach: no breach minus breach',
    difference: paired(noBreach, breach, (r) => series(r, 'trust_in_leader')[BREACH_WEEK + 13 - 1]),
  },
  {
    id: '3', name: 'givers burn out and leave first in a taker-heavy team',
    measure: 'weekly quit rate of givers minus that of everyone else, taker-heavy team without protection',
    difference: (seed) => {
      const r = run(takerTeam, seed);
      const giverQuits = sumOver(r, 'quits_givers');
      const giverWeeks = sumOver(r, 'givers');
      const quits = sumOver(r, 'quits');
      const memberWeeks = sumOver(r, 'headcount') - r.result.teamNames.length * r.result.weeks;
      return giverQuits / Math.max(1, giverWeeks) - (quits - giverQuits) / Math.max(1, memberWeeks - giverWeeks);
    },
  },
  {
    id: '4', name: 'exits cluster (turnover contagion)',
    measure: 'voluntary quits in the 12 weeks after the best-connected person in each team leaves: leaves minus stays',
    difference: paired(keyLeaves, keyStays, (r) => sumOver(r, 'quits', KEY_WEEK, KEY_WEEK + 11)),
  },
  {
    id: '5a', name: 'psychological safety brings more asking for help',
    measure: 'help asked per member per week in a demanding two years: open leader minus blaming leader',
    difference: paired(safe, unsafe, (r) => meanOver(r, 'help_asked', 13)),
  },
  {
    id: '5b', name: 'psychological safety repairs more imbalances',
    measure: 'imbalances and conflicts repaired over two years: open leader minus blaming leader',
    difference: paired(safe, unsafe, (r) => sumOver(r, 'repairs')),
  },
  {
    id: '5c', name: 'psychological safety means less withdrawal',
    measure: 'share of members in reciprocity withdrawal, weeks 13–104: blaming leader minus open leader',
    difference: paired(unsafe, safe, (r) => meanOver(r, 'withdrawn_share', 13)),
  },
  {
    id: '6', name: 'selective hiring and socialisation keep the culture stable',
    measure: 'helping norm in the last half year under high turnover: selective hiring + socialisation minus neither',
    difference: paired(selective, unselective, (r) => meanOver(r, 'helping_norm', 131)),
  },
  {
    id: '7a', name: 'workload protection lowers burnout',
    measure: 'burnout share with two crises: little protection minus strong protection',
    difference: paired(exposedTeam, protectedTeam, (r) => meanOver(r, 'burnout_share')),
  },
  {
    id: '7b', name: 'workload protection lowers turnover',
    measure: 'voluntary quits over two years with two crises: little protection minus strong protection',
    difference: paired(exposedTeam, protectedTeam, (r) => sumOver(r, 'quits')),
  },
  {
    id: '7c', name: 'workload protection costs output in the short term',
    // The cost is the work a protective leader turns away, visible at once (weeks 1–19, before the first crisis);
    // once a crisis runs, the exposed team burns out and its output falls below the protected team's.
    measure: 'work completed per member per week before the first crisis (weeks 1–19): little protection minus strong protection',
    difference: paired(exposedTeam, protectedTeam, (r) => meanOver(r, 'output', 1, CRISIS_WEEK - 1)),
  },
  {
    id: '8', name: 'leader mediation shortens peer conflicts',
    measure: 'open peer conflicts per week in a taker-heavy team: no mediation minus mediation',
    difference: paired(unmediated, mediated, (r) => meanOver(r, 'conflicts')),
  },
  {
    id: '9', name: 'cross-functional projects create trust between teams',
    measure: 'trust on cross-team ties per person: projects minus none',
    difference: paired(crossOn, crossOff, (r) => meanOver(r, 'cross_team_trust', 27)),
  },
  {
    id: '10', name: 'mentorship lowers early-tenure exits',
    measure: 'exits within 26 weeks of starting, over three years of high turnover: no mentors minus mentors',
    difference: paired(unmentored, mentored, (r) => sumOver(r, 'early_exits')),
  },
  {
    id: '11', name: 'surveys in low-safety teams look better than the truth',
    measure: 'survey minus true morale: low-safety team minus high-safety team',
    difference: paired(lowSafety, highSafety, (r) => meanOver(r, 'survey_gap')),
  },
  {
    id: '12', name: 'customer loyalty follows frontline morale, lagged',
    measure: 'customer loyalty in year two after frontline morale soured at week 26: kept minus soured (and loyalty lags morale)',
    difference: (seed) => {
      const good = run(goodService, seed);
      const bad = run(souredService, seed);
      const loyaltyGap = series(good, 'customer_loyalty').map((v, w) => v - series(bad, 'customer_loyalty')[w]);
      const moraleGap = series(good, 'morale_mean').map((v, w) => v - series(bad, 'morale_mean')[w]);
      const lagged = halfGapWeek(loyaltyGap, TURN_WEEK) > halfGapWeek(moraleGap, TURN_WEEK);
      const effect = loyaltyGap.slice(52).reduce((a, b) => a + b, 0) / (loyaltyGap.length - 52);
      // A loyalty gap that does not lag the morale gap does not count as support.
      return lagged ? effect : Math.min(effect, 0);
    },
  },
];

const defaultScenario = scenario(healthyTeam as Record<string, unknown>);

export const CALIBRATIONS: readonly CalibrationDefinition[] = [
  {
    name: 'turnover', lo: 0.08, hi: 0.15,
    value: (seed) => {
      const r = run(defaultScenario, seed);
      const weeks = r.result.weeks;
      return (sumOver(r, 'quits') / (sumOver(r, 'headcount') / weeks)) * (52 / weeks);
    },
  },
  {
    name: 'engaged_share', lo: 0.23, hi: 0.35,
    value: (seed) => meanOver(run(defaultScenario, seed), 'engaged_share'),
  },
];

/** Seeds used by every fact: 1..n, the same for both arms. */
export function seedList(n = 64): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
