/**
 * A person's morale in words, from what the worker computed (sim/story/):
 * each main rise or fall with what moved with it — trust in the leader,
 * energy, the moments of their story in those weeks — and where they stand
 * now. Formatting only.
 */
import type { PersonStory } from '../../../sim/worker.ts';
import { percent } from '../../ui/format.ts';

/** A level moved enough to name beside a turn (5 points). */
const NOTABLE = 0.05;
/** Moments named per turn at most (the timeline below has them all). */
const MAX_MOMENTS = 3;

const moved = (pair: readonly [number, number], what: string, sign: number): string | null => {
  const change = pair[1] - pair[0];
  if (Math.abs(change) < NOTABLE || Math.sign(change) !== sign) return null;
  return `${what} ${change < 0 ? 'fell' : 'rose'} from ${percent(pair[0])} to ${percent(pair[1])}`;
};

/** A rise or fall in words: a heading ("Weeks 13–21: morale fell from 70% to 45%.") and what went with it. */
export interface TurnWords {
  readonly head: string;
  readonly reasons: readonly string[];
}

/** Each rise or fall with what moved with it: trust in the leader, energy, and the moments of the story in those weeks. */
export function turnWords(story: PersonStory): TurnWords[] {
  return story.turns.map((turn) => {
    const sign = Math.sign(turn.morale[1] - turn.morale[0]);
    const head = `Weeks ${turn.from}–${turn.to}: morale ${sign < 0 ? 'fell' : 'rose'} from ${percent(turn.morale[0])} to ${percent(turn.morale[1])}.`;
    const reasons = [
      moved(turn.trustInLeader, 'Trust in the leader', sign),
      // Energy low enough to burn out pulls morale down; recovering it lifts morale.
      moved(turn.energy, 'Energy', sign),
      ...turn.entries.slice(0, MAX_MOMENTS).map((i) => `Week ${story.entries[i].week}: ${story.entries[i].text}`),
    ].filter((r): r is string => r !== null);
    const extra = turn.entries.length - MAX_MOMENTS;
    if (extra > 0) reasons.push(`And ${extra} more moment${extra === 1 ? '' : 's'} in the timeline below.`);
    if (reasons.length === 0) reasons.push('Nothing in their record stands out: the change came from the team around them (belonging, safety, the helping norm) or their own mood.');
    return { head, reasons: reasons.map((r) => (/[.!?]$/.test(r) ? r : `${r}.`)) };
  });
}

/** Where the person stands at the last week of their record, and their morale's range when it had no big turn. */
export function standingLine(story: PersonStory, leftWeek: number | undefined): string {
  const weeks = story.weeks;
  if (!weeks || weeks.morale.length === 0) return '';
  const last = weeks.morale.length - 1;
  const lastWeek = weeks.fromWeek + last;
  // Someone who left in week w was last counted in week w − 1: say so, so the two weeks do not look contradictory.
  const when = leftWeek !== undefined ? `At week ${lastWeek}, the last before they left` : `At week ${lastWeek}`;
  const now = `${when}: morale ${percent(weeks.morale[last])}, trust in the leader ${percent(weeks.trustInLeader[last])}, energy ${percent(weeks.energy[last])}.`;
  if (story.turns.length > 0) return now;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < weeks.morale.length; i++) {
    lo = Math.min(lo, weeks.morale[i]);
    hi = Math.max(hi, weeks.morale[i]);
  }
  return `${now} Morale stayed between ${percent(lo)} and ${percent(hi)} since week ${weeks.fromWeek}, with no big rise or fall.`;
}
