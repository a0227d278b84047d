/** Narration: what happened in a run, in words (the engine records typed happenings; these modules word them). */
export { generatedName } from './names.ts';
export { CAUSE_TEXT, countWord, logEntry, logText, storyEntry, storyKind, storyText, type NarrationContext } from './words.ts';
export type { Happening, HappeningKind } from './happenings.ts';
