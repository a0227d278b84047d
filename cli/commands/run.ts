/** `run <scenario>`: R runs of one variant, as tidy CSV or stamped JSON. */
import { ENGINE_VERSION } from '../../sim/index.ts';
import { EXIT_OK } from '../errors.ts';
import { executeJob } from '../jobs/execute.ts';
import { DEFAULT_CHECKPOINT_WEEKS, checkCheckpointDir, executeWithCheckpoint } from '../checkpoint.ts';
import { UsageError } from '../errors.ts';
import { LIMITS } from '../../sim/index.ts';
import { runJob, type RunSpec } from '../jobs/runJob.ts';
import { COMMON_DATA_OPTIONS, formatOption, integerOption, parseCommandArgs } from '../options.ts';
import { DATA_OPTIONS_HELP, SUMMARY_HELP, checkBinaryOutput, checkUnitLimit, readDataOptions } from './dataOptions.ts';
import { scenarioForVariant } from './variant.ts';
import { GAME_RUN_HELP, runGameScenario } from './runGame.ts';

export const runHelp = `usage: reciprocity-lab run <scenario.json | --default> [options]

Runs the scenario R times on seeds N, N+1, … and writes tidy rows: one row per
run, week and team (plus the whole organisation as team "org"), columns
run, variant, seed, week, team, then one column per metric.

Options:
  --variant NAME     the variant to run (default: baseline)
  --format csv|json|parquet
                     csv (default), JSON {stamp, columns, rows}, or Parquet (typed columns,
                     needs --out or a pipe); the stamp holds engineVersion, scenarioHash
                     (sha-256 of what the engine reads of the scenario), seeds, variant, weeks
${SUMMARY_HELP}
  --checkpoint DIR   save the run in progress to the folder DIR every --checkpoint-every
                     weeks and each finished run, so a stopped command resumes when run
                     again; runs go one at a time in this process; DIR is removed when the
                     output is complete
  --checkpoint-every W
                     weeks between saves of the run in progress (default ${DEFAULT_CHECKPOINT_WEEKS})
${DATA_OPTIONS_HELP}

${GAME_RUN_HELP}

Examples:
  reciprocity-lab run scenarios/healthy-team.json --runs 20 --out runs.csv
  reciprocity-lab run --default --variant "recognition drought" --weeks 52 --format json
  reciprocity-lab run scenarios/healthy-team.json --runs 100 --summary --format parquet --out outcomes.parquet
  reciprocity-lab run big.json --weeks 1040 --checkpoint big.ckpt --out big.csv   # again after a stop: resumes
  reciprocity-lab run scenarios/classic/trust-evolution.json --runs 10 --out shares.csv
`;

export async function runCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('run', args, {
    ...COMMON_DATA_OPTIONS,
    variant: { type: 'string' },
    summary: { type: 'boolean' },
    checkpoint: { type: 'string' },
    'checkpoint-every': { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(runHelp);
    return EXIT_OK;
  }
  const format = formatOption(values.format, ['csv', 'json', 'parquet'] as const);
  const every = integerOption('checkpoint-every', values['checkpoint-every'], 1, LIMITS.maxWeeks) ?? DEFAULT_CHECKPOINT_WEEKS;
  if (values['checkpoint-every'] !== undefined && values.checkpoint === undefined) throw new UsageError('--checkpoint-every needs --checkpoint DIR', 'run');
  if (values.checkpoint !== undefined) {
    if (values.shard !== undefined) throw new UsageError('use --checkpoint or --shard, not both (a shard is already a unit to re-run)', 'run');
    if (values.threads !== undefined && values.threads.trim() !== '1') {
      throw new UsageError('--checkpoint runs one run at a time in this process; leave out --threads (spread many runs over machines with --shard instead)', 'run');
    }
  }
  const checkpointDir = values.checkpoint === undefined ? undefined : checkCheckpointDir(values.checkpoint);
  const options = await readDataOptions('run', values, positionals, 1);
  checkBinaryOutput('run', format, options.out);
  if (options.loaded.scenario.game) {
    if (format === 'parquet' || values.summary || checkpointDir) {
      throw new UsageError('a classic game (a scenario with "game") writes CSV or JSON, one row per generation and strategy; --format parquet, --summary and --checkpoint are for workplace runs', 'run');
    }
    return runGameScenario(options.loaded.scenario, options, format, values);
  }
  const variant = values.variant ?? 'baseline';
  const scenario = scenarioForVariant('run', options.loaded.scenario, variant, options.loaded.source);
  checkUnitLimit('run', options.seeds.length, `${options.seeds.length} runs`);
  const spec: RunSpec = {
    command: 'run',
    engineVersion: ENGINE_VERSION,
    scenarioHash: options.scenarioHash,
    format,
    variant,
    seeds: options.seeds,
    weeks: options.weeks,
    ...(values.summary ? { summary: true } : {}),
  };
  const job = runJob(spec, scenario);
  if (checkpointDir) await executeWithCheckpoint(job, { out: options.out, checkpoint: { dir: checkpointDir, shown: values.checkpoint!, every } });
  else await executeJob(job, options);
  return EXIT_OK;
}
