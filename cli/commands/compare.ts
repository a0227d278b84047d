/** `compare <scenario>`: baseline and every variant on the same seeds, with t-based 95% CIs. */
import { ENGINE_VERSION, METRIC_KEYS, variantNames } from '../../sim/index.ts';
import { EXIT_OK } from '../errors.ts';
import { compareJob, type CompareSpec } from '../jobs/compareJob.ts';
import { executeJob } from '../jobs/execute.ts';
import { COMMON_DATA_OPTIONS, formatOption, parseCommandArgs } from '../options.ts';
import { DATA_OPTIONS_HELP, checkBinaryOutput, checkUnitLimit, readDataOptions } from './dataOptions.ts';
import { scenarioForVariant } from './variant.ts';

export const compareHelp = `usage: reciprocity-lab compare <scenario.json | --default> [options]

Runs baseline and every variant of the scenario on the same seeds (common
random numbers). For each variant and metric it reports the mean over runs of
the final-quarter value (the mean over the last ceil(weeks/4) weeks of the
organisation row) with a t-based 95% CI, and the paired difference from
baseline with its 95% CI. A variant identical to baseline gives exactly 0.

Options:
  --format table|json|parquet
                       an aligned table of key metrics (default; * marks a difference
                       whose CI excludes zero), JSON with every metric:
                       {runs, seeds, engineVersion, variants, differences, stamp}, or Parquet:
                       one row per variant and metric (needs --out or a pipe)
  --sensitivity        also rank variants by how far they move morale_mean and
                       turnover_annualised (appended to the table, or a "sensitivity" field)
${DATA_OPTIONS_HELP.replace('number of runs (seeds)', 'number of runs per variant (default 20, at least 2)')}

Examples:
  reciprocity-lab compare scenarios/healthy-team.json --runs 50
  reciprocity-lab compare --default --runs 100 --format json --out compare.json
`;

export async function compareCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('compare', args, { ...COMMON_DATA_OPTIONS, sensitivity: { type: 'boolean' } });
  if (values.help) {
    process.stdout.write(compareHelp);
    return EXIT_OK;
  }
  const format = formatOption(values.format, ['table', 'json', 'parquet'] as const);
  // A confidence interval needs at least two runs.
  const options = await readDataOptions('compare', values, positionals, 20, 2);
  checkBinaryOutput('compare', format, options.out);
  const { scenario, source } = options.loaded;
  const names = variantNames(scenario);
  checkUnitLimit('compare', names.length * options.seeds.length, `${names.length} variants × ${options.seeds.length} runs`);
  const scenarios = names.map((name) => scenarioForVariant('compare', scenario, name, source));
  const spec: CompareSpec = {
    command: 'compare',
    engineVersion: ENGINE_VERSION,
    scenarioHash: options.scenarioHash,
    format,
    sensitivity: values.sensitivity ?? false,
    variants: names,
    seeds: options.seeds,
    weeks: options.weeks,
    metricKeys: METRIC_KEYS,
  };
  await executeJob(compareJob(spec, scenarios), options);
  return EXIT_OK;
}
