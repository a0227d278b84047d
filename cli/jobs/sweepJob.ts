/**
 * The `sweep` job: a full-factorial design over dotted-path parameters, R
 * seeds per point (the same seeds at every point: common random numbers).
 * Output is tidy rows with a `point` column and one column per parameter
 * before the metric columns.
 */
import { METRIC_INDEX, type RunResult, type Scenario } from '../../sim/index.ts';
import type { DesignObservation } from '../../sim/analysis/index.ts';
import { finalQuarter } from '../../sim/results.ts';
import { pointLevels, type SweepParam } from '../sweepParams.ts';
import type { Job, JobSpec, Renderer, UnitResult } from './job.ts';
import { summaryColumns, summaryRows, weeklyColumns, weeklyRows } from './rows.ts';
import { tableStamp } from './runJob.ts';
import { SENSITIVITY_OUTCOMES, formatSweepSensitivity, sweepSensitivity } from './sensitivityReport.ts';
import { tableWriter, type Column, type ColumnType, type TableFormat } from './table.ts';

export interface SweepSpec extends JobSpec {
  readonly command: 'sweep';
  readonly format: TableFormat;
  readonly sensitivity: boolean;
  readonly variant: string;
  readonly params: readonly SweepParam[];
  readonly seeds: readonly number[];
  readonly weeks: number;
  /** One row per run and team (final-quarter means and totals) instead of weekly rows. */
  readonly summary?: boolean;
}

/** Units are numbered point-major: unit = point × runs + run; `scenarios[point]` is that point's scenario. */
export function sweepJob(spec: SweepSpec, scenarios: readonly Scenario[]): Job {
  return { spec, kind: 'full', plan: { scenarios, seeds: spec.seeds, weeks: spec.weeks } };
}

/** A parameter's column type: numbers, flags, or (mixed or names) text. */
function paramType(values: readonly unknown[]): ColumnType {
  if (values.every((v) => typeof v === 'number')) return 'double';
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'string';
}

/** Renders a sweep job as CSV, JSON `{stamp, columns, rows[, sensitivity]}` or Parquet. */
export function sweepRenderer(spec: SweepSpec): Renderer {
  const runs = spec.seeds.length;
  const types = spec.params.map((p) => paramType(p.values));
  const extra: Column[] = [{ name: 'point', type: 'int32' }, ...spec.params.map((p, i): Column => ({ name: p.path, type: types[i], raw: true }))];
  const columns = spec.summary ? summaryColumns(extra) : weeklyColumns(extra);
  const rowsOf = spec.summary ? summaryRows : weeklyRows;
  const table = tableWriter(spec.format, columns, tableStamp(spec, { params: spec.params }));
  const observations: Record<string, DesignObservation[]> = Object.fromEntries(SENSITIVITY_OUTCOMES.map((o) => [o, []]));
  const ranking = () => sweepSensitivity(spec.params, observations);
  return {
    begin: () => table.begin(),
    unit(index: number, result: UnitResult) {
      const run = result as RunResult;
      const point = Math.floor(index / runs);
      const levels = pointLevels(spec.params, point);
      const values = spec.params.map((p, i) => (types[i] === 'string' ? String(p.values[levels[i]]) : p.values[levels[i]]));
      if (spec.sensitivity) {
        const finals = finalQuarter(run);
        for (const outcome of SENSITIVITY_OUTCOMES) observations[outcome].push({ levels, value: finals[METRIC_INDEX[outcome]] });
      }
      return table.rows(rowsOf(run, index % runs, spec.variant, [point, ...values]));
    },
    end: () => table.end(spec.sensitivity && spec.format === 'json' ? `,\n"sensitivity":${JSON.stringify(ranking())}` : ''),
    notes: () => (spec.sensitivity && spec.format !== 'json' ? formatSweepSensitivity(ranking()) : ''),
  };
}
