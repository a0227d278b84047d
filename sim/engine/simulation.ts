/**
 * The engine's entry point: creates a run from a scenario, advances it week by
 * week in a fixed order (see MODEL.md, "Process overview and scheduling"), and
 * answers the read-only questions of the views, the CLI and the tests.
 *
 * The weekly order is WEEKLY_ORDER below: one table, which tick runs and the
 * benchmark times phase by phase (each entry calls its process, imported from
 * the file of that process).
 */
import { METRIC_KEYS } from '../metrics.ts';
import { generatedName } from '../narrate/names.ts';
import { logEntry, storyEntry, type NarrationContext } from '../narrate/words.ts';
import { LEVERS } from '../scenario/levers.ts';
import type { Scenario, ScenarioEvent } from '../scenario/schema.ts';
import type { LogEntry, PeopleFrame, RunOptions, RunResult, Simulation, SimulationSnapshot, StoryEntry, TieFrame } from '../types.ts';
import { adaptiveLeaderWeek } from './adaptive.ts';
import { allocateNew, BufferPool, type Allocate } from './buffers.ts';
import { makeConfig, type EngineConfig } from './config.ts';
import { customersWeek, type CustomerScratch } from './customers.ts';
import { applyEvents } from './events.ts';
import { helpingWeek, type HelpScratch } from './helping.ts';
import { hiringWeek } from './hiring.ts';
import { imbalanceWeek } from './imbalance.ts';
import { leaderWeek, type LeaderScratch } from './leader.ts';
import { surveyWeek } from './measurement.ts';
import { collectMetrics, makeCollectorScratch, type CollectorScratch } from './metrics-collector.ts';
import { networkWeek } from './network.ts';
import { normsWeek } from './norms.ts';
import { allocateState, initialisePopulation } from './population.ts';
import { repairWeek } from './repair.ts';
import { socialisationWeek } from './socialisation.ts';
import { PUSH_COUNT, type EngineState } from './state.ts';
import { trustNow } from './ties.ts';
import { turnoverWeek, type TurnoverScratch } from './turnover.ts';
import { wellbeingWeek } from './wellbeing.ts';
import { bareGameWork } from './work.ts';

const LEVER_LABELS = new Map<string, string>(LEVERS.map((l) => [l.key, l.label.toLowerCase()]));

/** Version stamped on every result; bump when outputs for the same scenario and seed change (and CITATION.cff's version with it: a test checks). */
export const ENGINE_VERSION = '2.0.0';

/** Buffers reused every week so a tick allocates nothing of note (not part of the state). */
export interface EngineScratch {
  leader: LeaderScratch;
  help: HelpScratch;
  turnover: TurnoverScratch;
  customers: CustomerScratch;
  collector: CollectorScratch;
  headcount: Int32Array;
  surveySums: Float64Array;
  surveyCounts: Float64Array;
}
type Scratch = EngineScratch;

function makeScratch(s: EngineState, take: Allocate): Scratch {
  const T = s.T;
  const team = () => take(Float64Array, T);
  return {
    leader: {
      members: team(), contribution: team(), meanContribution: team(), deservedBase: team(), load: team(), support: team(), climate: team(),
      supported: team(), blamed: team(),
    },
    help: { asked: take(Uint8Array, s.cap), met: take(Uint8Array, s.cap), weights: take(Float64Array, s.K), prefix: { asking: 0, kind: 0, helping: 0, trust: 0, offer: 0 } },
    turnover: { pushes: take(Float64Array, PUSH_COUNT) },
    customers: { start: take(Int32Array, T + 1), slots: take(Int32Array, s.cap), quality: team(), encounters: team() },
    collector: makeCollectorScratch(s, take),
    headcount: take(Int32Array, T),
    surveySums: take(Float64Array, T + 1),
    surveyCounts: take(Float64Array, T + 1),
  };
}

/** Gives a finished run's arrays (state and scratch) back to `pool`; the run must not be used afterwards. */
function recycleRun(pool: BufferPool, s: EngineState, x: Scratch): void {
  for (const holder of [s, x, x.leader, x.help, x.turnover, x.customers, x.collector]) pool.recycle(holder);
}

/** Which model a phase belongs to: the full workplace model, the bare donation game (`model.workplaceLayers` off), or both. */
type PhaseModel = 'both' | 'workplace' | 'game';

/** One process of the weekly order. */
export interface Phase {
  readonly name: string;
  readonly model: PhaseModel;
  run(s: EngineState, cfg: EngineConfig, x: Scratch): void;
}

/**
 * The weekly order (MODEL.md §3 describes each step), as data: tick runs it,
 * and the benchmark times it phase by phase. The workplace model runs the
 * 'both' and 'workplace' phases; the bare donation game the 'both' and 'game' ones.
 */
