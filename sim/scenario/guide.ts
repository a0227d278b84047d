/**
 * The `guide` section of a scenario: a guided session a facilitator can run
 * with no preparation. The facilitator note becomes steps, each with a week at
 * which the run pauses by itself, the one or two charts that matter, a
 * question for the room and a prediction to make first; a debrief closes the
 * session with numbers the engine computes (an ensemble of the session's run
 * and a comparison run on common seeds). The steps are documentation for
 * people: they change no result (the scenario's hash leaves them out).
 *
 * The shape is checked by the schema; `checkGuide` checks what needs the whole
 * scenario (weeks in order and within the run, the runs and teams named).
 */
import { z } from 'zod';
import { METRIC_KEYS, type MetricKey } from '../metrics.ts';
import { directionBaseline } from './guide-weeks.ts';

export { directionBaseline, isFlow, predictionWindow } from './guide-weeks.ts';
import { LIMITS, nameField, textField } from './limits.ts';
import type { Scenario } from './schema.ts';
import type { ScenarioProblem } from './parse.ts';

export const GUIDE_LIMITS = {
  maxSteps: 12,
  maxChartsPerStep: 2,
  minDebriefRuns: 20,
  maxDebriefRuns: 1000,
  defaultDebriefRuns: 100,
} as const;

/** The name of the scenario as written (not a variant) in `run` and `compareWith`. */
const BASELINE = 'baseline';

const metric = (what: string) =>
  z.enum(METRIC_KEYS as [MetricKey, ...MetricKey[]]).describe(`${what} A metric key, as in the CSV columns (docs/cli.md, Metrics), e.g. "quits" or "trust_in_leader".`);
const week = (what: string) => z.number().int().min(1).max(LIMITS.maxWeeks).describe(what);
const team = nameField('A team of the session’s run; the whole organisation when omitted.').optional();

export const guideChartSchema = z
  .strictObject({
    metric: metric('What the chart shows.'),
    team,
  })
  .describe('A chart made large at this step: one metric, for one team or the whole organisation.');

export const predictionSchema = z
  .strictObject({
    metric: metric('What the room predicts.'),
    team,
    week: week('The last week of what is predicted; the answer is revealed once the run has simulated it (at the latest when it pauses at the next step).'),
    from: week(
      'First week of a span of weeks ending at `week`: counts of events (quits, hires…) are summed over it, other metrics averaged. A single week when omitted.',
    ).optional(),
    answer: z
      .enum(['direction', 'number'])
      .describe(
        '"direction": the room says whether it will be higher, the same or lower than over the same number of weeks up to the step’s week (now); "number": the room gives a number (a percentage for shares and levels).',
      ),
    prompt: textField('The prediction as the room hears it; generated from the metric and weeks when omitted.').optional(),
  })
  .describe('Predict first: what the room commits to before the run goes on, revealed when the run gets there.');

export const guideStepSchema = z
  .strictObject({
    week: week('Cue week: the run pauses by itself once this week has been simulated.'),
    title: nameField('A short title, e.g. "The layoff".'),
    charts: z.array(guideChartSchema).min(1).max(GUIDE_LIMITS.maxChartsPerStep).describe('The one or two charts that matter at this step, shown large.'),
    watch: textField('What to point at on the charts (for the facilitator to say); no run-specific numbers, the run may differ.').optional(),
    question: textField('The question for the room.', true),
    predict: predictionSchema.optional(),
  })
  .describe('One pause of the guided session.');

export const debriefSchema = z
  .strictObject({
    compareWith: nameField('The run the debrief compares the session’s run with: "baseline" (the scenario as written) or a variant’s name.'),
    metric: metric('What the debrief measures.'),
    from: week('First week the debrief summarises.'),
    to: week('Last week the debrief summarises; the run plays to it before the debrief.'),
    expect: z
      .enum(['higher', 'lower'])
      .describe('What the lesson expects of the session’s run compared with `compareWith`; the debrief says so plainly when the runs show otherwise.')
      .optional(),
    window: textField('Those weeks in words, e.g. "the six months after the layoff" (otherwise "weeks 21–44").').optional(),
    comparison: textField('`compareWith` in words, e.g. "the same company without the layoff" (otherwise its name).').optional(),
    runs: z
      .number()
      .int()
      .min(GUIDE_LIMITS.minDebriefRuns)
      .max(GUIDE_LIMITS.maxDebriefRuns)
      .default(GUIDE_LIMITS.defaultDebriefRuns)
      .describe(`Futures (seeds) the debrief runs of each of the two runs, the same seeds for both. Default ${GUIDE_LIMITS.defaultDebriefRuns}.`),
  })
  .describe(
    'The last step: a debrief in plain words, with numbers from an ensemble of the session’s run and `compareWith` on the same seeds, who left and why in the run watched, and which lever would have mattered most.',
  );

export const guideSchema = z
  .strictObject({
    run: nameField('The run the session plays: "baseline" (the scenario as written, the default) or a variant’s name.').optional(),
    intro: textField('Read before the run starts: who the people are and what is about to happen.').optional(),
    steps: z.array(guideStepSchema).min(1).max(GUIDE_LIMITS.maxSteps).describe('The pauses, in week order.'),
    debrief: debriefSchema,
  })
  .describe('A guided session: steps that pause the run, show the charts that matter and ask the room, then a debrief.');

