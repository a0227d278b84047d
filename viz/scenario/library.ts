/**
 * The library of scenarios shipped in scenarios/*.json (others add files
 * there; every one appears in the picker). The picker's list (name,
 * description, variants) is read from the files when the app is built
 * (library-index.ts, through vite.config.ts); a scenario's text is fetched
 * only when it is opened, and kept raw so the editor shows the file as
 * written. Validation happens in a worker when a scenario is opened, on both
 * pages.
 */
import index from 'virtual:library-index';
import type { LibraryIndexEntry } from './library-index.ts';

const texts = import.meta.glob(['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'], { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

export interface LibraryScenario extends LibraryIndexEntry {
  /** The file's text, as written (fetched the first time it is asked for). */
  load(): Promise<string>;
}

/** The scenario the app opens on. */
export const DEFAULT_SCENARIO_FILE = 'healthy-team.json';

/** Every library scenario, the default first, then by name. */
export function libraryScenarios(): LibraryScenario[] {
  const list = index
    .filter((entry) => texts[`../../scenarios/${entry.file}`] !== undefined)
    .map((entry) => ({ ...entry, load: () => texts[`../../scenarios/${entry.file}`]() }));
  return list.sort((a, b) => (a.file === DEFAULT_SCENARIO_FILE ? -1 : b.file === DEFAULT_SCENARIO_FILE ? 1 : a.name.localeCompare(b.name)));
}

/** The library file with this exact name, or undefined (never a path: `../` cannot reach anything). */
export function libraryFile(file: string): LibraryScenario | undefined {
  return libraryScenarios().find((s) => s.file === file);
}
