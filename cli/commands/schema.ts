/** `schema`: prints the JSON Schema of scenario files. */
import { scenarioJsonSchemaText } from '../../sim/scenario/jsonSchema.ts';
import { EXIT_OK } from '../errors.ts';
import { parseCommandArgs } from '../options.ts';
import { OUT_OPTIONS, checkOut, openOutput, writeWhole } from '../output.ts';
import { UsageError } from '../errors.ts';

export const schemaHelp = `usage: reciprocity-lab schema [--out FILE [--force]]

Prints the JSON Schema (draft 2020-12) of scenario files, the one editors use
for completion and checking (also in scenarios/scenario.schema.json).

Example:
  reciprocity-lab schema --out scenario.schema.json
`;

export async function schemaCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('schema', args, { ...OUT_OPTIONS, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    process.stdout.write(schemaHelp);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(`schema takes no arguments, got ${positionals.join(' ')}`, 'schema');
  const target = checkOut('schema', values.out, values.force);
  await writeWhole(openOutput(target), (output) => output.write(scenarioJsonSchemaText()));
  return EXIT_OK;
}
