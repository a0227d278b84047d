/**
 * The scenario schema: the single source of the scenario TypeScript types and
 * of the generated `scenarios/scenario.schema.json` (see scripts/generate.ts).
 * Every field carries a description so editors show documentation while typing.
 *
 * Objects are strict: an unknown key (a typo) is an error, never ignored.
 * Omitted optional fields take the documented defaults; the parsed scenario is
 * therefore fully resolved and the engine never needs a fallback of its own.
 */
import { z } from 'zod';
import { LEVERS, type LeverKey } from './levers.ts';
import { PARAMETERS, type ParameterKey } from '../parameters.ts';
import { gameSchema } from './game.ts';
import { MAX_DEPTH, unsafeCharacterProblem } from './untrusted.ts';

export const SCHEMA_VERSION = 2;
/** Weeks run before week 1 by default: long enough for skill and ties to settle (MODEL.md §5). */
export const DEFAULT_WARMUP_WEEKS = 52;

/** Limits checked before any work starts (see QUALITY.md, "Bad input"). */
export const LIMITS = {
  maxFileBytes: 5 * 1024 * 1024,
  maxPeople: 100_000,
  maxWeeks: 1040,
  maxWarmupWeeks: 520,
  maxEvents: 1000,
  maxTeams: 1000,
  maxVariants: 50,
  maxNameLength: 120,
  maxTextLength: 4000,
  /** Deepest nesting of objects and lists (real scenarios need about 7). */
  maxDepth: MAX_DEPTH,
} as const;

