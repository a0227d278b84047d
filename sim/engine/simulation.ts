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
import type { Scenario, ScenarioEvent } from '../scenario/schema.ts';
import type { LogEntry, PeopleFrame, RunOptions, RunResult, Simulation, SimulationSnapshot, StoryEntry, TieFrame } from '../types.ts';
import { allocateNew, BufferPool, type Allocate } from './buffers.ts';
import { makeConfig, type EngineConfig } from './config.ts';
import { customersWeek } from './customers.ts';
import { applyEvents } from './events.ts';
import { helpingWeek, type HelpTally } from './helping.ts';
import { decayAndImbalanceWeek, decayLedgers } from './imbalance.ts';
import { leaderWeek, type LeaderScratch } from './leader.ts';
import { surveyWeek } from './measurement.ts';
import { collectMetrics, frontlineMorale, makeCollectorScratch, type CollectorScratch } from './metrics-collector.ts';
import { nameOf } from './stories.ts';
import { organisationWeek, updateNorms } from './organisation.ts';
import { allocateState, initialisePopulation } from './population.ts';
import { repairWeek } from './repair.ts';
import { recountConflicts } from './ties.ts';
import type { EngineState } from './state.ts';
import { hiringWeek, turnoverWeek } from './turnover.ts';
import { wellbeingWeek } from './wellbeing.ts';
import { workArrives } from './work.ts';

/** Version stamped on every result; bump when outputs for the same scenario and seed change (and CITATION.cff's version with it: a test checks). */
export const ENGINE_VERSION = '1.1.0';

/** Buffers reused every week so a tick allocates nothing of note. */
interface Scratch {
  tally: HelpTally;
  leader: LeaderScratch;
  collector: CollectorScratch;
  headcount: Int32Array;
  surveySums: Float64Array;
  surveyCounts: Float64Array;
}

function makeScratch(s: EngineState, take: Allocate): Scratch {
  return {
    tally: { asked: take(Float64Array, s.T), met: take(Float64Array, s.T) },
    leader: { contribution: take(Float64Array, s.T), members: take(Float64Array, s.T), meanContribution: take(Float64Array, s.T), deservedBase: take(Float64Array, s.T) },
    collector: makeCollectorScratch(s, take),
    headcount: take(Int32Array, s.T),
    surveySums: take(Float64Array, s.T + 1),
    surveyCounts: take(Float64Array, s.T + 1),
  };
}

/** Gives a finished run's arrays (state and scratch) back to `pool`; the run must not be used afterwards. */
function recycleRun(pool: BufferPool, s: EngineState, x: Scratch): void {
  for (const holder of [s, x, x.tally, x.leader, x.collector]) pool.recycle(holder);
}

/** Buffers a run reuses every week (not part of the state). */
export type EngineScratch = Scratch;

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
  { name: 'work', model: 'game', run: (s, cfg) => workArrives(s, cfg) },
  {
    name: 'asking + helping', model: 'both', run: (s, cfg, x) => {
      x.tally.asked.fill(0);
      x.tally.met.fill(0);
      helpingWeek(s, cfg, x.tally);
    },
  },
  { name: 'helping norm', model: 'workplace', run: (s, _cfg, x) => updateNorms(s, x.tally) },
  { name: 'ledgers + imbalance', model: 'workplace', run: (s, cfg) => decayAndImbalanceWeek(s, cfg) },
  { name: 'ledgers', model: 'game', run: (s, cfg) => decayLedgers(s, cfg) },
  { name: 'repair', model: 'workplace', run: (s, cfg) => repairWeek(s, cfg) },
  { name: 'organisation', model: 'workplace', run: (s, cfg) => organisationWeek(s, cfg) },
  { name: 'wellbeing', model: 'workplace', run: (s, cfg) => wellbeingWeek(s, cfg) },
  { name: 'quits', model: 'workplace', run: (s, cfg) => turnoverWeek(s, cfg) },
  { name: 'hiring', model: 'workplace', run: (s, cfg, x) => hiringWeek(s, cfg, x.headcount) },
  // Frontline morale is a pass over people, made only when there are customers for it to reach.
  {
    name: 'customers', model: 'workplace', run: (s, cfg, x) => {
      if (s.customerCount > 0) customersWeek(s, cfg, frontlineMorale(s, x.collector));
    },
  },
  { name: 'survey', model: 'both', run: (s, cfg, x) => surveyWeek(s, cfg, x.surveySums, x.surveyCounts) },
  { name: 'metrics', model: 'both', run: (s, cfg, x) => collectMetrics(s, cfg, x.collector) },
];

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
        frame.names.push(nameOf(s, s.id[i]));
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
          trust.push(s.tTrust[j]);
        }
      }
      return { from: Int32Array.from(from), to: Int32Array.from(to), trust: Float32Array.from(trust) };
    },
    log(): readonly LogEntry[] {
      return s.log?.slice() ?? [];
    },
    story(personId: number): readonly StoryEntry[] {
      return s.stories?.[personId]?.slice() ?? [];
    },
    personName(personId: number) {
      return Number.isInteger(personId) && personId >= 0 && personId < s.nextId ? nameOf(s, personId) : undefined;
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

/** A new run's state and buffers at week 0 (arrays from `take`). */
function start(scenario: Scenario, options: RunOptions, take: Allocate): { s: EngineState; cfg: EngineConfig; scratch: Scratch } {
  const seed = (options.seed ?? scenario.seed) >>> 0;
  const weeks = Math.max(1, Math.floor(options.weeks ?? scenario.weeks));
  const cfg = makeConfig(scenario, options.stories ?? scenario.measurement.stories, options.log ?? true);
  const s = allocateState(cfg, seed, weeks, take);
  initialisePopulation(s, cfg);
  return { s, cfg, scratch: makeScratch(s, take) };
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
  if (!(s.conflicts instanceof Uint8Array)) s.conflicts = recountConflicts(s);
  if (s.log === undefined) s.log = []; // snapshots from before the log could be switched off
  const cfg = makeConfig(snapshot.scenario, s.stories !== null, s.log !== null);
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
