/**
 * The scenario library's catalogue: for each library scenario, the essay
 * sections it draws on and the contrasts it claims to teach. This single table
 * drives both the statistical tests (test/library/contrasts.test.ts) and the
 * trainer-facing index (docs/library.md, checked by test/library/docs.test.ts),
 * so what the docs promise is exactly what the tests check.
 *
 * A claim compares two runs of the same scenario file on the same seeds
 * (common random numbers): `variant` minus `baseline`, summarised over a window
 * of weeks, must have the claimed sign with a 95% interval that excludes zero.
 */
import type { MetricKey } from '../../sim/metrics.ts';

export type Direction = 'higher' | 'lower';

/** How a window of weekly values becomes one number per run. */
export type Aggregate = 'mean' | 'sum';

export interface Claim {
  /** Short identifier, unique within the scenario. */
  readonly id: string;
  /** Run names (`baseline` or a variant name) compared: `variant` − `baseline`. */
  readonly baseline: string;
  readonly variant: string;
  readonly metric: MetricKey;
  /** When given, the summarised quantity is `metric − minus` (e.g. survey minus truth). */
  readonly minus?: MetricKey;
  /** A team name; the organisation row when omitted. */
  readonly unit?: string;
  /** Inclusive weeks (1-based). */
  readonly from: number;
  readonly to: number;
  readonly aggregate: Aggregate;
  /** The sign `variant − baseline` must have. */
  readonly direction: Direction;
  /** One declarative sentence a trainer can read aloud. */
  readonly sentence: string;
}

export interface LibraryEntry {
  /** File name in scenarios/. */
  readonly file: string;
  /** Essay sections the scenario draws on (titles as in the essay). */
  readonly sections: readonly string[];
  /** Stylized facts of the model brief (numbers 1–12) the scenario illustrates. */
  readonly facts: readonly number[];
  /** Weeks to simulate in the tests (at least the last claimed week; the file's own `weeks` when omitted). */
  readonly testWeeks?: number;
  /** Seeds per arm in the tests. */
  readonly seeds: number;
  readonly claims: readonly Claim[];
}

