/**
 * The library of scenarios shipped in scenarios/*.json (others add files
 * there; every one appears in the picker). The text is kept raw so the editor
 * shows the file as written; only the name and description are read here,
 * for display. Validation happens in a worker when a scenario is opened, on
 * both pages.
 */

const files = import.meta.glob(['../../scenarios/*.json', '!../../scenarios/scenario.schema.json'], { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

export interface LibraryScenario {
  /** File name without folder, e.g. `healthy-team.json`. */
  readonly file: string;
  readonly name: string;
  readonly description: string;
  readonly text: string;
  /** The scenario's named variants, for the picker. */
  readonly variants: readonly { readonly name: string; readonly description: string }[];
}

/** The scenario the app opens on. */
export const DEFAULT_SCENARIO_FILE = 'healthy-team.json';

function displayField(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value : fallback;
}

/** Every library scenario, the default first, then by name. */
export function libraryScenarios(): LibraryScenario[] {
  const list: LibraryScenario[] = [];
  for (const [path, text] of Object.entries(files)) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    if (file === 'scenario.schema.json') continue;
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
    list.push({ file, name, description, text, variants });
  }
  return list.sort((a, b) => (a.file === DEFAULT_SCENARIO_FILE ? -1 : b.file === DEFAULT_SCENARIO_FILE ? 1 : a.name.localeCompare(b.name)));
}

/** The library file with this exact name, or undefined (never a path: `../` cannot reach anything). */
export function libraryFile(file: string): LibraryScenario | undefined {
  return libraryScenarios().find((s) => s.file === file);
}
