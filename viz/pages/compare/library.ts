/**
 * The scenario library (scenarios/*.json) as raw text, for `?scenario=<file>`
 * and the picker. Validation happens when a scenario is opened.
 */
const files = import.meta.glob('../../../scenarios/*.json', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

export const DEFAULT_SCENARIO_FILE = 'healthy-team.json';

export interface LibraryEntry {
  readonly file: string;
  readonly name: string;
  readonly text: string;
}

/** Every library scenario (the schema excluded), the default first. */
export function libraryEntries(): LibraryEntry[] {
  const entries: LibraryEntry[] = [];
  for (const [path, text] of Object.entries(files)) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    if (file === 'scenario.schema.json') continue;
    let name = file;
    try {
      const parsed: unknown = JSON.parse(text);
      const n = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>).name : undefined;
      if (typeof n === 'string' && n.trim() !== '') name = n;
    } catch {
      // Shown by name; opening it reports the JSON problem.
    }
    entries.push({ file, name, text });
  }
  return entries.sort((a, b) => (a.file === DEFAULT_SCENARIO_FILE ? -1 : b.file === DEFAULT_SCENARIO_FILE ? 1 : a.name.localeCompare(b.name)));
}

/** The library file with this exact name, or undefined (never a path: `../` cannot reach anything). */
export function libraryFile(file: string): LibraryEntry | undefined {
  return libraryEntries().find((e) => e.file === file);
}
