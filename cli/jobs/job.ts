/**
 * A job is a run plan (sim/batch/plan.ts: every scenario on every seed, as
 * numbered units), what each unit gives back, and a serialisable spec from
 * which its output is rendered. Output is always assembled by unit number,
 * never by completion order, so any thread count or sharding gives the same
 * bytes.
 */
import type { UnitKind, UnitResult } from '../../sim/batch/compute.ts';
import type { RunPlan } from '../../sim/batch/plan.ts';

export type { UnitKind, UnitResult };

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
  /** The scenarios (variants, sweep points) and seeds; unit = scenario × runs + run. */
  readonly plan: RunPlan;
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
