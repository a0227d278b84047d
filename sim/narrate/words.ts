/**
 * The words: turns what happened (happenings.ts) into the log lines and story
 * sentences people read. The one place to reword the app's narration or
 * translate it. Nothing here draws a random number or touches the model.
 */
import type { LogEntry, QuitCause, StoryEntry, StoryKind } from '../types.ts';
import type { Happening } from './happenings.ts';

/** What narration needs to know about a run: names of people and teams. */
export interface NarrationContext {
  /** Display name of a person id (−1: nobody, e.g. a team with no leader). */
  personName(id: number): string;
  teamName(team: number): string;
}

/** How each cause of leaving reads in a sentence. */
export const CAUSE_TEXT: Record<QuitCause, string> = {
  burnout: 'burnout',
  morale: 'disengagement',
  leader: 'lost trust in the leader',
  belonging: 'never feeling they belonged',
  contagion: 'following close colleagues out',
  imbalance: 'walking away from one-sided relationships',
  layoff: 'laid off',
  'key-person': 'left (key person)',
};

/** What started a job search, as a reason. */
const LOOKING_TEXT: Record<QuitCause, string> = {
  burnout: 'worn out',
  morale: 'disengaged',
  leader: 'no longer trusting the leader',
  belonging: 'not feeling they belong',
  contagion: 'close colleagues were looking too',
  imbalance: 'tired of one-sided relationships',
  layoff: 'laid off',
  'key-person': 'moving on',
};

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "one", "two" … for small counts in plain sentences. */
export function countWord(n: number): string {
  return n >= 0 && n < WORDS.length ? WORDS[n] : String(n);
}

function plural(n: number, one: string, many: string): string {
  return `${countWord(n)} ${n === 1 ? one : many}`;
}

function withNote(text: string, note: string | undefined): string {
  return note ? `${text} ${note}` : text;
}

function leaderName(c: NarrationContext, id: number): string {
  return id >= 0 ? c.personName(id) : 'The leader';
}

/**
 * Lever changes in words, as people read them: "recognition frequency set to 0.3 and advocacy set to 0.8" (the
 * lever's label, never its key; each lever once).
 */
