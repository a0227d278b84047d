/** `sweep <scenario> --param …`: a full-factorial parameter sweep with R seeds per point. */
import { ENGINE_VERSION, validateScenario, type Scenario } from '../../sim/index.ts';
import { EXIT_OK, InputError, UsageError } from '../errors.ts';
import { executeJob } from '../jobs/execute.ts';
import { sweepJob, type SweepSpec } from '../jobs/sweepJob.ts';
import { CLI_LIMITS, COMMON_DATA_OPTIONS, formatOption, parseCommandArgs } from '../options.ts';
import { parseParam, pointCount, pointLevels, setAtPath, type SweepParam } from '../sweepParams.ts';
import { DATA_OPTIONS_HELP, SUMMARY_HELP, checkBinaryOutput, checkUnitLimit, readDataOptions } from './dataOptions.ts';
import { scenarioForVariant } from './variant.ts';

export const sweepHelp = `usage: reciprocity-lab sweep <scenario.json | --default> --param PATH=VALUES [--param …] [options]

Runs every combination of the parameter levels (full factorial), R runs per
point on the same seeds. PATH is a dotted path into the scenario, e.g.
policy.recognitionFrequency, model.trustGain, teams.0.size; it is set on the
chosen variant's scenario and the result is validated again (a bad value is
reported with its path). VALUES is from:to:step (inclusive) or v1,v2,….
Output is tidy rows with columns run, variant, seed, week, team, point, one
column per PATH, then one per metric; the first --param varies slowest.

Options:
  --param PATH=VALUES  a swept parameter (repeatable; at least one)
  --variant NAME       the variant to sweep around (default: baseline)
  --format csv|json|parquet
                       csv (default), JSON {stamp, columns, rows[, sensitivity]}, or Parquet
                       (typed columns, needs --out or a pipe)
  --sensitivity        rank parameters by their main effect on final-quarter morale_mean and
                       turnover_annualised (to stderr with csv and parquet, a "sensitivity" field with json)
${SUMMARY_HELP}
${DATA_OPTIONS_HELP}

Limits: ${CLI_LIMITS.maxSweepPoints} points, ${CLI_LIMITS.maxLevelsPerParam} levels per parameter, ${CLI_LIMITS.maxUnits} runs in all.

Examples:
  reciprocity-lab sweep scenarios/healthy-team.json --param policy.recognitionFrequency=0:1:0.25 --runs 10
  reciprocity-lab sweep --default --param teams.0.size=6,12,24 --param model.trustGain=0.02,0.05 --sensitivity
`;

export async function sweepCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('sweep', args, {
    ...COMMON_DATA_OPTIONS,
    param: { type: 'string', multiple: true },
    variant: { type: 'string' },
    sensitivity: { type: 'boolean' },
    summary: { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(sweepHelp);
    return EXIT_OK;
  }
  const format = formatOption(values.format, ['csv', 'json', 'parquet'] as const);
  const params = (values.param ?? []).map(parseParam);
  if (params.length === 0) throw new UsageError('give at least one --param PATH=VALUES, e.g. --param policy.recognitionFrequency=0:1:0.25', 'sweep');
  const duplicate = params.find((p, i) => params.findIndex((q) => q.path === p.path) !== i);
  if (duplicate) throw new UsageError(`--param ${duplicate.path} is given twice; list all its values in one --param`, 'sweep');
  const points = pointCount(params);
  if (points > CLI_LIMITS.maxSweepPoints) {
    throw new UsageError(`the sweep has ${points} points; the limit is ${CLI_LIMITS.maxSweepPoints} (use fewer levels, or split it into several sweeps)`, 'sweep');
  }
  const options = await readDataOptions('sweep', values, positionals, 1);
  checkBinaryOutput('sweep', format, options.out);
  checkUnitLimit('sweep', points * options.seeds.length, `${points} points × ${options.seeds.length} runs`);
  const variant = values.variant ?? 'baseline';
  const base = scenarioForVariant('sweep', options.loaded.scenario, variant, options.loaded.source);
  const scenarios = pointScenarios(base, params, options.loaded.source);
  const spec: SweepSpec = {
    command: 'sweep',
    engineVersion: ENGINE_VERSION,
    scenarioHash: options.scenarioHash,
    format,
    sensitivity: values.sensitivity ?? false,
    variant,
    params,
    seeds: options.seeds,
    weeks: options.weeks,
    ...(values.summary ? { summary: true } : {}),
  };
  await executeJob(sweepJob(spec, scenarios), options);
  return EXIT_OK;
}

/** The validated scenario of every design point, or an InputError listing what is wrong. */
function pointScenarios(base: Scenario, params: readonly SweepParam[], source: string): Scenario[] {
  const scenarios: Scenario[] = [];
  const problems = new Set<string>();
  for (let point = 0; point < pointCount(params); point++) {
    const levels = pointLevels(params, point);
    let candidate: unknown = base;
    for (let i = 0; i < params.length; i++) candidate = setAtPath(candidate, params[i].path, params[i].values[levels[i]]);
    const result = validateScenario(candidate);
    if (result.ok) {
      scenarios.push(result.scenario);
      continue;
    }
    const where = params.map((p, i) => `${p.path}=${String(p.values[levels[i]])}`).join(', ');
    for (const p of result.problems) if (problems.size < 20) problems.add(`${source}: sweep point ${point} (${where}): ${p.path}: ${p.message}`);
  }
  if (problems.size > 0) throw new InputError([...problems, 'fix the --param values (see `reciprocity-lab schema` for allowed ranges)']);
  return scenarios;
}
