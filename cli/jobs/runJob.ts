/**
 * The `run` job: R runs of one variant on seeds seed, seed+1, …; output is the
 * tidy rows of every run (or, with --summary, one row per run and team), as
 * CSV, JSON with a reproducibility stamp, or Parquet.
 */
import type { RunResult, Scenario } from '../../sim/index.ts';
import type { Job, JobSpec, Renderer, UnitResult } from './job.ts';
import { summaryColumns, summaryRows, weeklyColumns, weeklyRows } from './rows.ts';
import { tableWriter, type TableFormat } from './table.ts';

export interface RunSpec extends JobSpec {
  readonly command: 'run';
  readonly format: TableFormat;
  readonly variant: string;
  readonly seeds: readonly number[];
  readonly weeks: number;
  /** One row per run and team (final-quarter means and totals) instead of weekly rows. */
  readonly summary?: boolean;
}

/** Builds the job for a resolved variant scenario. */
export function runJob(spec: RunSpec, scenario: Scenario): Job {
  return { spec, kind: 'full', plan: { scenarios: [scenario], seeds: spec.seeds, weeks: spec.weeks } };
}

/** The reproducibility stamp of a run or sweep job (JSON's "stamp", Parquet's key-value metadata). */
export function tableStamp(spec: RunSpec | (JobSpec & { variant: string; seeds: readonly number[]; weeks: number; summary?: boolean }), extra: Record<string, unknown> = {}) {
  return {
    engineVersion: spec.engineVersion,
    scenarioHash: spec.scenarioHash,
    seeds: spec.seeds,
    variant: spec.variant,
    weeks: spec.weeks,
    ...extra,
    ...(spec.summary ? { summary: 'final-quarter means and run totals' } : {}),
  };
}

/** Renders a run job as CSV, JSON `{stamp, columns, rows}` (one row per line) or Parquet. */
export function runRenderer(spec: RunSpec): Renderer {
  const columns = spec.summary ? summaryColumns() : weeklyColumns();
  const rowsOf = spec.summary ? summaryRows : weeklyRows;
  const table = tableWriter(spec.format, columns, tableStamp(spec));
  return {
    begin: () => table.begin(),
    unit: (index: number, result: UnitResult) => table.rows(rowsOf(result as RunResult, index, spec.variant)),
    end: () => table.end(),
    notes: () => '',
  };
}
