/**
 * The `run` job: R runs of one variant on seeds seed, seed+1, …; output is the
 * tidy rows of every run, as CSV (sim/export/tidy.ts) or as JSON with a
 * reproducibility stamp.
 */
import { METRIC_KEYS, type RunResult, type Scenario } from '../../sim/index.ts';
import { ID_COLUMNS, tidyCsv, tidyHeader, tidyRows } from '../../sim/export/tidy.ts';
import { csvLine, jsonCell } from '../csv.ts';
import type { Job, JobSpec, Renderer, UnitResult } from './job.ts';

/** Columns of the tidy rows that hold names, not numbers. */
export const VARIANT_COLUMN = ID_COLUMNS.indexOf('variant');
export const TEAM_COLUMN = ID_COLUMNS.indexOf('team');

export interface RunSpec extends JobSpec {
  readonly command: 'run';
  readonly format: 'csv' | 'json';
  readonly variant: string;
  readonly seeds: readonly number[];
  readonly weeks: number;
}

/** Builds the job for a resolved variant scenario. */
export function runJob(spec: RunSpec, scenario: Scenario): Job {
  return {
    spec,
    kind: 'full',
    scenarios: [scenario],
    unitCount: spec.seeds.length,
    task: (unit) => ({ scenario: 0, seed: spec.seeds[unit], weeks: spec.weeks }),
  };
}

/** Renders a run job: CSV, or JSON `{stamp, columns, rows}` with one row per line. */
export function runRenderer(spec: RunSpec): Renderer {
  let rowsWritten = 0;
  const stamp = { engineVersion: spec.engineVersion, scenarioHash: spec.scenarioHash, seeds: spec.seeds, variant: spec.variant, weeks: spec.weeks };
  const header = tidyHeader({ metricKeys: METRIC_KEYS });
  return {
    begin() {
      if (spec.format === 'csv') return csvLine(header);
      return `{"stamp":${JSON.stringify(stamp)},\n"columns":${JSON.stringify(header)},\n"rows":[\n`;
    },
    unit(index: number, result: UnitResult) {
      const run = result as RunResult;
      const label = { run: index, variant: spec.variant };
      if (spec.format === 'csv') return tidyCsv([{ result: run, label }], false);
      let text = '';
      for (const row of tidyRows(run, label)) {
        const cells = row.map((cell, i) => jsonCell(cell, i !== VARIANT_COLUMN && i !== TEAM_COLUMN));
        text += `${rowsWritten++ === 0 ? '' : ',\n'}${JSON.stringify(cells)}`;
      }
      return text;
    },
    end() {
      return spec.format === 'csv' ? '' : `${rowsWritten === 0 ? '' : '\n'}]}\n`;
    },
    notes: () => '',
  };
}
