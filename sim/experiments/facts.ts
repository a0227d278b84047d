/**
 * The stylized facts of the model brief as experiments (a fact with several
 * parts, like 5, is tested part by part), and the calibration targets on the
 * default scenario. Labels describe engine 1.1.0: most facts are assumption
 * checks, because the lever under test enters the outcome's own equation.
 */
import { DEFAULT_SCENARIO_FILE, libraryArm, scenarioArm } from './arms.ts';
import { meanOver, series, sumOver } from './measures.ts';
import type { Arm, Calibration, Experiment } from './types.ts';

const WEEKS = 104;

/** `n` teams of `size` members named T1..Tn, with extra fields per team. */
function teams(n: number, size: number, extra: Record<string, unknown> = {}): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({ name: `T${i + 1}`, size, ...extra }));
}

/** A mid-sized organisation (four teams of ten, default policy) for `weeks` weeks, with changes. */
function org(name: string, extra: Record<string, unknown> = {}, teamExtra: Record<string, unknown> = {}, n = 4, size = 10): Arm {
  return scenarioArm(name, { weeks: WEEKS, teams: teams(n, size, teamExtra), ...extra });
}

const brief = (n: number) => `Model brief, stylized fact ${n}`;

const takerHeavy = { styleMix: { giver: 0.3, matcher: 0.2, taker: 0.5 } };

const recognitionHigh = org('frequent, fair recognition (0.8, 0.8)', { policy: { recognitionFrequency: 0.8, recognitionFairness: 0.8 } });
const recognitionLow = org('rare, unfair recognition (0.1, 0.3)', { policy: { recognitionFrequency: 0.1, recognitionFairness: 0.3 } });

const BREACH_WEEK = 30;
const noBreach = org('no breach');
const breach = org('credit-taking breach at week 30', { events: [{ type: 'leaderBreach', week: BREACH_WEEK, severity: 1 }] });

const takerTeam = org(
  'taker-heavy (50% takers), no protection, 156 weeks',
  { weeks: 156, people: takerHeavy, policy: { workloadProtection: 0, performanceHow: 0, collaborationRewards: 0 } },
  {},
  8,
);

const KEY_WEEK = 20;
const keyLeaves = org('best-connected member of each team leaves at week 20', { events: [{ type: 'keyPersonLeaves', week: KEY_WEEK }] });
const keyStays = org('nobody is made to leave');

// A demanding two years (a fifth more work than is comfortable), so that imbalances build and some people burn
// out and withdraw: withdrawal needs strain to happen at all [The Dangers of a One-Sided Relationship].
const demanding = [{ type: 'crisis', week: 1, durationWeeks: WEEKS, demandMultiplier: 1.2 }];
const safe = org('open leader (openness 0.85), demand ×1.2', { events: demanding, policy: { openness: 0.85 } });
const unsafe = org('blaming leader (openness 0.15), demand ×1.2', { events: demanding, policy: { openness: 0.15 } });

const churn = { model: { baseQuitHazard: 0.008 }, weeks: 156 };
const selective = org('selective hiring + socialisation (0.9), high turnover', { ...churn, policy: { hiringSelectivity: 0.9, socialisation: 0.9 } });
const unselective = org('neither (0), high turnover', { ...churn, policy: { hiringSelectivity: 0, socialisation: 0 } });

const CRISIS_WEEK = 20;
const crises = [
  { type: 'crisis', week: CRISIS_WEEK, durationWeeks: 12, demandMultiplier: 1.5 },
  { type: 'crisis', week: 60, durationWeeks: 12, demandMultiplier: 1.5 },
];
const protectedTeam = org('strong protection (0.9), two crises', { events: crises, policy: { workloadProtection: 0.9 } });
const exposedTeam = org('little protection (0.1), two crises', { events: crises, policy: { workloadProtection: 0.1 } });

const mediated = org('mediating leader (0.9), taker-heavy', { people: takerHeavy, policy: { mediation: 0.9 } });
const unmediated = org('no mediation, taker-heavy', { people: takerHeavy, policy: { mediation: 0 } });