export const WEEKLY_ORDER: readonly Phase[] = [
  { name: 'events', model: 'both', run: (s, cfg) => applyEvents(s, cfg) },
  // Work arrives in the same pass as the leader's actions, person by person.
  { name: 'work + leader', model: 'workplace', run: (s, cfg, x) => leaderWeek(s, cfg, x.leader) },
  { name: 'work', model: 'game', run: (s) => bareGameWork(s) },
  { name: 'asking + offering', model: 'both', run: (s, cfg, x) => helpingWeek(s, cfg, x.help) },
  { name: 'helping norms', model: 'workplace', run: (s, cfg, x) => normsWeek(s, cfg, x.help) },
  { name: 'imbalance', model: 'workplace', run: (s, cfg) => imbalanceWeek(s, cfg) },
  { name: 'ledgers', model: 'game', run: (s, cfg) => decayExchanged(s, cfg) },
  { name: 'repair', model: 'workplace', run: (s, cfg) => repairWeek(s, cfg) },
  { name: 'ties form', model: 'workplace', run: (s, cfg) => networkWeek(s, cfg) },
  { name: 'socialisation', model: 'workplace', run: (s, cfg) => socialisationWeek(s, cfg) },
  { name: 'wellbeing', model: 'workplace', run: (s, cfg, x) => wellbeingWeek(s, cfg, x.leader) },
  { name: 'search + quits', model: 'workplace', run: (s, cfg, x) => turnoverWeek(s, cfg, x.turnover) },
  { name: 'hiring', model: 'workplace', run: (s, cfg, x) => hiringWeek(s, cfg, x.headcount) },
  { name: 'customers', model: 'workplace', run: (s, cfg, x) => customersWeek(s, cfg, x.customers) },
  { name: 'survey', model: 'both', run: (s, cfg, x) => surveyWeek(s, cfg, x.surveySums, x.surveyCounts) },
  { name: 'adaptive leader', model: 'workplace', run: (s, cfg) => adaptiveLeaderWeek(s, cfg) },
  { name: 'metrics', model: 'both', run: (s, cfg, x) => collectMetrics(s, cfg, x.collector) },
];

/** The bare game's only weekly bookkeeping: the scale of the imbalance index fades like the ledgers. */
function decayExchanged(s: EngineState, cfg: EngineConfig): void {
  for (let i = 0; i < s.cap; i++) s.exchanged[i] *= cfg.p.ledgerDecay;
}

/** Advances the state by one week through `phases` (the weekly order unless a benchmark wraps it). Exported for tests that drive systems directly. */
export function tick(s: EngineState, cfg: EngineConfig, x: Scratch, phases: readonly Phase[] = WEEKLY_ORDER): void {
  s.week++;
  s.acc.fill(0);
  const skip: PhaseModel = cfg.layers ? 'game' : 'workplace';
  for (let k = 0; k < phases.length; k++) if (phases[k].model !== skip) phases[k].run(s, cfg, x);
}

/** A running simulation with access to its internal state (for tests and experiments). */
export interface EngineSimulation extends Simulation {
  /** The live state. Read-only by convention: mutate it only in tests. */
  readonly state: EngineState;
  readonly config: EngineConfig;
  /** The run's weekly buffers, for driving `tick` directly (tests and the benchmark). */
  readonly scratch: EngineScratch;
}

