/** `sensitivity <scenario>`: Morris elementary-effects screening of every model parameter. */
import { LIMITS } from '../../sim/index.ts';
import { SENSITIVITY_OUTPUTS, morrisFactors, pointCount, type MorrisStudy } from '../../sim/sensitivity/morrisStudy.ts';
import { sensitivityCsv, sensitivityJson, sensitivityMarkdown } from '../../sim/sensitivity/table.ts';
import { EXIT_OK, UsageError } from '../errors.ts';
import { CLI_LIMITS, formatOption, integerOption, parseCommandArgs, seedOption, threadsOption, weeksOption } from '../options.ts';
import { checkOut, openOutput, type OutTarget } from '../output.ts';
import { createProgress } from '../progress.ts';
import { scenarioFromArgs } from '../scenarioInput.ts';
import { runStudy, studyRecord, type StudyLabels } from '../sensitivity/run.ts';
import { scenarioHash } from '../../sim/export/stamp.ts';
import { seedsFrom } from '../../sim/batch/plan.ts';
import { scenarioForVariant } from './variant.ts';

/** The design `npm run sensitivity` and docs/sensitivity.md use unless told otherwise. */
export const SENSITIVITY_DEFAULTS = { trajectories: 40, levels: 4, runs: 10, designSeed: 1 } as const;

export const sensitivityHelp = `usage: reciprocity-lab sensitivity <scenario.json | --default> [--trajectories R] [--levels P] [--runs S] [options]

Morris elementary-effects screening (Morris 1991; μ* of Campolongo et al.
2007) of every model parameter over its declared range (see \`reciprocity-lab
schema\`, section model), for ${SENSITIVITY_OUTPUTS.map((o) => o.label.toLowerCase()).join(', ')}: final-quarter means of
the organisation. R random trajectories move one parameter at a time on a
grid of P levels; every design point runs the same S seeds (common random
numbers), so R × (parameters + 1) × S runs in all. For each output the
parameters are ranked by μ* (mean absolute elementary effect), with σ and μ.

Options:
  --trajectories R     trajectories (default ${SENSITIVITY_DEFAULTS.trajectories}; 1 to 1000)
  --levels P           grid levels, even (default ${SENSITIVITY_DEFAULTS.levels}; 2 to 20)
  --runs S             seeds per design point (default ${SENSITIVITY_DEFAULTS.runs})
  --seed N             seed of the first run (default: the scenario's seed); run r uses N + r
  --design-seed D      seed of the trajectories, independent of the runs' seeds (default ${SENSITIVITY_DEFAULTS.designSeed})
  --exclude K1,K2      leave these parameters out (e.g. workplaceLayers)
  --variant NAME       the variant to screen (default: baseline)
  --weeks W            weeks per run (default: the scenario's weeks)
  --format md|csv|json a Markdown table per output (default), CSV rows, or the JSON record
  --threads T          worker threads (default: the number of cores); output is identical for any T
  --out FILE           write to FILE instead of stdout (written whole or not at all)
  --force              replace FILE if it exists
  --default            use the built-in default scenario instead of a file
  -h, --help           show this help

A progress bar goes to stderr when it is a terminal.

Examples:
  reciprocity-lab sensitivity --default
  reciprocity-lab sensitivity scenarios/burnout-spiral.json --trajectories 20 --runs 5 --format csv --out morris.csv
`;

