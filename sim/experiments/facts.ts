/**
 * The stylized facts of the model brief as experiments (a fact with several
 * parts, like 5, is tested part by part), and the calibration targets on the
 * default scenario. Labels describe engine 2: a fact is an assumption check
 * where the lever enters the outcome's own update or a one-step formula
 * feeding it, and emergent where it reaches the outcome only through people's
 * exchanges (the chain names the mechanisms, MODEL.md §7).
 */
import { createSimulation } from '../engine/simulation.ts';
import { trustNow } from '../engine/ties.ts';
import type { Scenario } from '../scenario/schema.ts';
import { ROLE_MEMBER } from '../types.ts';
import { DEFAULT_SCENARIO_FILE, libraryArm, scenarioArm } from './arms.ts';
import { meanOver, series, sumOver } from './measures.ts';
import type { Arm, Calibration, Experiment } from './types.ts';
import type { RunResult } from '../types.ts';

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
const balanced = { styleMix: { giver: 0.3, matcher: 0.6, taker: 0.1 } };

const recognitionHigh = org('frequent, fair recognition (0.8, 0.8)', { policy: { recognitionFrequency: 0.8, recognitionFairness: 0.8 } });
const recognitionLow = org('rare, unfair recognition (0.1, 0.3)', { policy: { recognitionFrequency: 0.1, recognitionFairness: 0.3 } });

const BREACH_WEEK = 30;
const noBreach = org('no breach');
const breach = org('credit-taking breach at week 30', { events: [{ type: 'leaderBreach', week: BREACH_WEEK, severity: 1 }] });

const unprotected = { workloadProtection: 0, performanceHow: 0, collaborationRewards: 0 };
const takerTeam = org('taker-heavy (50% takers), no protection, 156 weeks', { weeks: 156, people: takerHeavy, policy: unprotected }, {}, 8);
const balancedTeam = org('balanced (10% takers), no protection, 156 weeks', { weeks: 156, people: balanced, policy: unprotected }, {}, 8);

const KEY_WEEK = 20;
const CLOSE_WINDOW = 26;
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
// The short-term cost of protection shows when a leader starts protecting: both arms ran the warm-up unprotected.
const PROTECT_WEEK = 10;
const startsProtecting = org('little protection, strong from week 10', {
  policy: { workloadProtection: 0.1 },
  events: [{ type: 'policyChange', week: PROTECT_WEEK, policy: { workloadProtection: 0.9 } }],
});
const staysExposed = org('little protection (0.1) throughout', { policy: { workloadProtection: 0.1 } });

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

/** Members (not leaders) summed over the run's weeks: headcount less one leader per team. */
function memberWeeks(run: RunResult): number {
  return sumOver(run, 'headcount') - run.teamNames.length * run.weeks;
}

/** Burnout among givers minus burnout among the other members, over the run. */
function giverBurnoutGap(run: RunResult): number {
  let gap = 0;
  for (let w = 1; w <= run.weeks; w++) {
    const givers = meanOver(run, 'givers', w, w);
    const members = meanOver(run, 'headcount', w, w) - run.teamNames.length;
    const burntGivers = meanOver(run, 'givers_burnout', w, w) * givers;
    const burnt = meanOver(run, 'burnout_share', w, w) * members;
    gap += meanOver(run, 'givers_burnout', w, w) - (members > givers ? (burnt - burntGivers) / (members - givers) : 0);
  }
  return gap / run.weeks;
}

/**
 * The close colleagues of each team's best-connected member just before week KEY_WEEK (trust in them at least
 * closeTieTrust): the share of them who have left KEY_WEEK + CLOSE_WINDOW weeks later, in a run where that member
 * leaves at KEY_WEEK minus in the same run (same people, same luck) where they stay. Follows the same people in both.
 */