const crossOn = org('cross-functional projects (0.6)', { policy: { crossFunctional: 0.6 } });
const crossOff = org('no projects (0)', { policy: { crossFunctional: 0 } });

const mentorChurn = { model: { baseQuitHazard: 0.006 }, weeks: 156 };
const mentored = org('mentors for every newcomer, high turnover, six teams', { ...mentorChurn, policy: { mentorship: 1 } }, {}, 6);
const unmentored = org('no mentors, high turnover, six teams', { ...mentorChurn, policy: { mentorship: 0 } }, {}, 6);

const lowSafety = org('low safety (openness 0.1)', { policy: { openness: 0.1 } });
const highSafety = org('high safety (openness 0.9)', { policy: { openness: 0.9 } });

const TURN_WEEK = 26;
const customers = { customers: { enabled: true, count: 300 } };
const goodService = org('frontline morale kept (two customer-facing teams)', { ...customers }, { customerFacing: true }, 2);
const souredService = org(
  'frontline morale soured at week 26',
  {
    ...customers,
    events: [{ type: 'policyChange', week: TURN_WEEK, policy: { recognitionFrequency: 0, recognitionFairness: 0.2, workloadProtection: 0, openness: 0.1, growthInvestment: 0 } }],
  },
  { customerFacing: true },
  2,
);

/** First week (after `from`) at which a gap series reaches half of its final-quarter mean. */
export function halfGapWeek(gap: readonly number[], from: number): number {
  const tail = gap.slice(Math.floor(gap.length * 0.75));
  const final = tail.reduce((a, b) => a + b, 0) / tail.length;
  for (let w = from; w < gap.length; w++) if (gap[w] >= final / 2) return w + 1;
  return gap.length;
}