export type Guide = z.output<typeof guideSchema>;
export type GuideStep = Guide['steps'][number];
export type GuideChart = GuideStep['charts'][number];
export type Prediction = NonNullable<GuideStep['predict']>;
export type Debrief = Guide['debrief'];

/** The names `run` and `compareWith` may take, quoted for a message. */
function runChoices(scenario: Scenario): string {
  return [BASELINE, ...scenario.variants.map((v) => v.name)].map((n) => JSON.stringify(n)).join(', ');
}

function knownRun(scenario: Scenario, name: string): boolean {
  return name === BASELINE || scenario.variants.some((v) => v.name === name);
}

/** The teams of the session's run (a variant may replace the team list). */
function runTeams(scenario: Scenario, run: string): readonly string[] {
  const variant = scenario.variants.find((v) => v.name === run);
  return (variant?.teams ?? scenario.teams).map((t) => t.name);
}

function checkTeam(name: string | undefined, teams: readonly string[], path: string, problems: ScenarioProblem[]): void {
  if (name === undefined || teams.includes(name)) return;
  problems.push({ path, message: `must name a team of the session’s run (${teams.map((t) => JSON.stringify(t)).join(', ')}), got ${JSON.stringify(name)}; leave it out for the whole organisation` });
}

function checkPrediction(p: Prediction, step: GuideStep, revealBy: number, revealWhere: string, teams: readonly string[], path: string, problems: ScenarioProblem[]): void {
  checkTeam(p.team, teams, `${path}.team`, problems);
  if (p.week <= step.week) {
    problems.push({ path: `${path}.week`, message: `must be after the step’s week ${step.week} (the room predicts what has not happened yet), got ${p.week}` });
  } else if (p.week > revealBy) {
    problems.push({ path: `${path}.week`, message: `must be ≤ ${revealBy} (${revealWhere}, where the answer is revealed), got ${p.week}` });
  }
  if (p.from !== undefined && p.from > p.week) {
    problems.push({ path: `${path}.from`, message: `must be ≤ week (${p.week}), got ${p.from}` });
  } else if (p.from !== undefined && p.from <= step.week) {
    problems.push({ path: `${path}.from`, message: `must be after the step’s week ${step.week} (the room predicts what has not happened yet), got ${p.from}` });
  } else if (p.answer === 'direction') {
    const base = directionBaseline(p, step.week);
    if (base.from < 1) {
      problems.push({
        path: p.from === undefined ? `${path}.week` : `${path}.from`,
        message: `a "direction" is compared with the same number of weeks up to the step’s week ${step.week}, which would start at week ${base.from}; make the window shorter (at most ${step.week} weeks) or ask for a "number"`,
      });
    }
  }
}

/** Problems of a scenario's guide that need the whole scenario; [] when it has none or it is sound. */
export function checkGuide(scenario: Scenario): ScenarioProblem[] {
  const guide = scenario.guide;
  if (!guide) return [];
  const problems: ScenarioProblem[] = [];
  const run = guide.run ?? BASELINE;
  if (!knownRun(scenario, run)) {
    problems.push({ path: 'guide.run', message: `must be "baseline" or the name of a variant (${runChoices(scenario)}), got ${JSON.stringify(run)}` });
  }
  const teams = runTeams(scenario, run);
  const { debrief, steps } = guide;
  steps.forEach((step, i) => {
    const path = `guide.steps[${i}]`;
    if (step.week > scenario.weeks) problems.push({ path: `${path}.week`, message: `must be ≤ ${scenario.weeks} (the scenario's weeks), got ${step.week}` });
    if (i > 0 && step.week <= steps[i - 1].week) {
      problems.push({ path: `${path}.week`, message: `must be after the previous step’s week ${steps[i - 1].week} (steps are in week order), got ${step.week}` });
    }
    step.charts.forEach((chart, c) => checkTeam(chart.team, teams, `${path}.charts[${c}].team`, problems));
    if (step.predict) {
      const last = i === steps.length - 1;
      const revealBy = last ? debrief.to : steps[i + 1].week;
      checkPrediction(step.predict, step, revealBy, last ? 'the debrief’s last week, guide.debrief.to' : `the next step’s week`, teams, `${path}.predict`, problems);
    }
  });
  if (!knownRun(scenario, debrief.compareWith)) {
    problems.push({ path: 'guide.debrief.compareWith', message: `must be "baseline" or the name of a variant (${runChoices(scenario)}), got ${JSON.stringify(debrief.compareWith)}` });
  } else if (debrief.compareWith === run) {
    problems.push({ path: 'guide.debrief.compareWith', message: `must be another run than the session’s own (${JSON.stringify(run)}): the debrief compares two runs` });
  }
  if (debrief.from > debrief.to) problems.push({ path: 'guide.debrief.from', message: `must be ≤ to (${debrief.to}), got ${debrief.from}` });
  if (debrief.to > scenario.weeks) problems.push({ path: 'guide.debrief.to', message: `must be ≤ ${scenario.weeks} (the scenario's weeks), got ${debrief.to}` });
  const lastWeek = steps[steps.length - 1].week;
  if (debrief.to < lastWeek) problems.push({ path: 'guide.debrief.to', message: `must be ≥ the last step’s week ${lastWeek} (the debrief comes last), got ${debrief.to}` });
  return problems;
}
