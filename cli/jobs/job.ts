/**
 * A job is a list of units (one simulation run each) plus a serialisable spec
 * from which its output is rendered. Units are numbered; output is always
 * assembled by unit number, never by completion order, so any thread count or
 * sharding gives the same bytes.
 */
import type { RunResult, Scenario } from '../../sim/index.ts';

/** What a unit returns: the whole run, or only its final-quarter organisation means (one per metric). */
export type UnitKind = 'full' | 'final' | 'game';

/** One run to do: which of the job's scenarios, which seed, how many weeks. */
export interface UnitTask {
  readonly scenario: number;
  readonly seed: number;
  readonly weeks: number;
}

/** A unit's result: a RunResult for `full`, a Float64Array of final-quarter means for `final`, a classic game's rows for `game`. */
export type UnitResult = RunResult | Float64Array;

/** The serialisable description of a job: everything its output depends on (stored in shard headers). */
export interface JobSpec {
  readonly command: 'run' | 'compare' | 'sweep';
  readonly engineVersion: string;
  readonly scenarioHash: string;
  readonly [key: string]: unknown;
}

export interface Job {
  readonly spec: JobSpec;
  readonly kind: UnitKind;
  /** The distinct scenarios units refer to (variants, sweep points). */
  readonly scenarios: readonly Scenario[];
  readonly unitCount: number;
  task(unit: number): UnitTask;
}

/**
 * A job of every scenario × every seed, numbered scenario-major (unit = scenario × runs + run): compare's variants and
 * sweep's points.
 */
export function scenarioMajorJob(spec: JobSpec & { readonly seeds: readonly number[]; readonly weeks: number }, kind: UnitKind, scenarios: readonly Scenario[]): Job {
  const runs = spec.seeds.length;
  return {
    spec,
    kind,
    scenarios,
    unitCount: scenarios.length * runs,
    task: (unit) => ({ scenario: Math.floor(unit / runs), seed: spec.seeds[unit % runs], weeks: spec.weeks }),
  };
}

/** Rendered output: text, or bytes (Parquet). */
export type Chunk = string | Uint8Array;

/** Turns unit results, in unit order, into output text (or bytes). */
export interface Renderer {
  /** Output before the first unit (a header). */
  begin(): Chunk;
  /** Output for one unit; called in unit order. */
  unit(index: number, result: UnitResult): Chunk;
  /** Output after the last unit (statistics, closing brackets, a file footer). */
  end(): Chunk;
  /** Human-readable notes for stderr (for example a sensitivity ranking next to CSV data), or ''. */
  notes(): string;
}
