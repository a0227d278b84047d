/**
 * An ensemble as a flat list of runs, numbered 0…total−1. Run r belongs to
 * variant ⌊r / runsPerVariant⌋ and uses seed `baseSeed + (r mod runsPerVariant)`,
 * so every variant sees the same seeds (common random numbers). Results are
 * stored by run number, never by arrival order, which is what makes the output
 * identical whatever the number of workers or the order they finish in.
 */
import type { Scenario } from '../../../../sim/scenario/schema.ts';

/** What to run: one resolved scenario per variant, the same seeds for each. */
export interface EnsemblePlan {
  /** The scenario each variant runs (already resolved; `variants` empty). */
  readonly scenarios: readonly Scenario[];
  readonly runsPerVariant: number;
  readonly baseSeed: number;
  readonly weeks: number;
  /** Metric columns kept (indices into METRIC_KEYS), organisation level only. */
  readonly metricIndices: readonly number[];
}

/** A contiguous slice of run numbers handed to one worker at a time. */
export interface RunBatch {
  readonly start: number;
  readonly count: number;
}

/** The seeds are 32-bit unsigned, like the schema's; wrap rather than overflow. */
export function seedOf(plan: Pick<EnsemblePlan, 'baseSeed' | 'runsPerVariant'>, run: number): number {
  return (plan.baseSeed + (run % plan.runsPerVariant)) >>> 0;
}

export function variantOf(plan: Pick<EnsemblePlan, 'runsPerVariant'>, run: number): number {
  return Math.floor(run / plan.runsPerVariant);
}

export function totalRuns(plan: Pick<EnsemblePlan, 'scenarios' | 'runsPerVariant'>): number {
  return plan.scenarios.length * plan.runsPerVariant;
}

/** Numbers stored per run: weeks × kept metrics. */
export function runStride(plan: Pick<EnsemblePlan, 'weeks' | 'metricIndices'>): number {
  return plan.weeks * plan.metricIndices.length;
}

/**
 * Cuts runs 0…total−1 into batches of at most `size`. Small batches keep all
 * cores busy to the end and let Cancel act quickly; large ones save messages.
 */
export function planBatches(total: number, size: number): RunBatch[] {
  const step = Math.max(1, Math.floor(size));
  const batches: RunBatch[] = [];
  for (let start = 0; start < total; start += step) batches.push({ start, count: Math.min(step, total - start) });
  return batches;
}

/** A batch size that gives each worker several batches (for balance) without drowning in messages. */
export function batchSizeFor(total: number, workers: number): number {
  return Math.max(1, Math.min(16, Math.ceil(total / (Math.max(1, workers) * 6))));
}
