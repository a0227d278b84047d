/**
 * The `sweep` job: a full-factorial design over dotted-path parameters, R
 * seeds per point (the same seeds at every point: common random numbers).
 * Output is tidy rows with a `point` column and one column per parameter
 * before the metric columns.
 */
import { METRIC_INDEX, METRIC_KEYS, type RunResult, type Scenario } from '../../sim/index.ts';
import { ID_COLUMNS, tidyRows } from '../../sim/export/tidy.ts';
import { finalQuarterMeans, type DesignObservation } from '../../sim/analysis/index.ts';
import { csvLine, jsonCell } from '../csv.ts';
import { pointLevels, type SweepParam } from '../sweepParams.ts';
import { scenarioMajorJob, type Job, type JobSpec, type Renderer, type UnitResult } from './job.ts';
import { TEAM_COLUMN, VARIANT_COLUMN } from './runJob.ts';
import { SENSITIVITY_OUTCOMES, formatSweepSensitivity, sweepSensitivity } from './sensitivityReport.ts';

export interface SweepSpec extends JobSpec {
  readonly command: 'sweep';
  readonly format: 'csv' | 'json';
  readonly sensitivity: boolean;
  readonly variant: string;
  readonly params: readonly SweepParam[];
  readonly seeds: readonly number[];
  readonly weeks: number;
}

/** Units are numbered point-major: unit = point × runs + run; `scenarios[point]` is that point's scenario. */
export function sweepJob(spec: SweepSpec, scenarios: readonly Scenario[]): Job {
  return scenarioMajorJob(spec, 'full', scenarios);
}

/** Renders a sweep job as CSV or as JSON `{stamp, columns, rows[, sensitivity]}`. */
export function sweepRenderer(spec: SweepSpec): Renderer {
  const runs = spec.seeds.length;
  const columns = [...ID_COLUMNS, 'point', ...spec.params.map((p) => p.path), ...METRIC_KEYS];
  const insertAt = ID_COLUMNS.length;
  const observations: Record<string, DesignObservation[]> = Object.fromEntries(SENSITIVITY_OUTCOMES.map((o) => [o, []]));
  let rowsWritten = 0;
  const ranking = () => sweepSensitivity(spec.params, observations);
  return {
    begin() {
      if (spec.format === 'csv') return csvLine(columns);
      const stamp = {
        engineVersion: spec.engineVersion,
        scenarioHash: spec.scenarioHash,
        seeds: spec.seeds,
        variant: spec.variant,
        weeks: spec.weeks,
        params: spec.params,
      };
      return `{"stamp":${JSON.stringify(stamp)},\n"columns":${JSON.stringify(columns)},\n"rows":[\n`;
    },
    unit(index: number, result: UnitResult) {
      const run = result as RunResult;
      const point = Math.floor(index / runs);
      const levels = pointLevels(spec.params, point);
      const values = spec.params.map((p, i) => p.values[levels[i]]);
      if (spec.sensitivity) {
        const finals = finalQuarterMeans(run);
        for (const outcome of SENSITIVITY_OUTCOMES) observations[outcome].push({ levels, value: finals[METRIC_INDEX[outcome]] });
      }
      let text = '';
      for (const row of tidyRows(run, { run: index % runs, variant: spec.variant })) {
        if (spec.format === 'csv') {
          row.splice(insertAt, 0, String(point), ...values.map(String));
          text += csvLine(row);
        } else {
          const cells: unknown[] = row.map((cell, i) => jsonCell(cell, i !== VARIANT_COLUMN && i !== TEAM_COLUMN));
          cells.splice(insertAt, 0, point, ...values);
          text += `${rowsWritten++ === 0 ? '' : ',\n'}${JSON.stringify(cells)}`;
        }
      }
      return text;
    },
    end() {
      if (spec.format === 'csv') return '';
      const tail = spec.sensitivity ? `,\n"sensitivity":${JSON.stringify(ranking())}` : '';
      return `${rowsWritten === 0 ? '' : '\n'}]${tail}}\n`;
    },
    notes: () => (spec.sensitivity && spec.format === 'csv' ? formatSweepSensitivity(ranking()) : ''),
  };
}
