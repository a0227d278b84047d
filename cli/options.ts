/**
 * Command-line option parsing on node:util parseArgs, with every failure
 * turned into a UsageError that names the problem and the fix.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { availableParallelism } from 'node:os';
import { LIMITS } from '../sim/index.ts';
import { UsageError } from './errors.ts';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Upper bounds the CLI enforces before any work starts. */
export const CLI_LIMITS = {
  maxRuns: 100_000,
  maxThreads: 256,
  maxSweepPoints: 10_000,
  maxLevelsPerParam: 1_000,
  /** Runs in one job: runs × variants × sweep points. */
  maxUnits: 1_000_000,
} as const;

/** Parses `args` strictly against `options`; unknown flags and missing values become UsageErrors. */
export function parseCommandArgs<const T extends OptionSpec>(command: string, args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true as const, strict: true as const });
  } catch (error) {
    throw new UsageError(describeParseError(error, options), command);
  }
}

function describeParseError(error: unknown, options: OptionSpec): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const known = Object.keys(options)
      .map((k) => `--${k}`)
      .join(', ');
    return `unknown option ${flag ?? ''}; this command accepts ${known}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = flag?.replace(/^-+/, '');
    const spec = name ? options[name] : undefined;
    if (spec?.type === 'boolean') return `option ${flag} takes no value; write ${flag} alone`;
    return `option ${flag ?? ''} needs a value, e.g. ${flag ?? '--option'} 10 (a value starting with "-" must be written ${flag ?? '--option'}=-x)`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument: ${message}`;
  return message;
}

/** A whole number in [min, max], or a UsageError naming the option. */
export function integerOption(name: string, raw: string | undefined, min: number, max: number, why = ''): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim())) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  const value = Number(raw.trim());
  if (value < min || value > max) {
    const limit = value > max ? ` (the limit is ${max})` : '';
    throw new UsageError(`--${name} must be from ${min} to ${max}${why}, got ${value}${limit}`);
  }
  return value;
}

/** `--threads`: defaults to the number of cores. */
export function threadsOption(raw: string | undefined): number {
  return integerOption('threads', raw, 1, CLI_LIMITS.maxThreads) ?? availableParallelism();
}

/** `--runs`: defaults to `fallback`. */
export function runsOption(raw: string | undefined, fallback: number, min = 1): number {
  return integerOption('runs', raw, min, CLI_LIMITS.maxRuns) ?? fallback;
}

/** `--weeks`: at most the scenario schema's limit. */
export function weeksOption(raw: string | undefined): number | undefined {
  return integerOption('weeks', raw, 1, LIMITS.maxWeeks);
}

/** `--seed`: 0 to 2^32 − 1 like the scenario's seed. */
export function seedOption(raw: string | undefined): number | undefined {
  return integerOption('seed', raw, 0, 4294967295);
}

/** `--format`: one of `allowed`, the first being the default. */
export function formatOption<T extends string>(raw: string | undefined, allowed: readonly T[]): T {
  if (raw === undefined) return allowed[0];
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new UsageError(`--format must be ${allowed.join(' or ')}, got ${JSON.stringify(raw)}`);
}

/** Options every data command shares. */
export const COMMON_DATA_OPTIONS = {
  seed: { type: 'string' },
  runs: { type: 'string' },
  weeks: { type: 'string' },
  threads: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  shard: { type: 'string' },
  default: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;
