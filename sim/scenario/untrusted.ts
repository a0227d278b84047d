/**
 * Rules for untrusted scenario text that apply before the schema: a leading
 * byte-order mark, nesting depth (checked iteratively, before anything walks
 * the value recursively), and the characters a name or text may not contain.
 * The same rules run in the CLI, the editor, Load file and shared links,
 * because they all go through parseScenarioText.
 */

/** U+FEFF at the start of a text: a byte-order mark some editors write. */
export const BOM = '\uFEFF';

/** Deepest nesting of objects and lists a scenario may have; real scenarios need about 7. */
export const MAX_DEPTH = 32;

/**
 * Characters refused in names: C0 and C1 controls (ANSI escapes start with ESC or CSI), DEL, the line and paragraph
 * separators, and the bidirectional marks, embeddings, overrides and isolates that make text display in another order
 * than it is stored ("Trojan Source").
 */
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** The same in free text (descriptions, notes), which may hold line breaks and tabs. */
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** Why `value` may not be a name (or, with `text`, a free text), or undefined when it may. */
export function unsafeCharacterProblem(value: string, text = false): string | undefined {
  const match = (text ? UNSAFE_IN_TEXT : UNSAFE_IN_NAME).exec(value);
  if (!match) return undefined;
  const code = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const kind = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/.test(match[0]) ? 'a bidirectional-override character' : 'a control character';
  return `must not contain control, escape or bidirectional-override characters${text ? ' (line breaks and tabs are fine)' : ''}; found ${kind} (${code}) at position ${match.index + 1}`;
}

/** Text safe to print in a message or a terminal: the characters refused in names shown as \u escapes. */
export function printable(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Where JSON text first nests deeper than `maxDepth` (as an offset into the text), scanning brackets outside strings
 * without recursion; undefined when it does not.
 */
export function textTooDeep(text: string, maxDepth = MAX_DEPTH): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return undefined;
}

/** Whether a parsed value nests deeper than `maxDepth`, checked with an explicit stack (no recursion). */
export function valueTooDeep(value: unknown, maxDepth = MAX_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  let visited = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > maxDepth) return true;
    // A scenario within the file limit has far fewer nodes; a value built in memory could share subtrees endlessly.
    if (++visited > 10_000_000) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}
