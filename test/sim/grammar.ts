/**
 * A small grammar check for the sentences the engine writes (log lines and
 * story entries): what a room reading them off a projector would trip over.
 */

/** Lever and event keys as written in scenario files (camelCase): never shown to people. */
const INTERNAL_NAME = /\b[a-z]+[A-Z][A-Za-z]*\b/;

/** What is wrong with a sentence (empty when nothing is). */
export function grammarProblems(text: string): string[] {
  const problems: string[] = [];
  if (!/^["“‘(]?[A-Z0-9]/.test(text)) problems.push('does not start with a capital letter');
  if (!/[.!?]["”’)]?$/.test(text)) problems.push('does not end with a full stop');
  const doubled = /\b(\w+)\s+\1\b/i.exec(text);
  if (doubled) problems.push(`doubled word “${doubled[0]}”`);
  // "The exit interview names never felt they belonged": a verb phrase where a noun phrase belongs.
  if (/\bnames (never|lost|followed|walked|left|laid)\b/i.test(text)) problems.push('“names” followed by a verb phrase');
  if (/\b[A-Z][\w’'-]* (laid off|left \(key person\))[.;]/.test(text)) problems.push('a cause written as if it were a verb');
  const internal = INTERNAL_NAME.exec(text);
  if (internal) problems.push(`internal name “${internal[0]}”`);
  if (/\s[.,;:]/.test(text)) problems.push('a space before punctuation');
  if (/ {2}/.test(text)) problems.push('two spaces in a row');
  if (/\.\./.test(text.replace(/…/g, ''))) problems.push('two full stops');
  if (/\b(undefined|null|NaN)\b/.test(text)) problems.push('a missing value printed');
  if (/(?<!\b[A-Z])[.!?] [a-z]/.test(text)) problems.push('a sentence that starts in lower case');
  return problems;
}
