/**
 * Limits of scenario files, checked before any work starts (docs/quality.md,
 * "Bad input"), and the two kinds of text a scenario holds (names and free
 * text), in a module of their own so the schema's parts (schema.ts, guide.ts)
 * share them without importing each other.
 */
import { z } from 'zod';
import { MAX_DEPTH, unsafeCharacterProblem } from './untrusted.ts';

export const LIMITS = {
  maxFileBytes: 5 * 1024 * 1024,
  maxPeople: 100_000,
  maxWeeks: 1040,
  maxWarmupWeeks: 520,
  maxEvents: 1000,
  maxTeams: 1000,
  maxVariants: 50,
  maxNameLength: 120,
  maxTextLength: 4000,
  /** Deepest nesting of objects and lists (real scenarios need about 7). */
  maxDepth: MAX_DEPTH,
} as const;

/** Refuses control, escape and bidirectional-override characters (they would reach terminals, CSV cells and the page). */
const safe = (text: boolean) => (value: string, ctx: z.core.$RefinementCtx<string>) => {
  const problem = unsafeCharacterProblem(value, text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

/** A name: one line, 1 to maxNameLength characters. */
export const nameField = (what: string) => z.string().min(1).max(LIMITS.maxNameLength).superRefine(safe(false)).describe(what);
/** Free text (line breaks allowed), at most maxTextLength characters; `required` refuses an empty text. */
export const textField = (what: string, required = false) =>
  (required ? z.string().min(1) : z.string()).max(LIMITS.maxTextLength).superRefine(safe(true)).describe(what);
