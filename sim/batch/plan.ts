/**
 * A batch of runs as a flat list of numbered units: every scenario (a variant,
 * a sweep point) on every seed, numbered scenario-major — unit u runs scenario
 * ⌊u / runs⌋ on seed `seeds[u mod runs]` — so every scenario sees the same
 * seeds (common random numbers). The CLI's jobs and the compare page's
 * ensembles number their units this way, and results are always kept by unit
 * number, never by the order they arrive in (see order.ts and schedule.ts).
 */
import type { Scenario } from '../scenario/schema.ts';

/** What to run: each scenario (already resolved: no variants to apply) on each seed, for `weeks` weeks. */
export interface RunPlan {
  readonly scenarios: readonly Scenario[];
  /** Run r of every scenario uses seeds[r]. */
  readonly seeds: readonly number[];
  readonly weeks: number;
}

/** One unit to compute: which scenario, which run (and its seed), how many weeks. */
export interface UnitTask {
  readonly scenario: number;
  readonly run: number;
  readonly seed: number;
  readonly weeks: number;
}

/** A half-open range of unit numbers, start … end − 1. */
export interface UnitRange {
  readonly start: number;
  readonly end: number;
}

/** The seeds of runs 0…runs−1: first, first+1, … wrapping modulo 2^32 (the schema's seeds are 32-bit unsigned). */
export function seedsFrom(first: number, runs: number): number[] {
  return Array.from({ length: runs }, (_, r) => (first + r) % 4294967296);
}

/** Units in a plan: scenarios × seeds. */
export function unitCount(plan: Pick<RunPlan, 'scenarios' | 'seeds'>): number {
  return plan.scenarios.length * plan.seeds.length;
}

/** What unit `unit` of a plan runs. */
export function unitTask(plan: RunPlan, unit: number): UnitTask {
  const runs = plan.seeds.length;
  const run = unit % runs;
  return { scenario: Math.floor(unit / runs), run, seed: plan.seeds[run], weeks: plan.weeks };
}

/** The contiguous range of shard `index` of `count` over `units` units (`--shard i/n`). */
export function shardRange(index: number, count: number, units: number): UnitRange {
  return { start: Math.floor((index * units) / count), end: Math.floor(((index + 1) * units) / count) };
}
