/**
 * What the data commands (run, compare, sweep) share: the scenario, the seeds,
 * weeks, threads, output and shard options, read and checked once.
 */
import { LIMITS, type Scenario } from '../../sim/index.ts';
import { UsageError } from '../errors.ts';
import { CLI_LIMITS, integerOption, seedOption, threadsOption, weeksOption } from '../options.ts';
import { checkOut, type OutTarget } from '../output.ts';
import { scenarioFromArgs, type LoadedScenario } from '../scenarioInput.ts';
import { parseShardSpec, type ShardSpec } from '../jobs/shard.ts';
import { scenarioHash } from '../../sim/export/stamp.ts';
import { seedsFrom } from '../../sim/batch/plan.ts';

export interface DataOptions {
  readonly loaded: LoadedScenario;
  readonly scenarioHash: string;
  readonly seeds: number[];
  readonly weeks: number;
  readonly threads: number;
  readonly out?: OutTarget;
  readonly shard?: ShardSpec;
}

interface RawDataValues {
  seed?: string;
  runs?: string;
  weeks?: string;
  threads?: string;
  out?: string;
  force?: boolean;
  shard?: string;
  default?: boolean;
}

/** Reads the shared options; `defaultRuns` and `minRuns` differ per command. */
export async function readDataOptions(command: string, values: RawDataValues, positionals: readonly string[], defaultRuns: number, minRuns = 1): Promise<DataOptions> {
  // Cheap argument checks come before reading the scenario, so a typo is reported first.
  const why = minRuns > 1 ? ` (a confidence interval needs at least ${minRuns} runs)` : '';
  const runs = integerOption('runs', values.runs, minRuns, CLI_LIMITS.maxRuns, why) ?? defaultRuns;
  const seed = seedOption(values.seed);
  const weeks = weeksOption(values.weeks);
  const threads = threadsOption(values.threads);
  const shard = parseShardSpec(values.shard, command);
  const out = checkOut(command, values.out, values.force, values.default ? [] : positionals.slice(0, 1));
  const loaded = scenarioFromArgs(command, positionals, values.default);
  for (const notice of loaded.notices) process.stderr.write(`${loaded.source}: note: ${notice}\n`);
  const scenario: Scenario = loaded.scenario;
  if (scenario.game && command !== 'run') {
    throw new UsageError(`${command} does not take a classic-mode scenario (one with a "game" section) yet; use run`, command);
  }
  return {
    loaded,
    scenarioHash: await scenarioHash(scenario),
    seeds: seedsFrom(seed ?? scenario.seed, runs),
    weeks: Math.min(weeks ?? scenario.weeks, LIMITS.maxWeeks),
    threads,
    out,
    shard,
  };
}

/** Refuses jobs above the unit limit with the numbers and the fix. */
export function checkUnitLimit(command: string, units: number, what: string): void {
  if (units > CLI_LIMITS.maxUnits) {
    throw new UsageError(`${command} would do ${units} runs (${what}); the limit is ${CLI_LIMITS.maxUnits} per job (use fewer runs or points, or --shard)`, command);
  }
}

/** Help lines for the shared options. */
export const DATA_OPTIONS_HELP = `  --default          use the built-in default scenario instead of a file
  --seed N           seed of run 0 (default: the scenario's seed); run r uses N + r (mod 2^32)
  --runs R           number of runs (seeds)
  --weeks W          weeks per run (default: the scenario's weeks)
  --threads T        worker threads (default: the number of cores); output is identical for any T
  --out FILE         write to FILE instead of stdout (complete or not at all: a temporary file
                     is renamed when the output is complete)
  --force            replace FILE if it exists (without it, an existing FILE is an error)
  --shard i/n        run only shard i of n (0-based) and write a shard file for \`merge\`
  -h, --help         show this help`;

/** Parquet is binary: refused to a terminal (use --out), fine to a file or a pipe. */
export function checkBinaryOutput(command: string, format: string, out: OutTarget | undefined): void {
  if (format === 'parquet' && !out && process.stdout.isTTY) {
    throw new UsageError('--format parquet writes a binary file: give --out FILE.parquet (or pipe the output into a program)', command);
  }
}

/** Help line of --summary (run and sweep). */
export const SUMMARY_HELP = `  --summary          one row per run and team instead of weekly rows: the final-quarter mean of
                     every metric and run totals of the weekly counts (<count>_total)`;
