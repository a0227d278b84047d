/**
 * What happened, as typed records: the processes of sim/engine note moments
 * here (who, to whom, why) and never write a sentence; sim/narrate/words.ts
 * turns a record into the log line or story sentence a person reads (the one
 * place to reword or translate). Recording never draws a random number or
 * changes the model's state, so a run's metrics are the same with stories and
 * the log on or off.
 *
 * Stories keep notable moments only and are bounded per person (the first few
 * and the most recent), so memory grows with people, never with weeks; the log
 * is bounded too (oldest lines dropped first).
 */
import type { QuitCause } from '../types.ts';

/** Person ids are ids (never slots); teams are scenario indices. */
export type Happening =
  | { readonly week: number; readonly what: 'joined'; readonly person: number; readonly team: number }
  | { readonly week: number; readonly what: 'moved'; readonly person: number; readonly team: number; readonly from: number }
  | { readonly week: number; readonly what: 'mentored'; readonly person: number; readonly mentor: number }
  | { readonly week: number; readonly what: 'socialised'; readonly person: number }
  | { readonly week: number; readonly what: 'stepped-down'; readonly person: number; readonly team: number; readonly into: number }
  | { readonly week: number; readonly what: 'help'; readonly helper: number; readonly receiver: number; readonly emotional: boolean; readonly offered: boolean }
  | { readonly week: number; readonly what: 'refusal'; readonly refuser: number; readonly asker: number }
  | { readonly week: number; readonly what: 'recognised'; readonly person: number; readonly leader: number }
  | { readonly week: number; readonly what: 'breach'; readonly team: number; readonly leader: number; readonly note?: string }
  | { readonly week: number; readonly what: 'voiced'; readonly person: number; readonly other: number; readonly heard: boolean }
  | { readonly week: number; readonly what: 'conflict'; readonly person: number; readonly other: number; readonly team: number }
  | { readonly week: number; readonly what: 'repair'; readonly person: number; readonly other: number; readonly team: number; readonly mediated: boolean }
  | { readonly week: number; readonly what: 'boundary'; readonly person: number; readonly other: number }
  | { readonly week: number; readonly what: 'withdrawal'; readonly person: number; readonly team: number; readonly burnt: boolean }
  | { readonly week: number; readonly what: 'burnout'; readonly person: number; readonly team: number }
  | { readonly week: number; readonly what: 'looking'; readonly person: number; readonly cause: QuitCause }
  | { readonly week: number; readonly what: 'colleague-left'; readonly person: number; readonly leaver: number }
  | {
      readonly week: number;
      readonly what: 'left';
      readonly person: number;
      readonly team: number;
      readonly cause: QuitCause;
      readonly voluntary: boolean;
      /** Close colleagues who felt the exit (trust in the leaver at least closeTieTrust). */
      readonly close: number;
      /** The exit interview gave a polite reason (the person did not feel safe to say the real one). */
      readonly polite: boolean;
    }
  | { readonly week: number; readonly what: 'hired'; readonly person: number; readonly team: number; readonly internal: boolean }
  | { readonly week: number; readonly what: 'apology'; readonly team: number; readonly leader: number; readonly changed: boolean; readonly note?: string }
  | { readonly week: number; readonly what: 'new-leader'; readonly team: number; readonly leader: number; readonly previous: number }
  | { readonly week: number; readonly what: 'policy'; readonly team?: number; readonly changes: readonly (readonly [string, number])[]; readonly note?: string; readonly adaptive?: boolean }
  | { readonly week: number; readonly what: 'crisis'; readonly team?: number; readonly multiplier: number; readonly weeks: number; readonly note?: string }
  | { readonly week: number; readonly what: 'layoffs'; readonly team: number; readonly count: number; readonly of: number; readonly note?: string }
  | { readonly week: number; readonly what: 'freeze'; readonly weeks: number; readonly note?: string }
  | { readonly week: number; readonly what: 'growth'; readonly team: number; readonly add: number; readonly delay: number; readonly note?: string }
  | { readonly week: number; readonly what: 'service-failure'; readonly honest: boolean; readonly note?: string }
  | { readonly week: number; readonly what: 'merger'; readonly team: number; readonly into: number };

export type HappeningKind = Happening['what'];

/** Moments kept per person: the first STORY_HEAD and the most recent rest. */
export const STORY_LIMIT = 40;
export const STORY_HEAD = 5;
/** Log records kept; beyond it the oldest are dropped in a block of a tenth. */
export const LOG_LIMIT = 20_000;

/** Where happenings are kept: a run's log and stories (either may be off). */
export interface HappeningStore {
  log: Happening[] | null;
  stories: Record<number, Happening[]> | null;
}

/** Adds a moment to person `id`'s story (no-op when stories are off, and in the warm-up). */
export function tell(s: HappeningStore, id: number, h: Happening): void {
  if (!s.stories || h.week < 1) return; // the warm-up before week 1 is not told
  let list = s.stories[id];
  if (!list) {
    list = [];
    s.stories[id] = list;
  }
  if (list.length >= STORY_LIMIT) list.splice(STORY_HEAD, 1);
  list.push(h);
}

/**
 * A burnout is told again (story and log) only when the person's last one was told at least this many weeks before:
 * energy that hovers at the threshold crosses it back and forth, and the log read "X is running on empty" every few
 * weeks for one long episode. Narration only: the burnout state and every metric are unchanged.
 */
export const BURNOUT_RETELL_WEEKS = 13;

/** Tells and records that person `id` burnt out, unless their last burnout was told within BURNOUT_RETELL_WEEKS. */
export function tellBurnout(s: HappeningStore, h: Extract<Happening, { what: 'burnout' }>): void {
  const story = s.stories?.[h.person];
  if (story) {
    for (let k = story.length - 1; k >= 0; k--) {
      const earlier = story[k];
      if (h.week - earlier.week >= BURNOUT_RETELL_WEEKS) break;
      if (earlier.what === 'burnout') return;
    }
  }
  tell(s, h.person, h);
  record(s, h);
}

/** Adds a record to the organisation's log (no-op when the run keeps none). */
export function record(s: HappeningStore, h: Happening): void {
  if (!s.log || h.week < 1) return; // nor logged
  if (s.log.length >= LOG_LIMIT) s.log.splice(0, LOG_LIMIT / 10);
  s.log.push(h);
}
