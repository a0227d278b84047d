/** The published JSON Schema of scenario files, generated from the zod schema (one source of truth). */
import { z } from 'zod';
import { scenarioSchema, SCHEMA_VERSION } from './schema.ts';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: `https://reciprocity-lab.invalid/scenario.schema.v${SCHEMA_VERSION}.json`,
    title: 'Reciprocity Lab scenario',
  };
}

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