export const FACTS: readonly Experiment[] = [
  {
    id: 'fact-1a',
    title: 'More and fairer recognition raises morale.',
    treatment: recognitionHigh,
    control: recognitionLow,
    measure: { metric: 'morale_mean', aggregate: 'mean', from: 27, to: 104 },
    direction: 'higher',
    label: 'assumption check',
    mechanisms: ['recognition', 'morale'],
    labelReason: 'Recognition received is a term of the morale target (`recognitionWeight`), and unfair recognition a penalty in it.',
    sources: [brief(1), 'Providing Recognition and Appreciation'],
  },
  {
    id: 'fact-1b',
    title: 'More and fairer recognition lowers turnover.',
    treatment: recognitionHigh,
    control: recognitionLow,
    measure: { metric: 'quits', aggregate: 'sum', from: 1, to: 104 },
    direction: 'lower',
    label: 'assumption check',
    mechanisms: ['recognition', 'morale', 'quit hazard'],
    labelReason: 'Recognition raises the morale target, and morale is a term of the quit hazard; recognition is also part of the conduct trust in the leader follows. No exchange between people is needed.',
    sources: [brief(1), 'Providing Recognition and Appreciation'],
  },
  {
    id: 'fact-2',
    title: 'One credit-taking breach still shows in trust in the leader a quarter later.',
    treatment: breach,
    control: noBreach,
    measure: { metric: 'trust_in_leader', aggregate: 'mean', from: BREACH_WEEK + 13, to: BREACH_WEEK + 13 },
    direction: 'lower',
    label: 'assumption check',
    mechanisms: ['leader breach', 'trust in the leader'],
    labelReason: 'A breach multiplies trust in the leader by 1 − loss, and its memory slows the gain toward the deserved level.',
    sources: [brief(2), 'Rebuilding Trust After a Breach', 'Kim et al. 2004'],
  },
  {
    id: 'fact-3',
    title: 'In a taker-heavy team without protection, givers quit at a higher weekly rate than everyone else.',
    treatment: takerTeam,
    measure: {
      kind: 'custom',
      text: 'weekly quit rate of givers minus that of the other members',
      from: 1,
      to: 'end',
      value: (run) => {
        const giverQuits = sumOver(run, 'quits_givers');
        const giverWeeks = sumOver(run, 'givers');
        const quits = sumOver(run, 'quits');
        const memberWeeks = sumOver(run, 'headcount') - run.teamNames.length * run.weeks;
        return giverQuits / Math.max(1, giverWeeks) - (quits - giverQuits) / Math.max(1, memberWeeks - giverWeeks);
      },
    },
    direction: 'higher',
    label: 'emergent',
    mechanisms: ['asking for help', 'helping decision', 'cost and benefit of help', 'energy and burnout', 'quit hazard'],
    labelReason:
      'The quit hazard has no term for style. Givers leave first because takers ask them often, their style rule makes them help until nearly empty, and each act of help costs energy; burnout then raises their hazard.',
    sources: [brief(3), 'The Dangers of a One-Sided Relationship', 'Grant 2013, Give and Take'],
  },
  {
    id: 'fact-4',
    title: 'Exits cluster: after the best-connected person leaves, more colleagues quit in the next 12 weeks.',
    treatment: keyLeaves,
    control: keyStays,
    measure: { metric: 'quits', aggregate: 'sum', from: KEY_WEEK, to: KEY_WEEK + 11 },
    direction: 'higher',
    label: 'assumption check',
    mechanisms: ['key person leaves', 'turnover contagion', 'quit hazard'],
    labelReason: 'An exit sets a contagion term (`contagionStrength`) in the quit hazard of every colleague who trusted the leaver.',
    sources: [brief(4), 'The Danger of Unchecked Imbalances', 'Felps et al. 2009'],
  },
  {
    id: 'fact-5a',
    title: 'Where the leader is open, people ask for help more often.',
    treatment: safe,
    control: unsafe,
    measure: { metric: 'help_asked', aggregate: 'mean', from: 13, to: 104 },
    direction: 'higher',
    label: 'assumption check',
    mechanisms: ['psychological safety', 'asking for help'],
    labelReason: 'Openness is a term of the safety target, and safety a term of the probability of asking (`askSafetyGain`).',
    sources: [brief(5), 'Creating a Psychologically Safe Environment', 'Edmondson 1999'],
  },
  {
    id: 'fact-5b',
    title: 'Where the leader is open, more imbalances and conflicts are repaired.',
    treatment: safe,
    control: unsafe,
    measure: { metric: 'repairs', aggregate: 'sum', from: 1, to: 104 },
    direction: 'higher',
    label: 'assumption check',
    mechanisms: ['psychological safety', 'voicing an imbalance', 'repair and mediation'],
    labelReason: 'Safety sets the chance of voicing an imbalance (`voiceRate` × safety²), and each voiced imbalance is counted as a repair.',
    sources: [brief(5), 'The Importance of Open and Honest Conversation', 'Edmondson 1999'],
  },
  {
    id: 'fact-5c',
    title: 'Where the leader is open, fewer people withdraw from helping.',
    treatment: safe,
    control: unsafe,
    measure: { metric: 'withdrawn_share', aggregate: 'mean', from: 13, to: 104 },
    direction: 'lower',
    label: 'assumption check',
    mechanisms: ['psychological safety', 'voicing an imbalance', 'conflict and withdrawal'],
    labelReason: 'Voicing an imbalance, whose chance is set by safety, clears the resentment that would open the conflict behind withdrawal: a rule added so that this fact holds (MODEL.md §7.6).',
    sources: [brief(5), 'The Danger of Unchecked Imbalances'],
  },
  {
    id: 'fact-6',
    title: 'Under high turnover, selective hiring and socialisation keep the helping norm stronger.',
    treatment: selective,
    control: unselective,
    measure: { metric: 'helping_norm', aggregate: 'mean', from: 131, to: 156 },
    direction: 'higher',
    label: 'emergent',
    mechanisms: ['hiring', 'socialisation', 'helping decision', 'helping norm'],
    labelReason: 'The levers set only who is hired and how newcomers’ styles drift; the norm is the share of requests colleagues actually meet, so it moves only through the helping decisions of the people hired.',
    sources: [brief(6), 'Hiring for Reciprocal Tendencies', 'Embedding Reciprocity into Organizational Values'],
  },
  {
    id: 'fact-7a',
    title: 'Workload protection lowers burnout.',
    treatment: protectedTeam,
    control: exposedTeam,
    measure: { metric: 'burnout_share', aggregate: 'mean', from: 1, to: 104 },
    direction: 'lower',
    label: 'assumption check',
    mechanisms: ['workload', 'energy and burnout'],
    labelReason: 'Protection shields demand and is a term of energy recovery; burnout is energy below a threshold.',
    sources: [brief(7), 'Championing Work-Life Balance'],
  },
  {
    id: 'fact-7b',
    title: 'Workload protection lowers turnover.',
    treatment: protectedTeam,
    control: exposedTeam,
    measure: { metric: 'quits', aggregate: 'sum', from: 1, to: 104 },
    direction: 'lower',
    label: 'assumption check',
    mechanisms: ['workload', 'energy and burnout', 'quit hazard'],
    labelReason: 'Protection raises energy directly (shield, recovery), and burnout is a term of the quit hazard (`burnoutHazard`).',
    sources: [brief(7), 'Championing Work-Life Balance'],
  },
  {
    id: 'fact-7c',
    // The cost is the work a protective leader turns away, visible at once (weeks 1–19, before the first crisis);
    // once a crisis runs, the exposed team burns out and its output falls below the protected team's.
    title: 'Workload protection costs output in the short term (before the first crisis).',
    treatment: protectedTeam,
    control: exposedTeam,
    measure: { metric: 'output', aggregate: 'mean', from: 1, to: CRISIS_WEEK - 1 },
    direction: 'lower',
    label: 'assumption check',
    mechanisms: ['workload', 'output'],
    labelReason: 'The shielded share of demand (`protectionShield`) is subtracted from the work done.',
    sources: [brief(7), 'Championing Work-Life Balance', 'Being an Advocate for the Team'],
  },
  {
    id: 'fact-8',
    title: 'Leader mediation shortens peer conflicts (fewer stay open).',
    treatment: mediated,
    control: unmediated,
    measure: { metric: 'conflicts', aggregate: 'mean', from: 1, to: 104 },
    direction: 'lower',
    label: 'assumption check',
    mechanisms: ['repair and mediation', 'conflict and withdrawal'],
    labelReason: 'The mediation lever is a factor of the weekly probability that an open conflict is mediated, which always ends it.',
    sources: [brief(8), 'The Leader as a Mediator'],
  },
  {
    id: 'fact-9',
    title: 'Cross-functional projects create trust between teams.',
    treatment: crossOn,
    control: crossOff,
    measure: { metric: 'cross_team_trust', aggregate: 'mean', from: 27, to: 104 },
    direction: 'higher',
    label: 'assumption check',
    mechanisms: ['cross-team ties', 'peer trust'],
    labelReason: 'The lever creates cross-team ties with trust 0.45; without it there are none, so cross-team trust is zero by construction.',
    sources: [brief(9), 'Creating Opportunities for Cross-Functional Collaboration'],
  },
  {
    id: 'fact-10',
    title: 'Mentorship lowers early-tenure exits.',
    treatment: mentored,
    control: unmentored,
    measure: { metric: 'early_exits', aggregate: 'sum', from: 1, to: 156 },
    direction: 'lower',
    label: 'assumption check',
    mechanisms: ['mentorship', 'belonging', 'quit hazard'],
    labelReason: 'A mentor tie adds 0.12 to the belonging target directly, and belonging is a term of the newcomer’s quit hazard.',
    sources: [brief(10), 'The Power of Mentorship and Sponsorship'],
  },
  {
    id: 'fact-11',
    title: 'Surveys in low-safety teams look better than the truth.',
    treatment: lowSafety,
    control: highSafety,
    measure: { metric: 'survey_gap', aggregate: 'mean', from: 1, to: 104 },
    direction: 'higher',
    label: 'assumption check',
    mechanisms: ['psychological safety', 'pulse survey'],
    labelReason: 'The survey answer adds a fear bias proportional to 1 − safety.',
    sources: [brief(11), 'Measuring and Monitoring Cultural Health'],
  },
  {
    id: 'fact-12',
    title: 'Customer loyalty follows frontline morale, lagged: in year two it is lower where morale soured at week 26.',
    treatment: souredService,
    control: goodService,
    measure: { metric: 'customer_loyalty', aggregate: 'mean', from: 53, to: 104 },
    paired: {
      text: 'the loyalty difference counts only when the loyalty gap reaches half its final size later than the morale gap (a loyalty gap that does not lag counts as no support)',
      value: (soured, kept) => {
        const loyaltyGap = series(kept, 'customer_loyalty').map((v, w) => v - series(soured, 'customer_loyalty')[w]);
        const moraleGap = series(kept, 'morale_mean').map((v, w) => v - series(soured, 'morale_mean')[w]);
        const lagged = halfGapWeek(loyaltyGap, TURN_WEEK) > halfGapWeek(moraleGap, TURN_WEEK);
        const effect = -meanOver(kept, 'customer_loyalty', 53, 104) + meanOver(soured, 'customer_loyalty', 53, 104);
        return lagged ? effect : Math.max(effect, 0);
      },
    },
    direction: 'lower',
    label: 'assumption check',
    mechanisms: ['recognition', 'morale', 'service and loyalty'],
    labelReason: 'The policy change lowers morale through its own terms; service quality follows frontline morale and loyalty follows service, two written lags.',
    sources: [brief(12), 'The Employee’s Role as the Face of the Business', 'Heskett et al., the service-profit chain'],
  },
];

