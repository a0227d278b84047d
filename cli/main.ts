/**
 * The CLI's dispatcher and its one error handler: usage errors and bad inputs
 * exit 2 with a message naming the fix, anything unexpected exits 1 with a
 * single `error: …` line (set RECIPROCITY_LAB_DEBUG=1 for the stack).
 */
import { ENGINE_VERSION } from '../sim/index.ts';
import { compareCommand, compareHelp } from './commands/compare.ts';
import { mergeCommand, mergeHelp } from './commands/merge.ts';
import { runCommand, runHelp } from './commands/run.ts';
import { schemaCommand, schemaHelp } from './commands/schema.ts';
import { sensitivityCommand, sensitivityHelp } from './commands/sensitivity.ts';
import { sweepCommand, sweepHelp } from './commands/sweep.ts';
import { validateCommand, validateHelp } from './commands/validate.ts';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, InputError, UsageError } from './errors.ts';

const COMMANDS: Record<string, { run: (args: readonly string[]) => Promise<number>; help: string; summary: string }> = {
  validate: { run: validateCommand, help: validateHelp, summary: 'check scenario files against the schema' },
  run: { run: runCommand, help: runHelp, summary: 'run a scenario R times and write tidy rows (CSV or JSON)' },
  compare: { run: compareCommand, help: compareHelp, summary: 'compare every variant with baseline on the same seeds (95% CIs)' },
  sweep: { run: sweepCommand, help: sweepHelp, summary: 'full-factorial parameter sweep, tidy rows per point' },
  sensitivity: { run: sensitivityCommand, help: sensitivityHelp, summary: 'Morris screening: which model parameters move morale, turnover, trust, helping' },
  merge: { run: mergeCommand, help: mergeHelp, summary: 'reassemble the shard files of a --shard i/n job' },
  schema: { run: schemaCommand, help: schemaHelp, summary: 'print the JSON Schema of scenario files' },
};

export const generalHelp = `usage: reciprocity-lab <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(Math.max(...Object.keys(COMMANDS).map((n) => n.length)))} ${c.summary}`)
  .join('\n')}

Run \`reciprocity-lab <command> --help\` for a command's options and examples.
Data goes to stdout (or --out FILE); messages and progress go to stderr.
Exit status: 0 success, 2 bad arguments or invalid input, 1 unexpected failure.
`;

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  quietOnClosedPipe();
  try {
    const [command, ...rest] = argv;
    if (command === undefined) {
      process.stderr.write(generalHelp);
      return EXIT_USAGE;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(rest[0] && COMMANDS[rest[0]] ? COMMANDS[rest[0]].help : generalHelp);
      return EXIT_OK;
    }
    if (command === '--version') {
      process.stdout.write(`engine ${ENGINE_VERSION}\n`);
      return EXIT_OK;
    }
    const entry = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!entry) throw new UsageError(`unknown command ${JSON.stringify(command)}; commands: ${Object.keys(COMMANDS).join(', ')}`);
    try {
      return await entry.run(rest);
    } catch (error) {
      // An option checked outside the command's own code (--runs, --format, …) still gets that command's usage line.
      if (error instanceof UsageError && !error.command) throw new UsageError(error.message, command);
      throw error;
    }
  } catch (error) {
    return report(error);
  }
}

function report(error: unknown): number {
  if (error instanceof UsageError) {
    const usage = error.command ? COMMANDS[error.command].help.split('\n')[0] : 'usage: reciprocity-lab <command> [options]';
    const more = error.command ? `reciprocity-lab ${error.command} --help` : 'reciprocity-lab --help';
    process.stderr.write(`error: ${error.message}\n${usage}\n(see \`${more}\`)\n`);
    return EXIT_USAGE;
  }
  if (error instanceof InputError) {
    process.stderr.write(`${error.lines.join('\n')}\n`);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: ${message}\n`);
  if (process.env.RECIPROCITY_LAB_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return EXIT_FAILURE;
}

/** `reciprocity-lab run … | head` closes stdout early: stop quietly instead of crashing with EPIPE. */
let pipeGuarded = false;
function quietOnClosedPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    throw error;
  });
}