export function describeChanges(changes: readonly (readonly [string, number])[], label: (key: string) => string): string {
  const parts = changes.map(([key, value]) => `${label(key)} set to ${Math.round(value * 100) / 100}`);
  if (parts.length === 0) return 'no lever changed';
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** A sentence's first letter in capitals. */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The sentence that tells what happened, seen by the organisation (the log). */
export function logText(h: Happening, c: NarrationContext, label: (key: string) => string = (k) => k): string {
  const name = (id: number) => c.personName(id);
  switch (h.what) {
    case 'left': {
      const risk = h.close > 0 ? `; ${plural(h.close, 'close colleague is', 'close colleagues are')} now at higher risk` : '';
      if (!h.voluntary) return h.cause === 'layoff' ? `${name(h.person)} was laid off${risk}.` : `${name(h.person)}, a key person, left${risk}.`;
      // The real reason is said once: a safe team's exit interview gives it too; an unsafe team's gives a polite one.
      const interview = h.polite ? `The exit interview says "a better offer elsewhere" (the real reason: ${CAUSE_TEXT[h.cause]})` : 'The exit interview gives the same reason';
      return `${name(h.person)} left — ${CAUSE_TEXT[h.cause]}${risk}. ${interview}.`;
    }
    case 'hired':
      return h.internal ? `${name(h.person)} moved into ${c.teamName(h.team)} from another team.` : `${name(h.person)} joined ${c.teamName(h.team)}.`;
    case 'breach':
      return h.note ?? `${leaderName(c, h.leader)} took credit for the team's work. Trust in the leader drops at once and will take months to rebuild.`;
    case 'apology':
      return withNote(`${leaderName(c, h.leader)} apologised${h.changed ? ' and changed their behaviour for good' : ', but nothing changed afterwards'}.`, h.note);
    case 'new-leader': {
      const previous = h.previous >= 0 ? name(h.previous) : 'the previous leader';
      const who = h.leader >= 0 ? name(h.leader) : 'A new leader';
      return `${who} replaced ${previous} as leader of ${c.teamName(h.team)}; trust in the leader starts afresh.`;
    }
    case 'policy': {
      if (h.adaptive) return `Worried by what they saw, the leader of ${c.teamName(h.team ?? 0)} stepped up: ${describeChanges(h.changes, label)}.`;
      const changes = describeChanges(h.changes, label);
      return withNote(`${h.team !== undefined ? `In ${c.teamName(h.team)}: ${changes}` : capitalised(changes)}.`, h.note);
    }
    case 'crisis':
      return withNote(`A crisis: demand ×${h.multiplier} for ${h.weeks} weeks${h.team !== undefined ? ` in ${c.teamName(h.team)}` : ''}.`, h.note);
    case 'layoffs':
      return withNote(`Layoffs: ${h.count} of ${h.of} people in ${c.teamName(h.team)} were let go.`, h.note);
    case 'freeze':
      return withNote(`Hiring freeze for ${h.weeks} weeks: vacancies stay open.`, h.note);
    case 'growth':
      return withNote(`${c.teamName(h.team)} grows: ${h.add} new position${h.add === 1 ? '' : 's'} open, filled after about ${h.delay} weeks of hiring; until then the work is shared by those there.`, h.note);
    case 'service-failure':
      return withNote(`A service failure${h.honest ? ', owned up to quickly and honestly' : ', played down'}.`, h.note);
    case 'merger':
      return `${c.teamName(h.team)} merged into ${c.teamName(h.into)}.`;
    case 'withdrawal':
      return `${name(h.person)} has withdrawn and is helping no one — a sign of unchecked imbalance.`;
    case 'repair':
      return `${name(h.person)} and ${name(h.other)} talked it through${h.mediated ? ' with their leader mediating' : ''}; their working relationship is stronger than before.`;
    case 'conflict':
      return `${name(h.person)} felt used by ${name(h.other)} and stopped helping them.`;
    case 'burnout':
      return `${name(h.person)} is running on empty: burnt out.`;
    default:
      return storyText(h, -1, c);
  }
}

/** The sentence in the story of person `viewer`. */
export function storyText(h: Happening, viewer: number, c: NarrationContext): string {
  const name = (id: number) => c.personName(id);
  switch (h.what) {
    case 'joined':
      return `${name(h.person)} joined ${c.teamName(h.team)}.`;
    case 'moved':
      return `${name(h.person)} moved from ${c.teamName(h.from)} to ${c.teamName(h.team)} instead of leaving.`;
    case 'mentored':
      return `${name(h.mentor)} became ${name(h.person)}'s mentor.`;
    case 'socialised':
      return `${name(h.person)} picked up the team's habit of helping back.`;
    case 'stepped-down':
      return `${name(h.person)} stopped leading ${c.teamName(h.team)} when it merged into ${c.teamName(h.into)}.`;
    case 'help':
      if (h.emotional) return `${name(h.helper)} listened to ${name(h.receiver)} on a hard day${h.offered ? ', without being asked' : ''}.`;
      return `${name(h.helper)} ${h.offered ? 'saw' : 'helped'} ${name(h.receiver)} ${h.offered ? 'struggling and stepped in before being asked' : 'through a heavy week'}.`;
    case 'refusal':
      return viewer === h.asker
        ? `${name(h.refuser)} refused to help ${name(h.asker)}, after ${name(h.asker)} had helped them more than once.`
        : `${name(h.refuser)} turned down ${name(h.asker)}, who had helped them before.`;
    case 'recognised':
      return `${leaderName(c, h.leader)} thanked ${name(h.person)} specifically for their work.`;
    case 'breach':
      return `${leaderName(c, h.leader)} took credit for the team's work; ${name(viewer)} noticed.`;
    case 'voiced':
      return h.heard
        ? `${name(h.person)} told ${name(h.other)} the help was running one way; ${name(h.other)} listened and started giving back.`
        : `${name(h.person)} told ${name(h.other)} the help was running one way; ${name(h.other)} brushed it off.`;
    case 'conflict':
      return `${name(h.person)} felt used by ${name(h.other)} and stopped helping them.`;
    case 'repair':
      return `${name(h.person)} and ${name(h.other)} talked it through${h.mediated ? ' with their leader mediating' : ''}; their working relationship is stronger than before.`;
    case 'boundary':
      return `${name(h.person)} set a boundary with ${name(h.other)} and stopped working closely with them.`;
    case 'withdrawal':
      return `${name(h.person)} stopped helping anyone: too many one-sided relationships${h.burnt ? ' and too little energy left' : ''}.`;
    case 'burnout':
      return `${name(h.person)} is running on empty: burnt out.`;
    case 'looking':
      return `${name(h.person)} started looking for another job (${LOOKING_TEXT[h.cause]}).`;
    case 'colleague-left':
      return `${name(h.leaver)}, a close colleague, left; ${name(h.person)} lost someone they relied on.`;
    default:
      return logText(h, c);
  }
}

/** The kind of a story entry, as the person whose story it is sees it. */
export function storyKind(h: Happening, viewer: number): StoryKind {
  switch (h.what) {
    case 'joined':
    case 'moved':
    case 'socialised':
    case 'stepped-down':
    case 'hired':
      return 'joined';
    case 'mentored':
      return 'mentored';
    case 'help':
      return viewer === h.receiver ? 'was-helped' : 'helped';
    case 'refusal':
      return viewer === h.asker ? 'was-refused' : 'refused';
    case 'recognised':
      return 'recognised';
    case 'breach':
      return 'breach';
    case 'voiced':
    case 'repair':
      return 'repaired';
    case 'conflict':
      return 'conflict';
    case 'boundary':
    case 'withdrawal':
      return 'withdrew';
    case 'burnout':
      return 'burnout';
    case 'looking':
      return 'looking';
    case 'colleague-left':
      return 'colleague-left';
    case 'left':
      return 'left';
    default:
      return 'joined';
  }
}

/** The other person in a story entry, if any. */
function otherOf(h: Happening, viewer: number): number | undefined {
  switch (h.what) {
    case 'mentored':
      return h.mentor;
    case 'help':
      return viewer === h.receiver ? h.helper : h.receiver;
    case 'refusal':
      return viewer === h.asker ? h.refuser : h.asker;
    case 'voiced':
    case 'conflict':
    case 'repair':
    case 'boundary':
      return viewer === h.person ? h.other : h.person;
    case 'colleague-left':
      return h.leaver;
    default:
      return undefined;
  }
}

/** A story entry of person `viewer`. */
export function storyEntry(h: Happening, viewer: number, c: NarrationContext): StoryEntry {
  const otherId = otherOf(h, viewer);
  const base = { week: h.week, kind: storyKind(h, viewer), text: storyText(h, viewer, c) };
  return otherId === undefined ? base : { ...base, otherId };
}

const LOG_KIND: Partial<Record<Happening['what'], LogEntry['kind']>> = {
  hired: 'hire',
  breach: 'breach',
  withdrawal: 'withdrawal',
  repair: 'repair',
  policy: 'policy',
  conflict: 'conflict',
  burnout: 'burnout',
};

/** A log entry. */
export function logEntry(h: Happening, c: NarrationContext, label?: (key: string) => string): LogEntry {
  const kind: LogEntry['kind'] = h.what === 'left' ? (h.voluntary ? 'quit' : 'layoff') : LOG_KIND[h.what] ?? 'event';
  const person = 'person' in h ? h.person : undefined;
  const team = 'team' in h && h.team !== undefined ? c.teamName(h.team) : undefined;
  const entry: LogEntry = { week: h.week, kind, text: logText(h, c, label) };
  return {
    ...entry,
    ...(person !== undefined ? { personId: person } : {}),
    ...(team !== undefined ? { team } : {}),
    ...(h.what === 'left' ? { cause: h.cause } : {}),
  };
}
