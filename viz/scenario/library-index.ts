/**
 * What the scenario picker shows of a library file (its name, description and
 * named variants), read from the file's text. The build reads every file in
 * scenarios/ through this (vite.config.ts, `virtual:library-index`), so a page
 * carries the picker's list at first load and fetches a scenario's text only
 * when it is opened. Pure: no DOM, no Node.
 */

export interface LibraryIndexEntry {
  /** File name without folder, e.g. `healthy-team.json`. */
  readonly file: string;
  readonly name: string;
  readonly description: string;
  /** The scenario's named variants, for the picker. */
  readonly variants: readonly { readonly name: string; readonly description: string }[];
}

function displayField(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value : fallback;
}

/** The picker's entry for a library file's text (a file that is not JSON is listed, and says so). */
export function describeLibraryText(file: string, text: string): LibraryIndexEntry {
  let name = file;
  let description = '';
  const variants: { name: string; description: string }[] = [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') {
      const fields = parsed as Record<string, unknown>;
      name = displayField(fields.name, file);
      description = displayField(fields.description, '');
      for (const variant of Array.isArray(fields.variants) ? fields.variants : []) {
        const v = variant as Record<string, unknown> | null;
        if (v && typeof v.name === 'string') variants.push({ name: v.name, description: displayField(v.description, '') });
      }
    }
  } catch {
    description = 'This file is not valid JSON; open it to see the problem.';
  }
  return { file, name, description, variants };
}