/** Refuses control, escape and bidirectional-override characters (they would reach terminals, CSV cells and the page). */
const safe = (text: boolean) => (value: string, ctx: z.core.$RefinementCtx<string>) => {
  const problem = unsafeCharacterProblem(value, text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};
const name = (what: string) => z.string().min(1).max(LIMITS.maxNameLength).superRefine(safe(false)).describe(what);
const text = (what: string) => z.string().max(LIMITS.maxTextLength).superRefine(safe(true)).describe(what);
const unit = (what: string) => z.number().min(0).max(1).describe(what);
const week = z
  .number()
  .int()
  .min(1)
  .max(LIMITS.maxWeeks)
  .describe('Week the event takes effect, at the start of that week (1 = the first simulated week).');
const teamRef = (what: string) => name(what);

// ---------------------------------------------------------------- levers
type LeverShape = { [K in LeverKey]: z.ZodOptional<z.ZodNumber> };
function leverShape(): LeverShape {
  const shape: Record<string, z.ZodOptional<z.ZodNumber>> = {};
  for (const l of LEVERS) {
    shape[l.key] = z
      .number()
      .min(l.min)
      .max(l.max)
      .describe(`${l.explanation} Range ${l.min}–${l.max}, default ${l.defaultValue}. Essay: ${l.source}.`)
      .optional();
  }
  return shape as LeverShape;
}

/** A partial set of policy levers: the keys given override the inherited values. */
export const policyOverrideSchema = z
  .strictObject(leverShape())
  .describe('Policy levers to set; levers not named keep the value they inherit.');

/** The organisation's full policy: omitted levers take their defaults. */
export const policySchema = z
  .strictObject(
    Object.fromEntries(
      LEVERS.map((l) => [
        l.key,
        z
          .number()
          .min(l.min)
          .max(l.max)
          .default(l.defaultValue)
          .describe(`${l.explanation} Range ${l.min}–${l.max}, default ${l.defaultValue}. Essay: ${l.source}.`),
      ]),
    ) as { [K in LeverKey]: z.ZodDefault<z.ZodNumber> },
  )
  .describe('Policy levers of leaders and the organisation, each an intensity from 0 (not practised) to 1.');

// ---------------------------------------------------------------- model parameters
type ParameterShape = { [K in ParameterKey]: z.ZodDefault<z.ZodNumber> };
function parameterShape(optional: boolean) {
  const shape: Record<string, z.ZodType> = {};
  for (const spec of PARAMETERS) {
    let n = z.number().min(spec.min).max(spec.max);
    if ('integer' in spec && spec.integer) n = n.int();
    const described = n.describe(`${spec.description} Range ${spec.min}–${spec.max}, default ${spec.defaultValue}. Source: ${spec.source}.`);
    shape[spec.key] = optional ? described.optional() : described.default(spec.defaultValue);
  }
  return shape;
}
export const modelSchema = z
  .strictObject(parameterShape(false) as ParameterShape)
  .describe('Model parameters (costs, rates, hazards). Researchers tune these; trainers rarely need to.');
export const modelOverrideSchema = z
  .strictObject(parameterShape(true) as { [K in ParameterKey]: z.ZodOptional<z.ZodNumber> })
  .describe('Model parameters to override; the rest keep the base scenario’s values.');

// ---------------------------------------------------------------- people
export { STYLES, type Style } from './styles.ts';

const styleWeight = (what: string) =>
  z
    .number()
    .min(0)
    .describe(`Weight of ${what}. Required once a style mix is given (write 0 for none): an omitted weight would silently take a default.`);

/**
 * A style mix names every weight: giver, matcher and taker are required, so a mix always says exactly which styles are
 * present (older releases filled omitted weights with defaults, so `{"taker": 1}` meant half takers). Reputation may
 * be left out and is then 0, which is what it always meant.
 */
export const styleMixSchema = z
  .strictObject({
    giver: styleWeight('givers: help whenever they can (always cooperate)'),
    matcher: styleWeight('matchers: help those who helped them, forgive now and then (generous tit-for-tat)'),
    taker: styleWeight('takers: ask often, help rarely (mostly defect)'),
    reputation: z
      .number()
      .min(0)
      .default(0)
      .describe('Weight of reputation-reciprocators: help those with a good standing in the team (indirect reciprocity). 0 when left out.'),
  })
  .describe(
    'Relative weights of reciprocity styles among members (normalised, so they need not sum to 1, but the sum must be finite and above 0). ' +
      'Give giver, matcher and taker (0 for none); reputation may be left out (0). Without a style mix: giver 0.25, matcher 0.55, taker 0.2, reputation 0.',
  );

/** The style mix of a scenario that gives none. */
export const DEFAULT_STYLE_MIX = { giver: 0.25, matcher: 0.55, taker: 0.2, reputation: 0 } as const;

const traitSchema = (what: string, mean: number, sd: number) =>
  z
    .strictObject({
      mean: unit(`Mean of ${what} (0–1). Default ${mean}.`).default(mean),
      sd: z.number().min(0).max(0.5).default(sd).describe(`Spread (standard deviation) of ${what}. Default ${sd}.`),
    })
    .describe(`Distribution of ${what} across people (normal, clipped to 0–1).`);

const peopleFields = {
  styleMix: styleMixSchema.default({ ...DEFAULT_STYLE_MIX }),
  reliability: traitSchema('reliability (keeping commitments)', 0.8, 0.12).default({ mean: 0.8, sd: 0.12 }),
  empathy: traitSchema('empathy', 0.55, 0.15).default({ mean: 0.55, sd: 0.15 }),
  skill: traitSchema('skill', 0.5, 0.15).default({ mean: 0.5, sd: 0.15 }),
  outGroupShare: unit(
    'Share of people outside the team’s in-group (newcomers excepted): asked, thanked and included less unless the team practises inclusion. Default 0.2.',
  ).default(0.2),
};
export const peopleSchema = z.strictObject(peopleFields).describe('Who the people are: the mix of reciprocity styles and their traits.');
export const peopleOverrideSchema = z
  .strictObject({
    styleMix: styleMixSchema.optional(),
    reliability: traitSchema('reliability (keeping commitments)', 0.8, 0.12).optional(),
    empathy: traitSchema('empathy', 0.55, 0.15).optional(),
    skill: traitSchema('skill', 0.5, 0.15).optional(),
    outGroupShare: unit('Share of people outside the team’s in-group.').optional(),
  })
  .describe('People settings to override; the rest keep the base scenario’s values.');

// ---------------------------------------------------------------- teams
export const leaderSchema = z
  .strictObject({
    name: name('Leader’s display name (generated when omitted).').optional(),
    empathy: unit('Leader’s empathy (0–1). Default 0.6.').default(0.6),
    reliability: unit('How reliably the leader keeps promises (0–1). Default 0.85.').default(0.85),
    adaptive: z
      .boolean()
      .default(false)
      .describe(
        'Whether the leader adapts: after each pulse survey, a worried leader (falling or low survey morale, or many exits) does more recognition, workload protection and openness; a reassured one lets them slip. Default false.',
      ),
  })
  .describe('The team’s leader. Their behaviour follows the policy levers; these traits colour how well it lands.');

export const styleCountsSchema = z
  .strictObject({
    giver: z.number().int().min(0).default(0).describe('Number of givers.'),
    matcher: z.number().int().min(0).default(0).describe('Number of matchers.'),
    taker: z.number().int().min(0).default(0).describe('Number of takers.'),
    reputation: z.number().int().min(0).default(0).describe('Number of reputation-reciprocators.'),
  })
  .describe('Exact numbers of each style among the team’s starting members (must add up to size); overrides the style mix for them.');

export const teamSchema = z
  .strictObject({
    name: name('Team name, unique in the scenario; events refer to teams by this name.'),
    size: z.number().int().min(1).max(LIMITS.maxPeople).describe('Members at the start, not counting the leader.'),
    leader: leaderSchema.default(leaderSchema.parse({})),
    customerFacing: z
      .boolean()
      .default(false)
      .describe('Whether this team serves customers (its morale drives service quality in the customer module).'),
    policy: policyOverrideSchema.optional().describe('Levers that differ for this team from the organisation’s policy.'),
    styleMix: styleMixSchema.optional().describe('Style mix of this team’s members and hires, instead of people.styleMix.'),
    styleCounts: styleCountsSchema.optional(),
  })
  .describe('A team: its starting size, its leader and anything that differs from the organisation.');

// ---------------------------------------------------------------- events
const eventBase = {
  week,
  note: text('Plain-language note shown in the event log.').optional(),
};
const optionalTeam = teamRef('Team affected; every team when omitted.').optional();

export const eventSchema = z
  .discriminatedUnion('type', [
    z
      .strictObject({
        type: z.literal('leaderBreach').describe('The leader takes credit for the team’s work: a breach of trust.'),
        ...eventBase,
        team: optionalTeam,
        severity: unit('How serious the breach is (1 = taking credit for a major piece of work). Default 1.').default(1),
      })
      .describe('Leader breach (credit-taking).'),
    z
      .strictObject({
        type: z.literal('leaderApology').describe('The leader apologises for a breach.'),
        ...eventBase,
        team: optionalTeam,
        sustainedChange: z
          .boolean()
          .default(true)
          .describe('Whether the apology is followed by sustained behaviour change (the habit of credit-taking stops).'),
      })
      .describe('Leader apology, with or without sustained change.'),
    z
      .strictObject({
        type: z.literal('newLeader').describe('A new leader takes over a team; trust in the leader starts afresh.'),
        ...eventBase,
        team: teamRef('Team that gets the new leader.'),
        leader: leaderSchema.default(leaderSchema.parse({})),
        policy: policyOverrideSchema.optional().describe('Leader levers the new leader brings to this team.'),
      })
      .describe('New leader.'),
    z
      .strictObject({
        type: z.literal('policyChange').describe('Policy levers change from this week on.'),
        ...eventBase,
        team: optionalTeam,
        policy: policyOverrideSchema,
      })
      .describe('Policy change (also how a lever moved during a run is recorded).'),
    z
      .strictObject({
        type: z.literal('crisis').describe('A demand spike: work arriving is multiplied for a while.'),
        ...eventBase,
        team: optionalTeam,
        durationWeeks: z.number().int().min(1).max(LIMITS.maxWeeks).default(8).describe('How long the crisis lasts. Default 8.'),
        demandMultiplier: z.number().min(1).max(5).default(1.6).describe('Multiplier on weekly demand during the crisis. Default 1.6.'),
      })
      .describe('Crisis (demand spike).'),
    z
      .strictObject({
        type: z.literal('layoffs').describe('The organisation lets people go.'),
        ...eventBase,
        team: optionalTeam,
        share: unit('Share of the affected headcount laid off (0–1).'),
      })
      .describe('Layoffs.'),
    z
      .strictObject({
        type: z.literal('hiringFreeze').describe('No new hires start while the freeze lasts; vacancies stay open.'),
        ...eventBase,
        durationWeeks: z.number().int().min(1).max(LIMITS.maxWeeks).describe('How long the freeze lasts.'),
      })
      .describe('Hiring freeze.'),
    z
      .strictObject({
        type: z.literal('keyPersonLeaves').describe('The most connected member of a team leaves.'),
        ...eventBase,
        team: optionalTeam,
      })
      .describe('Key person leaves.'),
    z
      .strictObject({
        type: z.literal('teamMerger').describe('One team is merged into another; its members and leader-less ties move over.'),
        ...eventBase,
        team: teamRef('Team that is absorbed (its leader leaves the leader role).'),
        into: teamRef('Team that absorbs it.'),
      })
      .describe('Team merger.'),
    z
      .strictObject({
        type: z.literal('serviceFailure').describe('A broken promise to customers (outage, defect).'),
        ...eventBase,
        honest: z.boolean().default(true).describe('Whether the business owns up quickly and honestly. Default true.'),
      })
      .describe('Service failure (customer module).'),
    z
      .strictObject({
        type: z.literal('growth').describe('The team grows: new positions open and are filled after the hiring delay, like any vacancy.'),
        ...eventBase,
        team: optionalTeam,
        add: z.number().int().min(1).max(LIMITS.maxPeople).describe('New member positions (added to each affected team’s headcount target).'),
      })
      .describe('Growth (new positions).'),
  ])
  .describe('A scheduled event.');

/** Every event type, in the schema's order (for messages and tests). */
export const EVENT_TYPES: readonly ScenarioEventType[] = eventSchema.options.map((option) => option.shape.type.value);
export type ScenarioEventType = z.infer<typeof eventSchema>['type'];

// ---------------------------------------------------------------- customers and measurement
export const customersSchema = z
  .strictObject({
    enabled: z.boolean().default(false).describe('Whether to simulate customers of the customer-facing teams.'),
    count: z.number().int().min(1).max(100_000).default(500).describe('Number of customers. Default 500.'),
    actOnFeedback: unit('How reliably customer feedback is acted on (0–1). Default 0.5.').default(0.5),
    personalization: unit('How well service is tailored to each customer (0–1). Default 0.5.').default(0.5),
    extraMile: unit('How often employees are empowered to create “wow” moments (0–1). Default 0.2.').default(0.2),
    purchaseValue: z.number().min(0).max(1e6).default(100).describe('Value of one purchase, for lifetime value. Default 100.'),
  })
  .describe('Optional customer module: frontline morale drives service, loyalty, advocacy and lifetime value.');
export const customersOverrideSchema = z
  .strictObject({
    enabled: z.boolean().optional(),
    count: z.number().int().min(1).max(100_000).optional(),
    actOnFeedback: unit('How reliably customer feedback is acted on.').optional(),
    personalization: unit('How well service is tailored to each customer.').optional(),
    extraMile: unit('How often employees create “wow” moments.').optional(),
    purchaseValue: z.number().min(0).max(1e6).optional(),
  })
  .describe('Customer settings to override.');

export const measurementSchema = z
  .strictObject({
    surveyEveryWeeks: z.number().int().min(1).max(52).default(4).describe('A pulse survey runs every this many weeks. Default 4.'),
    surveyNoise: z.number().min(0).max(1).default(0.08).describe('Noise (sd) of each survey answer. Default 0.08.'),
    surveyFear: unit(
      'How strongly people in unsafe teams inflate their answers (0 = honest, 1 = as fearful as it gets). Default 0.5.',
    ).default(0.5),
    stories: z
      .boolean()
      .default(true)
      .describe('Keep per-person stories (notable events, bounded per person). Switch off for very large headless runs.'),
  })
  .describe('How culture is measured: pulse surveys and exit interviews, which see the truth with noise and bias.');
export const measurementOverrideSchema = z
  .strictObject({
    surveyEveryWeeks: z.number().int().min(1).max(52).optional().describe('A pulse survey runs every this many weeks.'),
    surveyNoise: z.number().min(0).max(1).optional().describe('Noise (sd) of each survey answer.'),
    surveyFear: unit('How strongly people in unsafe teams inflate their answers.').optional(),
    stories: z.boolean().optional().describe('Keep per-person stories.'),
  })
  .describe('Measurement settings to override (to compare survey designs); the rest keep the base scenario’s values.');

// ---------------------------------------------------------------- variants
export const variantSchema = z
  .strictObject({
    name: name('Variant name, unique; "baseline" is reserved for the base scenario.'),
    description: text('What this variant changes and why.').optional(),
    policy: policyOverrideSchema.optional(),
    model: modelOverrideSchema.optional(),
    people: peopleOverrideSchema.optional(),
    customers: customersOverrideSchema.optional(),
    measurement: measurementOverrideSchema.optional(),
    teams: z.array(teamSchema).min(1).max(LIMITS.maxTeams).optional().describe('Replaces the team list.'),
    events: z.array(eventSchema).max(LIMITS.maxEvents).optional().describe('Replaces the event timeline.'),
    addEvents: z.array(eventSchema).max(LIMITS.maxEvents).optional().describe('Events added to the base timeline.'),
  })
  .describe('A named variant: overrides of the base scenario, to compare against it on the same seeds.');

// ---------------------------------------------------------------- the scenario
export const scenarioSchema = z
  .strictObject({
    $schema: z.string().max(1000).optional().describe('Path or URL of scenario.schema.json, for editor completion.'),
    schemaVersion: z.literal(SCHEMA_VERSION).describe(`Version of the scenario format. This release reads ${SCHEMA_VERSION}.`),
    name: name('Scenario name shown in the picker.'),
    description: text('One-line purpose shown in the picker.').default(''),
    facilitatorNote: text('For trainers: what to watch for, when it happens, questions for the room.').optional(),
    seed: z.number().int().min(0).max(4294967295).default(1).describe('Seed of the random streams (0 to 2^32−1). Default 1.'),
    weeks: z.number().int().min(1).max(LIMITS.maxWeeks).default(104).describe('Weeks to simulate (at most 20 years). Default 104.'),
    warmupWeeks: z
      .number()
      .int()
      .min(0)
      .max(LIMITS.maxWarmupWeeks)
      .default(DEFAULT_WARMUP_WEEKS)
      .describe(
        `Weeks the organisation runs before week 1 is reported (no events, nothing logged), so tenure, skill, ties and norms have settled. Default ${DEFAULT_WARMUP_WEEKS}.`,
      ),
    teams: z
      .array(teamSchema)
      .max(LIMITS.maxTeams)
      .default([])
      .describe('The teams at the start: at least one, unless the scenario has a game section (classic mode), which has none.'),
    people: peopleSchema.default(peopleSchema.parse({})),
    policy: policySchema.default(policySchema.parse({})),
    model: modelSchema.default(modelSchema.parse({})),
    events: z.array(eventSchema).max(LIMITS.maxEvents).default([]).describe('Scheduled events, in any order.'),
    customers: customersSchema.default(customersSchema.parse({})),
    measurement: measurementSchema.default(measurementSchema.parse({})),
    variants: z.array(variantSchema).max(LIMITS.maxVariants).default([]).describe('Named variants to compare against the base.'),
    game: gameSchema.optional(),
  })
  .describe('A Reciprocity Lab scenario: teams, people, policies and a timeline of events.');

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Team = Scenario['teams'][number];
export type Leader = Team['leader'];
export type ScenarioEvent = Scenario['events'][number];
export type EventType = ScenarioEvent['type'];
export type Policy = Scenario['policy'];
export type PolicyOverride = z.output<typeof policyOverrideSchema>;
export type Variant = Scenario['variants'][number];
export type People = Scenario['people'];
export type Customers = Scenario['customers'];
export type Measurement = Scenario['measurement'];
