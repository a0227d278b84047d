/**
 * The simulation's Web Worker: the only file in sim/ that knows about comlink.
 * It owns one running Simulation and answers coarse calls (load a scenario,
 * advance N weeks, read a story, export CSV), so the page never waits on the
 * model and a message carries a batch of weeks, never a call per person.
 * Frames go back as transferred typed arrays (copied from the engine first, so
 * transferring never detaches the engine's own state).
 */
import * as Comlink from 'comlink';
import {
  ENGINE_VERSION,
  BASELINE,
  LEVERS,
  LIMITS,
  STYLES,
  resolveVariant,
  createSimulation,
  parseScenarioText,
  serializeScenario,
  type LeverKey,
  type LogEntry,
  type MetricKey,
  type PeopleFrame,
  type Scenario,
  type ScenarioEvent,
  type ScenarioProblem,
  type Simulation,
  type StoryEntry,
} from './index.ts';
import { tidyCsv } from './export/tidy.ts';
import { weekRows } from './results.ts';
import { StoryHistories } from './story/history.ts';
import { moraleTurns, type MoraleTurn, type PersonWeeks } from './story/turns.ts';
import { policyInEffect, type Policy } from './scenario/policy.ts';
import type { Guide } from './scenario/guide.ts';

/** The people and ties of one week, as flat typed arrays (transferable): what the page draws of the engine's PeopleFrame, and the ties. */
export interface WeekFrame extends Pick<PeopleFrame, 'week' | 'ids' | 'names' | 'team' | 'role' | 'style' | 'morale' | 'burnout' | 'tenureWeeks'> {
  readonly tieFrom: Int32Array;
  readonly tieTo: Int32Array;
  readonly tieTrust: Float32Array;
}

/** What advancing produced: metric rows of every new week, frames, and new log lines. */
export interface WeekBatch {
  /** First week in this batch (1-based). */
  readonly fromWeek: number;
  /** Last week in this batch; equals the simulation's week now. */
  readonly toWeek: number;
  /** Rows of RunResult.values for weeks fromWeek..toWeek (same layout). */
  readonly values: Float64Array;
  /** One frame per week, present only when the run was loaded with people frames on. */
  readonly frames: readonly WeekFrame[];
  readonly log: readonly LogEntry[];
  /** The organisation-wide levers in effect in the next week (toWeek + 1), where a lever moved now takes effect. */
  readonly policy: Policy;
}

/** A scenario the worker accepted and is ready to run. */
export interface LoadedRun {
  readonly ok: true;
  readonly engineVersion: string;
  /** The scenario's name, with the variant's after a dash ("… — no layoffs") when a variant was loaded. */
  readonly scenarioName: string;
  /** For trainers: what to watch for and questions for the room ('' when the scenario has none). */
  readonly facilitatorNote: string;
  readonly description: string;
  /** People per team at the start, leader included (what the per-team view shows before week 1). */
  readonly startingTeamSizes: readonly number[];
  readonly seed: number;
  readonly weeks: number;
  readonly teamNames: readonly string[];
  readonly metricKeys: readonly MetricKey[];
  /** STYLES, so the page can name a person's style without importing the schema (and zod). */
  readonly styleNames: readonly string[];
  readonly customersEnabled: boolean;
  /** People at the start (decides between the network and the aggregate view). */
  readonly startingPeople: number;
  readonly events: readonly ScenarioEvent[];
  /** The organisation-wide levers in effect in week 1 (the scenario's policy and its week-1 policy changes). */
  readonly policy: Policy;
  /** The scenario as it runs, pretty-printed (seed included). */
  readonly scenarioText: string;
  /** The run loaded: `baseline` (the scenario as written) or a variant's name. */
  readonly variant: string;
  /** The runs of the text loaded: `baseline` and its variants' names (what can be shown beside this run). */
  readonly runs: readonly string[];
  /** The scenario's guided session (steps and debrief), whichever run was loaded; null when it has none. */
  readonly guide: Guide | null;
  readonly notices: readonly string[];
  /** The week-0 frame (people before anything happened). */
  readonly frame: WeekFrame | null;
}

/** The two runs a guided session's debrief compares (see `guideRuns`). */
export interface GuideRuns {
  readonly run: Scenario;
  readonly comparison: Scenario;
}

export type LoadOutcome = LoadedRun | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

export interface PersonStory {
  readonly personId: number;
  readonly name: string;
  readonly entries: readonly (StoryEntry & { readonly otherName?: string })[];
  /** Their morale, trust in the leader and energy week by week up to the week asked for (null if not there by then). */
  readonly weeks: PersonWeeks | null;
  /** The largest rises and falls of their morale, with what moved with them (indices into `entries`). */
  readonly turns: readonly MoraleTurn[];
}

/** Above this many people the page draws teams, not people, so frames are not sent. */
export const PEOPLE_FRAME_LIMIT = 300;