const defaultArm = libraryArm(DEFAULT_SCENARIO_FILE, 'baseline', { name: 'the default scenario' });
const gallup = 'Gallup, State of the Global Workplace (global: 23% engaged, 62% not engaged, 15% actively disengaged; US about a third engaged)';

export const CALIBRATIONS: readonly Calibration[] = [
  {
    id: 'turnover',
    title: 'Annual voluntary turnover of a healthy professional team',
    arm: defaultArm,
    measure: {
      kind: 'custom',
      text: 'voluntary quits per mean headcount, annualised',
      from: 1,
      to: 'end',
      value: (run) => (sumOver(run, 'quits') / (sumOver(run, 'headcount') / run.weeks)) * (52 / run.weeks),
    },
    lo: 0.08,
    hi: 0.15,
    source: 'BLS JOLTS (all-industry quits ≈ 2.0–2.3% a month; a healthy professional team well below, about 8–15% a year)',
  },
  {
    id: 'engaged',
    title: 'Engaged share (morale ≥ 0.7)',
    arm: defaultArm,
    measure: { metric: 'engaged_share', aggregate: 'mean', from: 1, to: 'end' },
    lo: 0.23,
    hi: 0.33,
    source: gallup,
  },
  {
    id: 'actively-disengaged',
    title: 'Actively disengaged share (morale < 0.3)',
    arm: defaultArm,
    measure: { metric: 'disengaged_share', aggregate: 'mean', from: 1, to: 'end' },
    lo: 0.13,
    hi: 0.18,
    source: gallup,
  },
  {
    id: 'not-engaged',
    title: 'Not engaged share (the rest; the range is what the two ranges above leave)',
    arm: defaultArm,
    measure: {
      kind: 'custom',
      text: '1 − engaged share − actively disengaged share, mean over weeks',
      from: 1,
      to: 'end',
      value: (run) => 1 - meanOver(run, 'engaged_share') - meanOver(run, 'disengaged_share'),
    },
    lo: 0.49,
    hi: 0.64,
    source: gallup,
  },
];