export const LIBRARY: readonly LibraryEntry[] = [
  {
    file: 'credit-taking.json',
    sections: [
      'The Leader-Employee Dynamic',
      'Building Trust Through Consistent Action',
      'Rebuilding Trust After a Breach',
      'Learning and Growth from Challenges',
    ],
    facts: [2],
    seeds: 64,
    claims: [
      {
        id: 'breach-drops-trust',
        baseline: 'no breach',
        variant: 'baseline',
        metric: 'trust_in_leader',
        from: 13,
        to: 15,
        aggregate: 'mean',
        direction: 'lower',
        sentence: 'Trust in the leader drops within two weeks of the credit-taking at week 13.',
      },
      {
        id: 'breach-still-visible',
        baseline: 'no breach',
        variant: 'baseline',
        metric: 'trust_in_leader',
        from: 26,
        to: 39,
        aggregate: 'mean',
        direction: 'lower',
        sentence: 'A quarter later (weeks 26–39) trust in the leader is still below the team whose leader never took the credit.',
      },
      {
        id: 'breach-costs-people',
        baseline: 'no breach',
        variant: 'baseline',
        metric: 'quits',
        from: 14,
        to: 52,
        aggregate: 'sum',
        direction: 'higher',
        sentence: 'Some people do not wait for trust to come back: more of the team quits after the breach (weeks 14–52).',
      },
      {
        id: 'apology-rebuilds',
        baseline: 'baseline',
        variant: 'apology and change',
        metric: 'trust_in_leader',
        from: 26,
        to: 52,
        aggregate: 'mean',
        direction: 'higher',
        sentence: 'An apology followed by sustained change rebuilds more trust over weeks 26–52 than saying nothing.',
      },
      {
        id: 'change-matters',
        baseline: 'apology, no change',
        variant: 'apology and change',
        metric: 'trust_in_leader',
        from: 26,
        to: 52,
        aggregate: 'mean',
        direction: 'higher',
        sentence: 'Words are not enough: the apology backed by changed behaviour ends with more trust (weeks 26–52) than the apology without it.',
      },
    ],
  },
  {
    file: 'burnout-spiral.json',
    sections: [
      'Championing Work-Life Balance',
      'Being an Advocate for the Team',
      'The Dangers of a One-Sided Relationship',
      'Providing Practical and Timely Assistance',
    ],
    facts: [7],
    seeds: 64,
    claims: [
      {
        id: 'protection-less-burnout',
        baseline: 'baseline',
        variant: 'workload protection',
        metric: 'burnout_share',
        from: 8,
        to: 30,
        aggregate: 'mean',
        direction: 'lower',
        sentence: 'With the leader protecting workload, fewer people burn out during and after the crisis (weeks 8–30).',
      },
      {
        id: 'protection-fewer-quits',
        baseline: 'baseline',
        variant: 'workload protection',
        metric: 'quits',
        from: 8,
        to: 52,
        aggregate: 'sum',
        direction: 'lower',
        sentence: 'With workload protection, fewer people quit from the crisis to the end of the year (weeks 8–52).',
      },
      {
        id: 'protection-costs-output',
        baseline: 'baseline',
        variant: 'workload protection',
        metric: 'output',
        from: 1,
        to: 7,
        aggregate: 'mean',
        direction: 'lower',
        sentence: 'Protection has a price: in ordinary weeks before the crisis (weeks 1–7) the protected team completes less of the work that arrives upstream.',
      },
      {
        id: 'burnout-costs-more',
        baseline: 'baseline',
        variant: 'workload protection',
        metric: 'output',
        from: 12,
        to: 30,
        aggregate: 'mean',
        direction: 'higher',
        sentence: 'In the crisis the price reverses: from week 12 to week 30 the burnt-out unprotected team gets less done than the protected one.',
      },
    ],
  },
  {
    file: 'taker-among-givers.json',
    sections: [
      'The Dangers of a One-Sided Relationship',
      'Recognizing the Signs of an Imbalance',
      'The Danger of Unchecked Imbalances',
      'The Leader as a Mediator',
      'Integrating Reciprocity into Performance Management',
      'Knowing When to Walk Away',
    ],
    facts: [3, 8],
    seeds: 64,
    claims: [
      {
        id: 'taker-burns-givers',
        baseline: 'no taker',
        variant: 'baseline',
        metric: 'burnout_share',
        from: 26,
        to: 78,
        aggregate: 'mean',
        direction: 'higher',
        sentence: 'One unchecked taker is enough to raise burnout among the givers (weeks 13–52) compared with the same team without them.',
      },
      {
        id: 'mediation-fewer-conflicts',
        baseline: 'baseline',
        variant: 'mediation and the how',
        metric: 'conflicts',
        from: 13,
        to: 78,
        aggregate: 'mean',
        direction: 'lower',
        sentence: 'With a mediating leader and reviews that score the "how", fewer peer conflicts stay open (weeks 13–52).',
      },
      {
        id: 'mediation-restores-helping',
        baseline: 'baseline',
        variant: 'mediation and the how',
        metric: 'helping_norm',
        from: 26,
        to: 78,
        aggregate: 'mean',
        direction: 'higher',
        sentence: 'With mediation and reviews of the "how", the team keeps a stronger helping norm (weeks 26–78): fewer requests are turned down.',
      },
    ],
  },
  {
    file: 'recognition.json',
    sections: [
      'Providing Recognition and Appreciation',
      'Maintaining Fairness and Transparency',
      'Celebrating the Success of Others',
      'The Leader-Employee Dynamic',
    ],
    facts: [1],
    seeds: 64,
    claims: [
      {
        id: 'recognition-morale',
        baseline: 'baseline',
        variant: 'specific and fair',
        metric: 'morale_mean',
        from: 66,
        to: 78,
        aggregate: 'mean',
        direction: 'higher',
        sentence: 'Specific, fairly spread recognition ends the year and a half with higher morale (weeks 66–78) than a recognition drought.',
      },
      {
        id: 'recognition-quits',
        baseline: 'baseline',
        variant: 'specific and fair',
        metric: 'quits',
        from: 1,
        to: 78,
        aggregate: 'sum',
        direction: 'lower',
        sentence: 'Over 78 weeks, fewer people quit under specific and fair recognition than in the drought.',
      },
      {
        id: 'fairness-matters',
        baseline: 'frequent but to favourites',
        variant: 'specific and fair',
        metric: 'morale_mean',
        from: 66,
        to: 78,
        aggregate: 'mean',
        direction: 'higher',
        sentence: 'Frequency is not enough: the same amount of praise spread fairly gives higher morale (weeks 66–78) than praise for favourites.',
      },
      {
        id: 'favourites-split-team',
        baseline: 'specific and fair',
        variant: 'frequent but to favourites',
        metric: 'morale_sd',
        from: 66,
        to: 78,
        aggregate: 'mean',
        direction: 'higher',
        sentence: 'Praise for favourites splits the team: morale is more spread out (weeks 66–78) than under fair praise.',
      },
    ],
  },
  {
    file: 'hiring-five-years.json',
    sections: [
      'Hiring for Reciprocal Tendencies',
      'Embedding Reciprocity into Organizational Values',
      'Reciprocity and Organizational Culture',
      'Leadership as the Continuous Gardener of Culture',
    ],
    facts: [6],
    seeds: 32,
    claims: [
      {
        id: 'selective-hiring-norm',
        baseline: 'baseline',
        variant: 'hire and socialise for reciprocity',
        metric: 'helping_norm',
        from: 208,
        to: 260,
        aggregate: 'mean',
        direction: 'higher',
        sentence: 'After five years of high turnover, the organisation that hired and socialised for reciprocity keeps a stronger helping norm (year 5).',
      },
      {
        id: 'selective-hiring-trust',
        baseline: 'baseline',
        variant: 'hire and socialise for reciprocity',
        metric: 'trust_density',
        from: 208,
        to: 260,
        aggregate: 'mean',
        direction: 'higher',
        sentence: 'It also keeps denser trust between colleagues in year 5.',
      },
    ],
  },
  {
    file: 'psychological-safety.json',
    sections: [
      'Creating a Psychologically Safe Environment',
      'The Importance of Open and Honest Conversation',
      'Recognizing the Signs of an Imbalance',
      'Measuring and Monitoring Cultural Health',
    ],
    facts: [5, 11],
    seeds: 64,
    claims: [
      {
        id: 'safety-help-asked',
        baseline: 'baseline',
        variant: 'high safety',
        metric: 'help_asked',
        from: 5,
        to: 52,
        aggregate: 'mean',
        direction: 'higher',
        sentence: 'Where it is safe to admit you are stuck, people ask for help more often (weeks 5–52).',
      },
      {
        id: 'safety-repairs',
        baseline: 'baseline',
        variant: 'high safety',
        metric: 'repairs',
        from: 1,
        to: 52,
        aggregate: 'sum',
        direction: 'higher',
        sentence: 'More imbalances are talked through and repaired in the safe team over the year.',
      },
      {
        id: 'safety-less-withdrawal',
        baseline: 'baseline',
        variant: 'high safety',
        metric: 'withdrawn_share',
        from: 13,
        to: 52,
        aggregate: 'mean',
        direction: 'lower',
        sentence: 'Fewer people withdraw from helping in the safe team (weeks 13–52).',
      },
      {
        id: 'survey-flatters-unsafe',
        baseline: 'baseline',
        variant: 'high safety',
        metric: 'survey_morale',
        minus: 'morale_mean',
        from: 13,
        to: 52,
        aggregate: 'mean',
        direction: 'lower',
        sentence: 'The pulse survey flatters the unsafe team: its survey-minus-truth gap is larger than in the safe team (weeks 13–52).',
      },
    ],
  },
  {
    file: 'new-leader.json',
    sections: [
      'Rebuilding Trust After a Breach',
      'Leading by Example: The First Mover',
      'The Leader’s Continuous Investment',
      'Building Trust Through Consistent Action',
    ],
    facts: [2],
    seeds: 64,
    claims: [
      {
        id: 'new-leader-trust',
        baseline: 'baseline',
        variant: 'new leader at week 26',
        metric: 'trust_in_leader',
        from: 39,
        to: 78,
        aggregate: 'mean',
        direction: 'higher',
        sentence: 'A new leader who leads by example earns more trust over weeks 39–78 than the leader who broke it.',
      },
      {
        id: 'new-leader-morale',
        baseline: 'baseline',
        variant: 'new leader at week 26',
        metric: 'morale_mean',
        from: 52,
        to: 78,
        aggregate: 'mean',
        direction: 'higher',
        sentence: 'Morale recovers with the new leader: it is higher in weeks 52–78 than under the old one.',
      },
      {
        id: 'new-face-old-habits',
        baseline: 'new leader at week 26',
        variant: 'new face, old habits',
        metric: 'trust_in_leader',
        from: 52,
        to: 78,
        aggregate: 'mean',
        direction: 'lower',
        sentence: 'A new face is not enough: a successor who keeps the old habits ends with less trust (weeks 52–78) than one who changes them.',
      },
    ],
  },
  {
    file: 'silos.json',
    sections: [
      'Reciprocity Beyond the Immediate Team',
      'Creating Opportunities for Cross-Functional Collaboration',
      'The Power of Mentorship and Sponsorship',
    ],
    facts: [9],
    seeds: 64,
    claims: [
      {
        id: 'projects-bridge-silos',
        baseline: 'baseline',
        variant: 'cross-functional projects',
        metric: 'cross_team_trust',
        from: 40,
        to: 52,
        aggregate: 'mean',
        direction: 'higher',
        sentence: 'Cross-functional projects build trust ties between the two teams: cross-team trust is higher by the last quarter (weeks 40–52).',
      },
    ],
  },
  {
    file: 'growing-fast.json',
    sections: [
      'The Power of Mentorship and Sponsorship',
      'Embedding Reciprocity into Organizational Values',
      'Creating an Inclusive Environment',
      'Hiring for Reciprocal Tendencies',
    ],
    facts: [10],
    seeds: 64,
    claims: [
      {
        id: 'mentorship-early-exits',
        baseline: 'baseline',
        variant: 'mentors for newcomers',
        metric: 'early_exits',
        from: 1,
        to: 104,
        aggregate: 'sum',
        direction: 'lower',
        sentence: 'With mentors for newcomers, fewer people leave in their first six months over the two years.',
      },
    ],
  },
  {
    file: 'customer-ripple.json',
    sections: [
      'The Employee’s Role as the Face of the Business',
      'The Customer’s Reciprocal Response: Loyalty',
      'Delivering Exceptional Service as the First Move',
      'The Lifetime Value of a Reciprocal Customer',
      'Providing Recognition and Appreciation',
    ],
    facts: [12],
    seeds: 64,
    claims: [
      {
        id: 'frontline-morale-drops',
        baseline: 'baseline',
        variant: 'morale damaged at week 13',
        metric: 'morale_mean',
        unit: 'Frontline',
        from: 14,
        to: 26,
        aggregate: 'mean',
        direction: 'lower',
        sentence: 'Once recognition stops and the leader takes credit (week 13), frontline morale falls within the quarter (weeks 14–26).',
      },
      {
        id: 'loyalty-follows',
        baseline: 'baseline',
        variant: 'morale damaged at week 13',
        metric: 'customer_loyalty',
        from: 40,
        to: 78,
        aggregate: 'mean',
        direction: 'lower',
        sentence: 'Customer loyalty follows frontline morale down, later: it is lower in weeks 40–78.',
      },
    ],
  },
  {
    file: 'layoffs-contagion.json',
    sections: [
      'The Danger of Unchecked Imbalances',
      'Maintaining Fairness and Transparency',
      'Being an Advocate for the Team',
      'Reciprocity and Organizational Culture',
    ],
    facts: [4],
    seeds: 64,
    testWeeks: 44,
    claims: [
      {
        id: 'layoffs-trigger-quits',
        baseline: 'baseline',
        variant: 'no layoffs',
        metric: 'turnover_annualised',
        from: 33,
        to: 33,
        aggregate: 'mean',
        direction: 'lower',
        sentence: 'Exits cluster after a layoff: in the quarter after it (quits in weeks 21–33 per head, annualised, read at week 33) survivors leave at a higher rate than people in the same organisation without layoffs.',
      },
      {
        id: 'contagion-drives-cluster',
        baseline: 'baseline',
        variant: 'weak contagion',
        metric: 'quits',
        from: 21,
        to: 32,
        aggregate: 'sum',
        direction: 'lower',
        sentence: 'The cluster is contagion: where a colleague’s exit barely moves people, fewer follow in weeks 21–32.',
      },
      {
        id: 'transparency-softens',
        baseline: 'baseline',
        variant: 'transparent, advocating leaders',
        metric: 'quits',
        from: 21,
        to: 44,
        aggregate: 'sum',
        direction: 'lower',
        sentence: 'Leaders who explain the decision openly and fight for their people see fewer survivors leave (weeks 21–44).',
      },
    ],
  },
];