let scenario: Scenario | null = null;
/** The scenario as written (variants and guide included), of which `scenario` is one run. */
let source: Scenario | null = null;
let simulation: Simulation | null = null;
let withFrames = false;
let logSent = 0;
/** People's weekly records for their stories (a replay of the run, made when a story is first opened). */
let histories: StoryHistories | null = null;
/** The policy change the last lever move scheduled (moves before its week starts are merged into it). */
let lastMove: { readonly week: number; readonly event: PolicyChange } | null = null;

type PolicyChange = Extract<ScenarioEvent, { type: 'policyChange' }>;

/** The note a lever moved during a session carries in the scenario (and the log). */
const SESSION_MOVE_NOTE = 'Lever moved during the session.';

function frameOf(sim: Simulation): WeekFrame {
  const p = sim.people();
  const t = sim.ties();
  return {
    week: sim.week,
    ids: p.ids.slice(),
    names: [...p.names],
    team: p.team.slice(),
    role: p.role.slice(),
    style: p.style.slice(),
    morale: p.morale.slice(),
    burnout: p.burnout.slice(),
    tenureWeeks: p.tenureWeeks.slice(),
    tieFrom: t.from.slice(),
    tieTo: t.to.slice(),
    tieTrust: t.trust.slice(),
  };
}