export const SENSITIVITY_OPTIONS = {
  trajectories: { type: 'string' },
  levels: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  'design-seed': { type: 'string' },
  exclude: { type: 'string' },
  variant: { type: 'string' },
  weeks: { type: 'string' },
  format: { type: 'string' },
  threads: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  default: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A screening as the command line asks for it. */
export interface SensitivityRequest {
  readonly study: MorrisStudy;
  readonly labels: StudyLabels;
  readonly format: 'md' | 'csv' | 'json';
  readonly threads: number;
  readonly out?: OutTarget;
}

/** Reads the command's arguments (null for --help); throws UsageError or InputError naming the problem. */
export async function sensitivityRequest(args: readonly string[]): Promise<SensitivityRequest | null> {
  const { values, positionals } = parseCommandArgs('sensitivity', args, SENSITIVITY_OPTIONS);
  if (values.help) return null;
  const format = formatOption(values.format, ['md', 'csv', 'json'] as const);
  const trajectories = integerOption('trajectories', values.trajectories, 1, 1000) ?? SENSITIVITY_DEFAULTS.trajectories;
  const levels = integerOption('levels', values.levels, 2, 20) ?? SENSITIVITY_DEFAULTS.levels;
  if (levels % 2 !== 0) throw new UsageError(`--levels must be even (the Morris step p / (2(p − 1)) then lands on the grid), got ${levels}`, 'sensitivity');
  const runs = integerOption('runs', values.runs, 1, CLI_LIMITS.maxRuns) ?? SENSITIVITY_DEFAULTS.runs;
  const seed = seedOption(values.seed);
  const designSeed = integerOption('design-seed', values['design-seed'], 0, 4294967295) ?? SENSITIVITY_DEFAULTS.designSeed;
  const weeks = weeksOption(values.weeks);
  const threads = threadsOption(values.threads);
  const excluded = (values.exclude ?? '').split(',').map((k) => k.trim()).filter((k) => k.length > 0);
  let factors;
  try {
    factors = morrisFactors(excluded);
  } catch (error) {
    throw new UsageError(`--exclude: ${(error as Error).message}`, 'sensitivity');
  }
  if (factors.length === 0) throw new UsageError('--exclude leaves no parameter to screen', 'sensitivity');
  const units = pointCount({ factors, trajectories }) * runs;
  if (units > CLI_LIMITS.maxUnits) {
    throw new UsageError(`the screening would do ${units} runs (${trajectories} trajectories × ${factors.length + 1} points × ${runs} runs); the limit is ${CLI_LIMITS.maxUnits}`, 'sensitivity');
  }
  const out = checkOut('sensitivity', values.out, values.force, values.default ? [] : positionals.slice(0, 1));
  const loaded = scenarioFromArgs('sensitivity', positionals, values.default);
  const variant = values.variant ?? 'baseline';
  const scenario = scenarioForVariant('sensitivity', loaded.scenario, variant, loaded.source);
  const study: MorrisStudy = {
    scenario,
    factors,
    trajectories,
    levels,
    designSeed,
    seeds: seedsFrom(seed ?? scenario.seed, runs),
    weeks: Math.min(weeks ?? scenario.weeks, LIMITS.maxWeeks),
  };
  const command = [
    'reciprocity-lab sensitivity',
    loaded.source === '(default)' ? '--default' : loaded.source,
    `--trajectories ${trajectories} --levels ${levels} --runs ${runs} --seed ${study.seeds[0]} --design-seed ${designSeed}`,
    variant !== 'baseline' ? `--variant ${JSON.stringify(variant)}` : '',
    weeks !== undefined ? `--weeks ${study.weeks}` : '',
    excluded.length > 0 ? `--exclude ${excluded.join(',')}` : '',
  ]
    .filter((x) => x !== '')
    .join(' ');
  return { study, labels: { command, scenario: loaded.source, scenarioHash: await scenarioHash(loaded.scenario), variant, excluded }, format, threads, out };
}

export async function sensitivityCommand(args: readonly string[]): Promise<number> {
  const request = await sensitivityRequest(args);
  if (!request) {
    process.stdout.write(sensitivityHelp);
    return EXIT_OK;
  }
  const { study, labels } = request;
  const progress = createProgress(pointCount(study) * study.seeds.length, 'sensitivity');
  let outputs;
  try {
    outputs = await runStudy(study, { threads: request.threads, onProgress: (points) => progress.update(points * study.seeds.length) });
  } finally {
    progress.finish();
  }
  const record = studyRecord(study, outputs, labels);
  const text = request.format === 'json' ? sensitivityJson(record) : request.format === 'csv' ? sensitivityCsv(record) : sensitivityMarkdown(record);
  const output = openOutput(request.out);
  await output.write(text);
  await output.close();
  return EXIT_OK;
}
