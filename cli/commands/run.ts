/** `run <scenario>`: R runs of one variant, as tidy CSV or stamped JSON. */
import { ENGINE_VERSION } from '../../sim/index.ts';
import { EXIT_OK } from '../errors.ts';
import { executeJob } from '../jobs/execute.ts';
import { runJob, type RunSpec } from '../jobs/runJob.ts';
import { COMMON_DATA_OPTIONS, formatOption, parseCommandArgs } from '../options.ts';
import { DATA_OPTIONS_HELP, SUMMARY_HELP, checkBinaryOutput, checkUnitLimit, readDataOptions } from './dataOptions.ts';
import { scenarioForVariant } from './variant.ts';

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
${DATA_OPTIONS_HELP}

Examples:
  reciprocity-lab run scenarios/healthy-team.json --runs 20 --out runs.csv
  reciprocity-lab run --default --variant "recognition drought" --weeks 52 --format json
  reciprocity-lab run scenarios/healthy-team.json --runs 100 --summary --format parquet --out outcomes.parquet
`;

export async function runCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('run', args, { ...COMMON_DATA_OPTIONS, variant: { type: 'string' }, summary: { type: 'boolean' } });
  if (values.help) {
    process.stdout.write(runHelp);
    return EXIT_OK;
  }
  const format = formatOption(values.format, ['csv', 'json', 'parquet'] as const);
  const options = readDataOptions('run', values, positionals, 1);
  checkBinaryOutput('run', format, options.out);
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
  await executeJob(runJob(spec, scenario), options);
  return EXIT_OK;
}