function buffersOf(frame: WeekFrame): ArrayBuffer[] {
  return [frame.ids, frame.team, frame.role, frame.style, frame.morale, frame.burnout, frame.tenureWeeks, frame.tieFrom, frame.tieTo, frame.tieTrust].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

function requireRun(): { scenario: Scenario; simulation: Simulation } {
  if (!scenario || !simulation) throw new Error('no scenario is loaded');
  return { scenario, simulation };
}

function loaded(run: Scenario, sim: Simulation, notices: readonly string[], variant: string, written: Scenario): LoadedRun {
  const frame = withFrames ? frameOf(sim) : null;
  return {
    ok: true,
    engineVersion: ENGINE_VERSION,
    scenarioName: variant === BASELINE ? run.name : `${run.name} — ${variant}`.slice(0, LIMITS.maxNameLength),
    facilitatorNote: run.facilitatorNote ?? '',
    description: run.description,
    startingTeamSizes: run.teams.map((t) => t.size + 1),
    seed: sim.seed,
    weeks: sim.weeks,
    teamNames: run.teams.map((t) => t.name),
    metricKeys: sim.result().metricKeys,
    styleNames: [...STYLES],
    customersEnabled: run.customers.enabled,
    startingPeople: run.teams.reduce((sum, t) => sum + t.size + 1, 0),
    events: run.events,
    policy: policyInEffect(run, 1),
    scenarioText: serializeScenario(run),
    variant,
    runs: [BASELINE, ...written.variants.map((v) => v.name)],
    guide: written.guide ?? null,
    notices,
    frame,
  };
}

/** A classic-mode scenario (a game section) is valid, but this page runs teams: say where it runs. */
const CLASSIC_HERE: ScenarioProblem = {
  path: 'game',
  message: 'this is a classic-mode scenario (a game section, no teams): open it on the Classic games page (classic.html) or run it with the command line (reciprocity-lab run)',
};

const api = {
  /** Checks scenario text without running it (live validation in the editor). */
  validate(text: string): readonly ScenarioProblem[] {
    const parsed = parseScenarioText(text);
    if (parsed.ok && parsed.scenario.game) return [CLASSIC_HERE];
    return parsed.ok ? [] : parsed.problems;
  },

  /**
   * Validates and starts a run at week 0. With a variant name, the run is the
   * scenario as that variant resolves it (its variant list dropped; shown as
   * "scenario — variant"); `scenarioText` is then that resolved scenario, which
   * replays the run on its own. It keeps the scenario's name: a run's luck is
   * its seed combined with the name, so the variant run here is the same future
   * as the variant's pane on the compare page and `run --variant` in the CLI.
   */
  load(text: string, variant?: string): LoadOutcome {
    const parsed = parseScenarioText(text);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    if (parsed.scenario.game) return { ok: false, problems: [CLASSIC_HERE] };
    let run: Scenario = parsed.scenario;
    if (variant !== undefined && variant !== BASELINE) {
      const resolved = resolveVariant(parsed.scenario, variant);
      if (!resolved.ok) return { ok: false, problems: resolved.problems };
      run = resolved.scenario;
    }
    scenario = run;
    source = parsed.scenario;
    simulation = createSimulation(run);
    withFrames = run.teams.reduce((sum, t) => sum + t.size + 1, 0) <= PEOPLE_FRAME_LIMIT;
    logSent = 0;
    lastMove = null;
    histories = null;
    const result = loaded(run, simulation, parsed.notices, variant ?? BASELINE, parsed.scenario);
    return Comlink.transfer(result, result.frame ? buffersOf(result.frame) : []);
  },

  /** Advances up to `weeks` weeks (never past the end) and returns every new week. */
  advance(weeks: number): WeekBatch {
    const { simulation: sim } = requireRun();
    const fromWeek = sim.week + 1;
    const frames: WeekFrame[] = [];
    const target = Math.min(sim.weeks, sim.week + Math.max(0, Math.floor(weeks)));
    // One week at a time so every week has its frame; the weeks computed are the same whatever the batch size.
    while (sim.week < target) {
      sim.step(1);
      if (withFrames) frames.push(frameOf(sim));
    }
    const result = sim.result();
    const values = weekRows(result, fromWeek, sim.week);
    const log = sim.log();
    const newLog = log.slice(logSent);
    logSent = log.length;
    const batch: WeekBatch = { fromWeek, toWeek: sim.week, values, frames, log: newLog, policy: policyInEffect(requireRun().scenario, sim.week + 1) };
    return Comlink.transfer(batch, [values.buffer as ArrayBuffer, ...frames.flatMap(buffersOf)]);
  },

  /**
   * Records a lever moved during the run as a policyChange at the next week:
   * scheduled in the running simulation and added to the scenario's events,
   * so the scenario text replays this run exactly. Moves made before that week
   * starts (nudges of a slider, several levers while paused) are merged into
   * one event: the one already scheduled, whose policy is updated in place
   * before the engine applies it (`merged` is then true and `event` replaces
   * the last event). Returns the event and the organisation-wide levers in
   * effect from that week.
   */
  moveLever(key: LeverKey, value: number): { event: ScenarioEvent; merged: boolean; scenarioText: string; policy: Policy } {
    const { scenario: run, simulation: sim } = requireRun();
    if (!LEVERS.some((l) => l.key === key)) throw new Error(`unknown lever ${key}`);
    const week = sim.week + 1;
    const pending = lastMove && lastMove.week === week && run.events[run.events.length - 1] === lastMove.event ? lastMove.event : null;
    if (pending) {
      // Not yet applied (its week has not started): the engine reads the policy when the week starts.
      (pending.policy as Record<string, number>)[key] = value;
      return { event: pending, merged: true, scenarioText: serializeScenario(run), policy: policyInEffect(run, week) };
    }
    const event: PolicyChange = { type: 'policyChange', week, policy: { [key]: value }, note: SESSION_MOVE_NOTE };
    sim.schedule(event);
    histories?.schedule(event);
    scenario = { ...run, events: [...run.events, event] };
    lastMove = { week, event };
    return { event, merged: false, scenarioText: serializeScenario(scenario), policy: policyInEffect(scenario, week) };
  },

  /**
   * The two runs a guided session's debrief compares, as written (lever moves made during the session are not in
   * them): the session's run and the one it is compared with, resolved from the scenario loaded, with its seed.
   */
  guideRuns(): GuideRuns {
    if (!source?.guide || !simulation) throw new Error('the scenario loaded has no guided session');
    const resolve = (name: string): Scenario => {
      const resolved = resolveVariant(source!, name);
      if (!resolved.ok) throw new Error(`the guide names a run that does not resolve: ${name}`);
      return { ...resolved.scenario, seed: simulation!.seed };
    };
    return { run: resolve(source.guide.run ?? BASELINE), comparison: resolve(source.guide.debrief.compareWith) };
  },

  /**
   * A person's plain-language timeline up to `asOfWeek` (the week on screen; the latest when omitted), with the names
   * of the others involved, their weekly morale, trust in the leader and energy, and the main rises and falls of their
   * morale with what went with them. Works for people who have left.
   */
  story(personId: number, asOfWeek?: number): PersonStory {
    const { scenario: run, simulation: sim } = requireRun();
    const week = Math.max(0, Math.min(sim.week, asOfWeek ?? sim.week));
    const entries = sim
      .story(personId)
      .filter((entry) => entry.week <= week)
      .map((entry) => {
        const otherName = entry.otherId === undefined ? undefined : sim.personName(entry.otherId);
        return otherName === undefined ? { ...entry } : { ...entry, otherName };
      });
    histories ??= new StoryHistories(run, sim.seed);
    const weeks = histories.person(personId, week);
    return { personId, name: sim.personName(personId) ?? `Person ${personId}`, entries, weeks, turns: weeks ? moraleTurns(weeks, entries) : [] };
  },

  /** The run so far as tidy CSV (the CLI's rows). */
  csv(): string {
    const { simulation: sim } = requireRun();
    return tidyCsv([{ result: sim.result(), label: { run: 0, variant: 'baseline' } }]);
  },

  /**
   * Re-simulates the running scenario (lever changes included) from week 0 to
   * `week` and returns that week's frame: how the scrubber replays weeks whose
   * frames the page did not keep. Deterministic, so identical to the live run.
   */
  frameAt(week: number): WeekFrame {
    const { scenario: run, simulation: sim } = requireRun();
    const replay = createSimulation(run, { seed: sim.seed });
    replay.step(Math.min(week, sim.week));
    const frame = frameOf(replay);
    return Comlink.transfer(frame, buffersOf(frame));
  },
};

/** The worker's API as the page sees it through comlink. */
export type SimulationWorkerApi = typeof api;

Comlink.expose(api);
