/**
 * Errors that reach a person. A UsageError is a bad command line (exit 2, with
 * a pointer to --help); an InputError is a bad input file or shard (exit 2,
 * its lines printed as they are). Anything else is a bug (exit 1, one line).
 */

/** The command line is wrong; the message names the problem and the fix. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose --help to suggest, if any. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An input (scenario file, shard file) is wrong; `lines` are printed verbatim. */
export class InputError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
    this.name = 'InputError';
  }
}

/** Exit codes of the CLI. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
