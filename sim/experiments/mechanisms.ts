/**
 * The names an experiment's mechanism chain may use: the processes of the
 * weekly model (engine 2), each with the section of sim/MODEL.md that
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
  m('workload', '§7.1', 'a team’s work arrives, shared by the people it has (empty seats load the rest); a protective leader shields part of the excess'),
  m('discretionary effort', '§7.1', 'morale and trust in the leader raise what a person gets done; unmet work is demand beyond it'),
  m('output', '§7.1', 'work completed: what arrived, less what stayed undone'),
  m('recognition', '§7.2', 'the leader recognises people (how often, how fairly), peers celebrate; recognition fades'),
  m('trust in the leader', '§7.2', 'moves toward what the leader’s conduct and the member’s own experience of them deserve: slowly up, fast down'),
  m('leader breach', '§7.2', 'credit-taking (event or habit) cuts trust in the leader at once and leaves a memory that slows rebuilding'),
  m('apology', '§7.2', 'an apology adds to trust in the leader; with sustained change the credit-taking habit stops'),
  m('new leader', '§7.15', 'a new leader replaces the old: trust in the leader restarts, the event’s levers apply'),
  m('leader’s first move', '§7.2', 'a leader who leads by example helps a struggling member first'),
  m('leader’s response to mistakes', '§7.3', 'a visible mistake is met with support or blame, likelier support the more open and empathic the leader'),
  m('psychological safety', '§7.3', 'each member’s safety is learnt from episodes (their own and those the team sees) and pulled toward the team’s climate'),
  m('asking for help', '§7.4', 'people who are struggling ask, more often where they feel safe, the colleagues they trust and who are known to help'),
  m('offering help', '§7.4', 'colleagues who see a peer struggling step in unasked: givers most, anyone who owes them, mentors'),
  m('helping decision', '§7.5', 'the style’s rule, the felt obligation to repay, gratitude, engagement, energy, trust, the norm one has seen, incentives'),
  m('obligation and gratitude', '§7.5', 'being helped creates a debt people repay preferentially; recognised helpers help again; refusing a creditor weighs (guilt)'),
  m('exchange', '§7.6', 'help costs the giver time (or energy) and relieves the receiver; ledgers, trust and standing record it; a refusal after being helped is a breach'),
  m('helping norm', '§7.7', 'each person learns how readily people help from their own requests and from the colleagues they work with; norms ripple along ties'),
  m('ledgers and resentment', '§7.8', 'one-sided ledgers beyond a tolerance breed resentment'),
  m('voice and boundaries', '§7.8', 'with a chance rising with safety², a person names a building imbalance; the other gives back (rebalanced) or brushes it off (a boundary is set)'),
  m('conflict and withdrawal', '§7.8', 'unvoiced resentment over a threshold opens a conflict; the person stops helping that colleague, then everyone; conflicts end when resentment falls back'),
  m('repair and mediation', '§7.9', 'a conversation or the leader’s mediation asks the other to give back; they decide as when asked; without it the conflict drags on or ends in a boundary'),
  m('ties form and fade', '§7.10', 'ties form by proximity, friends of friends and help given on cross-team projects; unused ties fade toward their history and dissolve'),
  m('mentorship', '§7.10, §7.4', 'a newcomer may get a mentor, who offers knowledge and introduces them to colleagues'),
  m('socialisation', '§7.11', 'newcomers’ styles follow the norm they see: takers learn to help back under onboarding; without it, newcomers in a low-norm team learn to take'),
  m('energy and burnout', '§7.12', 'energy recovers with rest and drains with unmet work (with diminishing force), one-sided giving and conflicts; below a threshold a person is burnt out'),
  m('belonging', '§7.12', 'follows the trust a person has built on their ties, the norm they see and recognition'),
  m('morale', '§7.12', 'follows a target from disposition, recognition, trust in the leader, belonging, safety, energy, conflicts and guilt'),
  m('job search', '§7.13', 'pushes (low morale, burnout, low trust in the leader, weak belonging, conflicts, close colleagues looking) start a search; searchers leave when they find a job'),
  m('colleagues’ exits', '§7.13', 'an exit removes the leaver’s ties and leaves their work to the rest until the seat is filled'),
  m('hiring', '§7.14', 'vacancies are filled after a delay (longer when selective); an imperfect interview passes over some takers; some seats go to colleagues moving from another team'),
  m('layoffs', '§7.15', 'people are let go; most of their work stays; survivors lose some trust in the leader (less under transparency) and some safety'),
  m('key person leaves', '§7.15', 'the best-connected member leaves; their seat is refilled after the hiring delay'),
  m('service encounters', '§7.16', 'customers deal with the team’s people; an encounter is as good as that person’s morale and energy; loyalty follows encounters'),
  m('pulse survey', '§7.17', 'answers are true morale plus noise, inflated by fear where safety is low'),
];

export const MECHANISM_NAMES: ReadonlySet<string> = new Set(MECHANISMS.map((x) => x.name));
