/**
 * Plain-language records: the organisation's log and each person's story.
 * Stories keep notable moments only and are bounded per person (the first few
 * and the most recent), so memory grows with people, never with weeks. The log
 * is bounded too (oldest lines dropped first) for very long, very large runs.
 */
import type { LogEntry, StoryEntry, StoryKind } from '../types.ts';
import { generatedName } from './names.ts';
import type { EngineState } from './state.ts';

/** Stories kept per person: the first STORY_HEAD and the most recent rest. */
export const STORY_LIMIT = 40;
const STORY_HEAD = 5;
/** Log lines kept; beyond it the oldest are dropped in a block. */
export const LOG_LIMIT = 20_000;

/** Display name of a person id. */
export function nameOf(s: EngineState, id: number): string {
  return s.customNames[id] ?? generatedName(id);
}

/** Appends a story entry for person `id` (no-op when stories are off). */
export function tell(s: EngineState, id: number, kind: StoryKind, text: string, otherId?: number): void {
  if (!s.stories) return;
  let list = s.stories[id];
  if (!list) {
    list = [];
    s.stories[id] = list;
  }
  const entry: StoryEntry = otherId === undefined ? { week: s.week, kind, text } : { week: s.week, kind, otherId, text };
  if (list.length >= STORY_LIMIT) list.splice(STORY_HEAD, 1);
  list.push(entry);
}

/** Appends a line to the organisation's log (no-op when the run keeps none). */
export function record(s: EngineState, entry: LogEntry): void {
  if (!s.log) return;
  if (s.log.length >= LOG_LIMIT) s.log.splice(0, LOG_LIMIT / 10);
  s.log.push(entry);
}

/** "one", "two" ... for small counts in plain sentences. */
export function countWord(n: number): string {
  const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  return n < words.length ? words[n] : String(n);
}
