/**
 * Scenario format versions and their migrations, in one place (after tldraw's
 * schema records). Each migration takes the raw object of version N and returns
 * version N + 1, with a notice the user sees. Versions newer than this release
 * are refused with a clear message, never misread.
 */
import { SCHEMA_VERSION } from './schema.ts';
import type { ScenarioProblem } from './parse.ts';

interface Migration {
  readonly from: number;
  readonly describe: string;
  readonly apply: (value: Record<string, unknown>) => Record<string, unknown>;
}

/** Copies own keys into a fresh object, renaming some. Never merges. */
function renameKeys(value: Record<string, unknown>, renames: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const target = Object.prototype.hasOwnProperty.call(renames, key) ? renames[key] : key;
    out[target] = value[key];
  }
  return out;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    // Version 0 was the pre-release draft format: `duration` and `policies`.
    from: 0,
    describe: 'renamed "duration" to "weeks" and "policies" to "policy"',
    apply: (value) => ({ ...renameKeys(value, { duration: 'weeks', policies: 'policy' }), schemaVersion: 1 }),
  },
];

export type MigrationResult =
  | { ok: true; value: Record<string, unknown>; notices: string[] }
  | { ok: false; problems: ScenarioProblem[] };

export function migrateScenario(value: Record<string, unknown>): MigrationResult {
  const version = value.schemaVersion;
  if (version === undefined) {
    return {
      ok: false,
      problems: [{ path: 'schemaVersion', message: `is required; add "schemaVersion": ${SCHEMA_VERSION} at the top of the file` }],
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      ok: false,
      problems: [{ path: 'schemaVersion', message: `must be a whole number such as ${SCHEMA_VERSION}, got ${JSON.stringify(version)}` }],
    };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: 'schemaVersion',
          message: `version ${version} is newer than this release of Reciprocity Lab reads (${SCHEMA_VERSION}); update Reciprocity Lab`,
        },
      ],
    };
  }
  let current = value;
  const notices: string[] = [];
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const migration = MIGRATIONS.find((m) => m.from === v);
    if (!migration) {
      return { ok: false, problems: [{ path: 'schemaVersion', message: `version ${v} can no longer be read; re-create the scenario` }] };
    }
    current = migration.apply(current);
    notices.push(`schemaVersion ${v} migrated to ${v + 1}: ${migration.describe}`);
  }
  return { ok: true, value: current, notices };
}