function wrap(scenario: Scenario, s: EngineState, cfg: EngineConfig, scratch: Scratch): EngineSimulation {
  const M = METRIC_KEYS.length;
  const units = s.T + 1;
  const teamNames = scenario.teams.map((t) => t.name);
  const nameOf = (id: number) => s.customNames[id] ?? generatedName(id, s.luck);
  const narration: NarrationContext = { personName: nameOf, teamName: (t) => teamNames[t] ?? `team ${t}` };
  const leverLabel = (key: string) => LEVER_LABELS.get(key) ?? key;
  const aliveSlotsById = (): number[] => {
    const slots: number[] = [];
    for (let i = 0; i < s.cap; i++) if (s.alive[i]) slots.push(i);
    slots.sort((a, b) => s.id[a] - s.id[b]);
    return slots;
  };
  return {
    scenario,
    seed: s.seed,
    state: s,
    config: cfg,
    scratch,
    get week() {
      return s.week;
    },
    weeks: s.weeks,
    step(n = 1) {
      const end = Math.min(s.weeks, s.week + Math.max(0, Math.floor(n)));
      while (s.week < end) tick(s, cfg, scratch);
    },
    result(): RunResult {
      return {
        engineVersion: ENGINE_VERSION, seed: s.seed, weeks: s.week, teamNames, metricKeys: METRIC_KEYS,
        values: s.values.slice(0, s.week * units * M),
      };
    },
    people(): PeopleFrame {
      const slots = aliveSlotsById();
      const n = slots.length;
      const frame = {
        week: s.week, ids: new Int32Array(n), names: [] as string[], team: new Int16Array(n), role: new Uint8Array(n),
        style: new Uint8Array(n), morale: new Float32Array(n), energy: new Float32Array(n), burnout: new Uint8Array(n),
        tenureWeeks: new Int32Array(n), trustInLeader: new Float32Array(n),
      };
      slots.forEach((i, k) => {
        frame.ids[k] = s.id[i];
        frame.names.push(nameOf(s.id[i]));
        frame.team[k] = s.team[i];
        frame.role[k] = s.role[i];
        frame.style[k] = s.style[i];
        frame.morale[k] = s.morale[i];
        frame.energy[k] = s.energy[i];
        frame.burnout[k] = s.energy[i] < cfg.p.burnoutThreshold ? 1 : 0;
        frame.tenureWeeks[k] = s.week - s.startWeek[i];
        frame.trustInLeader[k] = s.trustLeader[i];
      });
      return frame;
    },
    ties(): TieFrame {
      const from: number[] = [];
      const to: number[] = [];
      const trust: number[] = [];
      for (const i of aliveSlotsById()) {
        for (let k = 0; k < s.K; k++) {
          const j = i * s.K + k;
          if (s.tPeer[j] < 0) continue;
          from.push(s.id[i]);
          to.push(s.id[s.tPeer[j]]);
          trust.push(trustNow(s, cfg, j));
        }
      }
      return { from: Int32Array.from(from), to: Int32Array.from(to), trust: Float32Array.from(trust) };
    },
    log(): readonly LogEntry[] {
      return s.log?.map((h) => logEntry(h, narration, leverLabel)) ?? [];
    },
    story(personId: number): readonly StoryEntry[] {
      return s.stories?.[personId]?.map((h) => storyEntry(h, personId, narration)) ?? [];
    },
    personName(personId: number) {
      return Number.isInteger(personId) && personId >= 0 && personId < s.nextId ? nameOf(personId) : undefined;
    },
    schedule(event: ScenarioEvent) {
      if (event.week <= s.week) {
        throw new RangeError(`An event can only be scheduled for a future week: week ${event.week} has already started (now at week ${s.week}).`);
      }
      s.events.push(event);
    },
    snapshot(): SimulationSnapshot {
      return { engineVersion: ENGINE_VERSION, scenario, seed: s.seed, state: structuredClone(s) };
    },
  };
}

/**
 * A new run's state and buffers at week 0 (arrays from `take`): the starting
 * organisation, run through the scenario's warm-up weeks (no events, nothing
 * reported or told) so that tenure, skill, ties and norms have settled before
 * week 1.
 */
function start(scenario: Scenario, options: RunOptions, take: Allocate): { s: EngineState; cfg: EngineConfig; scratch: Scratch } {
  const seed = (options.seed ?? scenario.seed) >>> 0;
  const weeks = Math.max(1, Math.floor(options.weeks ?? scenario.weeks));
  const cfg = makeConfig(scenario, options.stories ?? scenario.measurement.stories, options.log ?? true, weeks + (scenario.warmupWeeks ?? 0));
  const s = allocateState(cfg, seed, weeks, take);
  initialisePopulation(s, cfg);
  const scratch = makeScratch(s, take);
  while (s.week < 0) tick(s, cfg, scratch);
  return { s, cfg, scratch };
}

/** Creates a run of a validated scenario, at week 0. */
export function createSimulation(scenario: Scenario, options: RunOptions = {}): EngineSimulation {
  const { s, cfg, scratch } = start(scenario, options, allocateNew);
  return wrap(scenario, s, cfg, scratch);
}

/** Resumes a run from a snapshot; it continues exactly as the original would have. */
export function restoreSimulation(snapshot: SimulationSnapshot): EngineSimulation {
  if (snapshot.engineVersion !== ENGINE_VERSION) {
    throw new Error(`This snapshot was made by engine ${snapshot.engineVersion}; this is engine ${ENGINE_VERSION}. Re-run the scenario instead.`);
  }
  const s = structuredClone(snapshot.state) as EngineState;
  const cfg = makeConfig(snapshot.scenario, s.stories !== null, s.log !== null, s.weeks + (snapshot.scenario.warmupWeeks ?? 0));
  return wrap(snapshot.scenario, s, cfg, makeScratch(s, allocateNew));
}

/**
 * Runs scenarios back to back, each new run taking the arrays of the one before
 * (zeroed; see buffers.ts) instead of allocating its own: for batches of runs
 * of the same shape. Every result is bit-identical to runScenario's.
 */
export interface Runner {
  run(scenario: Scenario, options?: RunOptions): RunResult;
}

export function createRunner(): Runner {
  const pool = new BufferPool();
  return {
    run(scenario, options = {}) {
      const { s, cfg, scratch } = start(scenario, { log: false, ...options }, pool.take);
      const sim = wrap(scenario, s, cfg, scratch);
      sim.step(sim.weeks);
      const result = sim.result(); // a copy of the values: the state's arrays go back to the pool
      recycleRun(pool, s, scratch);
      return result;
    },
  };
}

/** Runs a scenario to the end and returns its metrics. */
export function runScenario(scenario: Scenario, options: RunOptions = {}): RunResult {
  const sim = createSimulation(scenario, { log: false, ...options });
  sim.step(sim.weeks);
  return sim.result();
}
