/**
 * The engine's public contract, shared by the browser worker, the CLI and the
 * tests. Results are typed arrays so they can be transferred between threads
 * without copying objects.
 */
import type { MetricKey } from './metrics.ts';
import type { Scenario, ScenarioEvent, Style } from './scenario/schema.ts';

export interface RunOptions {
  /** Overrides `scenario.seed`. */
  readonly seed?: number;
  /** Overrides `scenario.weeks` (at most the schema limit). */
  readonly weeks?: number;
  /** Overrides `scenario.measurement.stories`. */
  readonly stories?: boolean;
  /**
   * Keep the organisation's plain-language log (default true; `runScenario`,
   * which returns only the metrics, defaults to false). Like stories, the log
   * never changes a metric; headless batch runs skip it to save memory.
   */
  readonly log?: boolean;
}

/**
 * Weekly metrics of one run. `values` is laid out week-major:
 * index = ((week - 1) * units + unit) * metricKeys.length + metric, where
 * unit is a team index (in `teamNames` order) or `teamNames.length` for the
 * whole organisation.
 */
export interface RunResult {
  readonly engineVersion: string;
  readonly seed: number;
  /** Weeks recorded so far (rows per unit). */
  readonly weeks: number;
  readonly teamNames: readonly string[];
  readonly metricKeys: readonly MetricKey[];
  readonly values: Float64Array;
}

export const ROLE_MEMBER = 0;
export const ROLE_LEADER = 1;

/** The people employed now, for drawing (one entry per person, same order in every array). */
export interface PeopleFrame {
  readonly week: number;
  readonly ids: Int32Array;
  readonly names: readonly string[];
  readonly team: Int16Array;
  /** ROLE_MEMBER or ROLE_LEADER. */
  readonly role: Uint8Array;
  /** Index into STYLES. */
  readonly style: Uint8Array;
  readonly morale: Float32Array;
  readonly energy: Float32Array;
  /** 1 when energy is below the burnout threshold. */
  readonly burnout: Uint8Array;
  readonly tenureWeeks: Int32Array;
  readonly trustInLeader: Float32Array;
}

/** Directed peer ties among the people employed now (by person id). */
export interface TieFrame {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly trust: Float32Array;
}

export type StoryKind =
  | 'joined'
  | 'helped'
  | 'was-helped'
  | 'refused'
  | 'was-refused'
  | 'recognised'
  | 'breach'
  | 'withdrew'
  | 'conflict'
  | 'repaired'
  | 'burnout'
  | 'colleague-left'
  | 'mentored'
  | 'looking'
  | 'left';

/** One notable moment in a person's life in the simulation, in plain language. */
export interface StoryEntry {
  readonly week: number;
  readonly kind: StoryKind;
  /** The other person involved, if any (a person id). */
  readonly otherId?: number;
  readonly text: string;
}

/** Why someone left (the order fixes the engine's cause index). */
export const QUIT_CAUSES = ['burnout', 'morale', 'leader', 'belonging', 'contagion', 'imbalance', 'layoff', 'key-person'] as const;
export type QuitCause = (typeof QUIT_CAUSES)[number];

/** One line of the organisation's event log, in plain language. */
export interface LogEntry {
  readonly week: number;
  readonly kind: 'event' | 'quit' | 'layoff' | 'hire' | 'breach' | 'withdrawal' | 'repair' | 'policy' | 'conflict' | 'burnout';
  readonly personId?: number;
  readonly team?: string;
  readonly cause?: QuitCause;
  readonly text: string;
}

/** Everything needed to resume a run exactly: plain data and typed arrays (structured-cloneable). */
export interface SimulationSnapshot {
  readonly engineVersion: string;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly state: unknown;
}

export interface Simulation {
  readonly scenario: Scenario;
  readonly seed: number;
  /** Weeks completed so far (0 before the first step). */
  readonly week: number;
  /** Weeks this run will simulate in all. */
  readonly weeks: number;
  /** Advances by `weeks` (default 1), never beyond the end. */
  step(weeks?: number): void;
  result(): RunResult;
  people(): PeopleFrame;
  ties(): TieFrame;
  log(): readonly LogEntry[];
  story(personId: number): readonly StoryEntry[];
  /** Display name of a person, past or present. */
  personName(personId: number): string | undefined;
  /** Adds an event at a future week (> week); how a lever moved mid-run is recorded. */
  schedule(event: ScenarioEvent): void;
  snapshot(): SimulationSnapshot;
}

export type { Style };
