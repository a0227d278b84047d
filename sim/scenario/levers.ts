/**
 * Policy levers: the settings a leader or an organisation controls.
 *
 * This table is the single source for the levers' names, ranges, defaults and
 * one-sentence explanations. The scenario schema, the browser's controls and the
 * sensitivity analysis are all built from it, so a lever added here appears
 * everywhere. Every lever is an intensity in [min, max]; 0 means "not practised".
 * The `source` names the essay section the lever carries (see sim/MODEL.md).
 */
export interface LeverSpec {
  /** Key in `policy` objects of scenario files. */
  readonly key: string;
  /** Short label for controls and tables. */
  readonly label: string;
  /** One sentence a trainer can read aloud. */
  readonly explanation: string;
  readonly group: 'leader' | 'organisation';
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly defaultValue: number;
  /** Essay section(s) the lever comes from. */
  readonly source: string;
}

const lever = (
  key: string,
  label: string,
  group: LeverSpec['group'],
  defaultValue: number,
  explanation: string,
  source: string,
): LeverSpec => ({ key, label, group, min: 0, max: 1, step: 0.05, defaultValue, explanation, source });

export const LEVERS = [
  lever('recognitionFrequency', 'Recognition frequency', 'leader', 0.5,
    'How often the leader thanks people specifically for their work (0 = never, 1 = every week).',
    'Providing Recognition and Appreciation'),
  lever('recognitionFairness', 'Recognition fairness', 'leader', 0.6,
    'How evenly recognition is spread by contribution rather than to favourites (0 = favourites only, 1 = strictly by contribution).',
    'Maintaining Fairness and Transparency; Providing Recognition and Appreciation'),
  lever('growthInvestment', 'Growth investment', 'leader', 0.5,
    'Coaching, training and stretch assignments the leader invests in people.',
    'Investing in Employee Growth and Development'),
  lever('workloadProtection', 'Workload protection', 'leader', 0.4,
    'How much the leader shields the team from excess demand and protects rest, at some cost in output.',
    'Championing Work-Life Balance; Being an Advocate for the Team'),
  lever('delegation', 'Delegation and autonomy', 'leader', 0.5,
    'How much people own their work instead of being micromanaged.',
    'Empowerment Through Delegation and Autonomy'),
  lever('advocacy', 'Advocacy', 'leader', 0.5,
    'How visibly the leader fights for the team’s resources and buffers outside pressure.',
    'Being an Advocate for the Team'),
  lever('transparency', 'Transparency and fairness', 'leader', 0.5,
    'How openly and even-handedly the leader explains decisions.',
    'Maintaining Fairness and Transparency'),
  lever('leadByExample', 'Leading by example', 'leader', 0.5,
    'How often the leader makes the first move: offers help and support before being asked.',
    'Leading by Example: The First Mover; The Leader’s Continuous Investment'),
  lever('openness', 'Openness to feedback', 'leader', 0.5,
    'How the leader responds to mistakes and bad news: with curiosity (1) or blame (0); the root of psychological safety.',
    'Creating a Psychologically Safe Environment'),
  lever('mediation', 'Leader mediation', 'leader', 0.4,
    'How readily the leader steps in as a neutral mediator when two colleagues fall out.',
    'The Leader as a Mediator; Facilitating Positive Peer-to-Peer Relationships'),
  lever('creditTaking', 'Credit-taking habit', 'leader', 0,
    'How often the leader takes credit for the team’s work, a breach of trust each time (0 = never).',
    'The Leader-Employee Dynamic; Rebuilding Trust After a Breach'),
  lever('hiringSelectivity', 'Hiring for reciprocity', 'organisation', 0.3,
    'How strongly hiring screens for collaborative, reciprocal candidates (behavioural interviews).',
    'Hiring for Reciprocal Tendencies'),
  lever('socialisation', 'Onboarding socialisation', 'organisation', 0.4,
    'How strongly onboarding teaches newcomers the team’s norm of mutual support.',
    'Embedding Reciprocity into Organizational Values'),
  lever('performanceHow', 'Performance management of the "how"', 'organisation', 0.3,
    'How much reviews score how results were achieved (helping, collaboration), not only what.',
    'Integrating Reciprocity into Performance Management'),
  lever('collaborationRewards', 'Rewards for collaboration', 'organisation', 0.3,
    'Public awards and spot bonuses for helpers and collaborating teams.',
    'Rewarding and Recognizing Collaborative Behavior'),
  lever('collaborationTraining', 'Collaboration training', 'organisation', 0.2,
    'Training in communication, conflict resolution and feedback; makes repair conversations succeed more often.',
    'Training and Development for Collaborative Skills; Constructive Conflict Resolution'),
  lever('mentorship', 'Mentorship for newcomers', 'organisation', 0.2,
    'Share of newcomers paired with an experienced mentor or sponsor.',
    'The Power of Mentorship and Sponsorship'),
  lever('crossFunctional', 'Cross-functional projects', 'organisation', 0.1,
    'How often people work on projects with other teams, forming ties across silos.',
    'Creating Opportunities for Cross-Functional Collaboration; Reciprocity Beyond the Immediate Team'),
  lever('inclusion', 'Inclusion practice', 'organisation', 0.5,
    'How deliberately the team includes people outside its in-group: asks, thanks and involves everyone.',
    'Creating an Inclusive Environment'),
  lever('teamCharter', 'Team charter', 'organisation', 0,
    'Whether the team has made its expectations and boundaries for mutual help explicit (1 = a lived charter).',
    'Setting Clear Expectations and Boundaries'),
  lever('peerCelebration', 'Peer celebration', 'organisation', 0.3,
    'How often colleagues publicly celebrate each other’s wins, recognition that does not depend on the leader.',
    'Celebrating the Success of Others'),
] as const satisfies readonly LeverSpec[];

export type LeverKey = (typeof LEVERS)[number]['key'];

/** All levers with their default values. */
export function defaultPolicy(): Record<LeverKey, number> {
  const policy = {} as Record<LeverKey, number>;
  for (const spec of LEVERS) policy[spec.key] = spec.defaultValue;
  return policy;
}

export const LEVER_KEYS: readonly LeverKey[] = LEVERS.map((l) => l.key);
