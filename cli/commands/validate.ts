/**
 * `validate <files…>`: checks scenario files. Every line goes to stdout, in
 * file order: `file: ok`, `file: note: …` for a migration, or
 * `file: path: message` for each problem. Exit 0 when all are valid, else 2.
 */
import { formatProblems, parseScenarioText } from '../../sim/index.ts';
import { EXIT_OK, EXIT_USAGE, UsageError } from '../errors.ts';
import { parseCommandArgs } from '../options.ts';
import { readTextFile } from '../scenarioInput.ts';

export const validateHelp = `usage: reciprocity-lab validate <scenario.json>…

Checks each scenario file against the published schema and the cross-field
rules. Prints to stdout, one line each, in file order:
  <file>: ok                    the file is valid
  <file>: note: <text>          it was read with a change: migrated from an older format
                                version, or a byte-order mark ignored
  <file>: <path>: <message>     a problem (all problems are listed)
Exit status: 0 when every file is valid, 2 otherwise.

Example:
  reciprocity-lab validate scenarios/*.json
`;

export async function validateCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', args, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    process.stdout.write(validateHelp);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('give at least one scenario file, e.g. validate scenarios/healthy-team.json', 'validate');
  let failed = false;
  const lines: string[] = [];
  for (const file of positionals) {
    const read = readTextFile(file);
    if (!read.ok) {
      failed = true;
      lines.push(`${file}: (file): ${read.reason}`);
      continue;
    }
    const parsed = parseScenarioText(read.text);
    if (parsed.ok) {
      lines.push(`${file}: ok`, ...parsed.notices.map((n) => `${file}: note: ${n}`));
    } else {
      failed = true;
      lines.push(formatProblems(parsed.problems, file));
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return failed ? EXIT_USAGE : EXIT_OK;
}
