/**
 * Scenario format versions and their migrations, in one place (after tldraw's
 * schema records). Each migration takes the raw object of version N and returns
 * version N + 1, with a notice the user sees. Versions newer than this release
 * are refused with a clear message, never misread.
 */
import { RETIRED_PARAMETERS } from '../parameters.ts';
import { SCHEMA_VERSION } from './schema.ts';
import type { ScenarioProblem } from './parse.ts';

interface Migration {
  readonly from: number;
  readonly describe: string;
  /** Returns version N + 1; may add notices of its own (what it dropped, and why). */
  readonly apply: (value: Record<string, unknown>, notices: string[]) => Record<string, unknown>;
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

/** A copy of a `model` object without the parameters engine 2 retired. */
function withoutRetired(model: unknown, dropped: Set<string>): unknown {
  if (!model || typeof model !== 'object' || Array.isArray(model)) return model;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(model)) {
    if (Object.prototype.hasOwnProperty.call(RETIRED_PARAMETERS, key)) dropped.add(key);
    else out[key] = (model as Record<string, unknown>)[key];
  }
  return out;
}

/** Version 1 → 2 (engine 2): retired model parameters are dropped, each named in the notice. */
function toVersion2(value: Record<string, unknown>): { value: Record<string, unknown>; dropped: string[] } {
  const dropped = new Set<string>();
  const out: Record<string, unknown> = { ...value, schemaVersion: 2 };
  if ('model' in value) out.model = withoutRetired(value.model, dropped);
  if (Array.isArray(value.variants)) {
    out.variants = value.variants.map((v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) && 'model' in v ? { ...(v as Record<string, unknown>), model: withoutRetired((v as Record<string, unknown>).model, dropped) } : v,
    );
  }
  return { value: out, dropped: [...dropped] };
}

export const MIGRATIONS: readonly Migration[] = [
  {
    // Version 0 was the pre-release draft format: `duration` and `policies`.
    from: 0,
    describe: 'renamed "duration" to "weeks" and "policies" to "policy"',
    apply: (value) => ({ ...renameKeys(value, { duration: 'weeks', policies: 'policy' }), schemaVersion: 1 }),
  },
  {
    from: 1,
    describe: 'engine 2 reads it: the organisation now runs warmupWeeks (default 52) before week 1, and results differ from engine 1',
    apply: (value, notices) => {
      const migrated = toVersion2(value);
      for (const key of migrated.dropped) notices.push(`model.${key} was dropped: ${RETIRED_PARAMETERS[key]}`);
      return migrated.value;
    },
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
    notices.push(`schemaVersion ${v} migrated to ${v + 1}: ${migration.describe}`);
    current = migration.apply(current, notices);
  }
  return { ok: true, value: current, notices };
}
