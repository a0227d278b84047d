/** `run <scenario>`: R runs of one variant, as tidy CSV or stamped JSON. */
import { ENGINE_VERSION } from '../../sim/index.ts';
import { EXIT_OK } from '../errors.ts';
import { executeJob } from '../jobs/execute.ts';
import { runJob, type RunSpec } from '../jobs/runJob.ts';
import { COMMON_DATA_OPTIONS, formatOption, parseCommandArgs } from '../options.ts';
import { DATA_OPTIONS_HELP, checkUnitLimit, readDataOptions } from './dataOptions.ts';
import { scenarioForVariant } from './variant.ts';
import { GAME_RUN_HELP, runGameScenario } from './runGame.ts';

export const runHelp = `usage: reciprocity-lab run <scenario.json | --default> [options]

Runs the scenario R times on seeds N, N+1, … and writes tidy rows: one row per
run, week and team (plus the whole organisation as team "org"), columns
run, variant, seed, week, team, then one column per metric.

Options:
  --variant NAME     the variant to run (default: baseline)
  --format csv|json  csv (default), or JSON {stamp, columns, rows}; the stamp holds
                     engineVersion, scenarioHash (sha-256 of the canonical scenario), seeds, variant, weeks
${DATA_OPTIONS_HELP}

${GAME_RUN_HELP}

Examples:
  reciprocity-lab run scenarios/healthy-team.json --runs 20 --out runs.csv
  reciprocity-lab run --default --variant "recognition drought" --weeks 52 --format json
  reciprocity-lab run scenarios/classic/trust-evolution.json --runs 10 --out shares.csv
`;

export async function runCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('run', args, { ...COMMON_DATA_OPTIONS, variant: { type: 'string' } });
  if (values.help) {
    process.stdout.write(runHelp);
    return EXIT_OK;
  }
  const format = formatOption(values.format, ['csv', 'json'] as const);
  const options = readDataOptions('run', values, positionals, 1);
  if (options.loaded.scenario.game) return runGameScenario(options.loaded.scenario, options, format, values);
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
  };
  await executeJob(runJob(spec, scenario), options);
  return EXIT_OK;
}