function closeColleaguesWhoLeft(_t: RunResult, _c: RunResult, ctx: { seed: number; treatment: Scenario; control: Scenario }): number {
  const leaves = createSimulation(ctx.treatment, { seed: ctx.seed, stories: false, log: false });
  const stays = createSimulation(ctx.control, { seed: ctx.seed, stories: false, log: false });
  leaves.step(KEY_WEEK - 1);
  stays.step(KEY_WEEK - 1);
  const s = leaves.state;
  const close = new Set<number>();
  for (let t = 0; t < s.T; t++) {
    let key = -1;
    let best = -1;
    for (let i = 0; i < s.cap; i++) {
      if (!s.alive[i] || s.team[i] !== t || s.role[i] !== ROLE_MEMBER) continue;
      let score = 0;
      for (let j = i * s.K; j < i * s.K + s.K; j++) if (s.tPeer[j] >= 0) score += trustNow(s, leaves.config, j);
      if (score > best || (score === best && s.id[i] < s.id[key])) {
        best = score;
        key = i;
      }
    }
    if (key < 0) continue;
    for (let j = key * s.K; j < key * s.K + s.K; j++) {
      const peer = s.tPeer[j];
      if (peer < 0) continue;
      for (let k = peer * s.K; k < peer * s.K + s.K; k++) {
        if (s.tPeer[k] === key && trustNow(s, leaves.config, k) >= leaves.config.p.closeTieTrust) close.add(s.id[peer]);
      }
    }
  }
  if (close.size === 0) return 0;
  leaves.step(CLOSE_WINDOW + 1);
  stays.step(CLOSE_WINDOW + 1);
  const gone = (sim: typeof leaves) => {
    const alive = new Set(sim.people().ids);
    let n = 0;
    for (const id of close) if (!alive.has(id)) n++;
    return n / close.size;
  };
  return gone(leaves) - gone(stays);
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
    mechanisms: ['recognition', 'morale', 'job search'],
    labelReason: 'Recognition raises the morale target, and morale is a push toward a job search; recognition is also part of the conduct trust in the leader follows. Gratitude also makes recognised helpers help more, but the direct path alone would show the effect.',
    sources: [brief(1), 'Providing Recognition and Appreciation', 'Gallup/Workhuman 2024'],
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
    id: 'fact-3a',
    title: 'In a taker-heavy team without protection, givers burn out more than everyone else.',
    treatment: takerTeam,
    measure: { kind: 'custom', text: 'share of givers burnt out minus share of the other members burnt out, mean over weeks', from: 1, to: 'end', value: giverBurnoutGap },
    direction: 'higher',
    label: 'emergent',
    mechanisms: ['asking for help', 'offering help', 'helping decision', 'exchange', 'ledgers and resentment', 'energy and burnout'],
    labelReason:
      'Energy has no term for style. Givers burn out because requests follow standing to them, they say yes and step in unasked until nearly empty, the time it takes becomes their own unmet work, and takers do not give back: one-sided ledgers across their ties are themselves exhausting.',
    sources: [brief(3), 'The Dangers of a One-Sided Relationship', 'Grant 2013, Give and Take', 'Bakker et al. 2000 (lack of reciprocity and burnout)'],
  },
  {
    id: 'fact-3b',
    title: 'A taker-heavy team burns its givers out more than a balanced team does.',
    treatment: takerTeam,
    control: balancedTeam,
    measure: { metric: 'givers_burnout', aggregate: 'mean', from: 27, to: 'end' },
    direction: 'higher',
    label: 'emergent',
    mechanisms: ['asking for help', 'helping decision', 'exchange', 'ledgers and resentment', 'energy and burnout'],
    labelReason: 'The style mix sets only who the colleagues are; givers are drained through the requests they receive and the help that does not come back.',
    sources: [brief(3), 'The Dangers of a One-Sided Relationship'],
  },
  {
    id: 'fact-3c',
    title: 'In a taker-heavy team without protection, givers leave at a higher weekly rate than everyone else.',
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
        return giverQuits / Math.max(1, giverWeeks) - (quits - giverQuits) / Math.max(1, memberWeeks(run) - giverWeeks);
      },
    },
    direction: 'higher',
    label: 'emergent',
    mechanisms: ['helping decision', 'exchange', 'energy and burnout', 'job search'],
    labelReason: 'The search hazard has no term for style; givers would leave first only if their burnout outweighed the weaker belonging of the takers around them.',
    sources: [brief(3), 'The Dangers of a One-Sided Relationship'],
  },
  {
    id: 'fact-4',
    title: 'Exits cluster: the close colleagues of someone who leaves are more likely to leave within six months.',
    treatment: keyLeaves,
    control: keyStays,
    measure: { metric: 'quits', aggregate: 'sum', from: KEY_WEEK, to: KEY_WEEK + CLOSE_WINDOW },
    paired: {
      text: `the share of the best-connected member’s close colleagues (trust in them ≥ closeTieTrust at week ${KEY_WEEK - 1}) who have left by week ${KEY_WEEK + CLOSE_WINDOW}: when that member leaves at week ${KEY_WEEK} minus when they stay (the same people followed in both runs)`,
      value: closeColleaguesWhoLeft,
    },
    direction: 'higher',
    label: 'emergent',
    mechanisms: ['key person leaves', 'colleagues’ exits', 'ties form and fade', 'belonging', 'workload', 'job search'],
    labelReason:
      'An exit sets no term in anyone’s hazard. It removes the leaver’s ties (lowering the belonging that keeps close colleagues), leaves their work to the rest until the seat is filled (unmet work, energy), and once colleagues start looking their search spreads along close ties.',
    sources: [brief(4), 'Felps et al. 2009 (turnover contagion through coworkers’ embeddedness and job search)', 'Visier 2022 (teammates more likely to leave after an exit)'],
  },
  {
    id: 'fact-5a',
    title: 'Where the leader is open, people ask for help more often.',
    treatment: safe,
    control: unsafe,
    measure: { metric: 'help_asked', aggregate: 'mean', from: 13, to: 104 },
    direction: 'higher',
    label: 'emergent',
    mechanisms: ['leader’s response to mistakes', 'psychological safety', 'asking for help'],
    labelReason:
      'Openness sets only how the leader meets each visible mistake; members learn their safety from the episodes they live and see and from one another, and safety sets how readily they ask.',
    sources: [brief(5), 'Creating a Psychologically Safe Environment', 'Edmondson 1999'],
  },
  {
    id: 'fact-5b',
    title: 'Where the leader is open, more imbalances and conflicts are repaired.',
    treatment: safe,
    control: unsafe,
    measure: { metric: 'repairs', aggregate: 'sum', from: 1, to: 104 },
    direction: 'higher',
    label: 'emergent',
    mechanisms: ['leader’s response to mistakes', 'psychological safety', 'voice and boundaries', 'helping decision', 'repair and mediation'],
    labelReason: 'Safety learnt from episodes sets how often people speak up; a repair counts only when the other person then gives back, which they decide as when asked.',
    sources: [brief(5), 'The Importance of Open and Honest Conversation', 'Edmondson 1999'],
  },
  {
    id: 'fact-5c',
    title: 'Where the leader is open, fewer people withdraw from helping.',
    treatment: safe,
    control: unsafe,
    measure: { metric: 'withdrawn_share', aggregate: 'mean', from: 13, to: 104 },
    direction: 'lower',
    label: 'emergent',
    mechanisms: ['psychological safety', 'voice and boundaries', 'ledgers and resentment', 'conflict and withdrawal', 'energy and burnout'],
    labelReason:
      'Withdrawal follows open conflicts (and burnout); people who speak up early either get help back or set a boundary, so resentment is drained before it opens a conflict. Safety also brings more asking, and so more one-sided ledgers: the net sign is not written in.',
    sources: [brief(5), 'The Danger of Unchecked Imbalances', 'Setting Clear Expectations and Boundaries'],
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
    labelReason:
      'The levers set only who is hired (and how long seats stay empty) and how newcomers’ styles follow the norm they see; the norm is what colleagues learn from the help they actually get.',
    sources: [brief(6), 'Hiring for Reciprocal Tendencies', 'Embedding Reciprocity into Organizational Values', 'Harrison & Carroll 1991'],
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
    mechanisms: ['workload', 'energy and burnout', 'job search'],
    labelReason: 'Protection raises energy directly (shield, recovery), and burnout is a push toward a job search (`burnoutHazard`).',
    sources: [brief(7), 'Championing Work-Life Balance'],
  },
  {
    id: 'fact-7c',
    title:
      'Workload protection costs output in the short term: in the first two weeks after a leader starts protecting, less of the arriving work is done (then rested people get more done, which outweighs the work turned away).',
    treatment: startsProtecting,
    control: staysExposed,
    measure: { metric: 'output', aggregate: 'mean', from: PROTECT_WEEK, to: PROTECT_WEEK + 1 },
    direction: 'lower',
    label: 'assumption check',
    mechanisms: ['workload', 'output'],
    labelReason: 'The shielded share of demand (`protectionShield`) is work that is not done; protected rest then restores energy and capacity, so the cost is short-lived.',
    sources: [brief(7), 'Championing Work-Life Balance', 'Being an Advocate for the Team'],
  },
  {
    id: 'fact-8',
    title: 'Leader mediation shortens peer conflicts (fewer stay open).',
    treatment: mediated,
    control: unmediated,
    measure: { metric: 'conflicts', aggregate: 'mean', from: 1, to: 104 },
    direction: 'lower',
    label: 'emergent',
    mechanisms: ['repair and mediation', 'helping decision', 'ledgers and resentment', 'conflict and withdrawal'],
    labelReason:
      'Mediation only asks the other person to give back; they decide as when asked (a taker often refuses). A conflict ends when resentment has fallen back, which happens once the ledger has been evened.',
    sources: [brief(8), 'The Leader as a Mediator'],
  },
  {
    id: 'fact-9',
    title: 'Cross-functional projects create trust between teams.',
    treatment: crossOn,
    control: crossOff,
    measure: { metric: 'cross_team_trust', aggregate: 'mean', from: 27, to: 104 },
    direction: 'higher',
    label: 'emergent',
    mechanisms: ['ties form and fade', 'helping decision', 'exchange'],
    labelReason:
      'Projects bring people from different teams together; a tie forms only when the help asked for comes, and its trust grows with each exchange. Without projects, cross-team ties still form through friends of friends.',
    sources: [brief(9), 'Creating Opportunities for Cross-Functional Collaboration', 'Reciprocity Beyond the Immediate Team'],
  },
  {
    id: 'fact-10',
    title: 'Mentorship lowers early-tenure exits.',
    treatment: mentored,
    control: unmentored,
    measure: { metric: 'early_exits', aggregate: 'sum', from: 1, to: 156 },
    direction: 'lower',
    label: 'emergent',
    mechanisms: ['mentorship', 'offering help', 'ties form and fade', 'belonging', 'job search'],
    labelReason: 'A mentor adds no belonging by decree: they help (knowledge, relief) and introduce the newcomer to colleagues, and belonging comes from the trusted ties that builds.',
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
    label: 'emergent',
    mechanisms: ['recognition', 'morale', 'service encounters'],
    labelReason:
      'The policy change reaches customers only through the people who serve them: each encounter is as good as that employee’s morale and energy, and loyalty moves a little with each encounter. No term of loyalty or service names a lever.',
    sources: [brief(12), 'The Employee’s Role as the Face of the Business', 'Heskett et al. 1994, the service-profit chain'],
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
