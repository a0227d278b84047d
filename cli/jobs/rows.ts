/**
 * The rows the data commands write, as typed cells: weekly tidy rows (one per
 * run, week and team plus the organisation, as sim/export/tidy.ts lays them
 * out) and `--summary` rows (one per run and team: final-quarter means of every
 * metric and run totals of the weekly counts).
 */
import { METRICS, METRIC_KEYS, type MetricSpec, type RunResult } from '../../sim/index.ts';
import { ORG_UNIT } from '../../sim/export/tidy.ts';
import { finalQuarter, runTotals, unitsOf, valueAt } from '../../sim/results.ts';
import type { Cell, Column } from './table.ts';

const SPECS = METRICS as readonly MetricSpec[];

/** The identity columns before `extra` (a sweep's point and parameters) and the metric columns. */
const idColumns = (week: boolean): Column[] => [
  { name: 'run', type: 'int32' },
  { name: 'variant', type: 'string' },
  { name: 'seed', type: 'int64' },
  ...(week ? [{ name: 'week', type: 'int32' } as const] : []),
  { name: 'team', type: 'string' },
];

/** Columns of weekly rows: run, variant, seed, week, team, `extra`, then one per metric (counts are whole numbers). */
export function weeklyColumns(extra: readonly Column[] = []): Column[] {
  return [...idColumns(true), ...extra, ...SPECS.map((m): Column => ({ name: m.key, type: m.kind === 'count' ? 'int32' : 'double' }))];
}

/** Weekly rows of one run: every week, each team then the organisation. */
export function weeklyRows(result: RunResult, run: number, variant: string, extra: readonly Cell[] = []): Cell[][] {
  const units = unitsOf(result);
  const M = result.metricKeys.length;
  const rows: Cell[][] = [];
  for (let w = 1; w <= result.weeks; w++) {
    for (let u = 0; u < units; u++) {
      const row: Cell[] = [run, variant, result.seed, w, u < units - 1 ? result.teamNames[u] : ORG_UNIT, ...extra];
      for (let k = 0; k < M; k++) row.push(valueAt(result, w, u, k));
      rows.push(row);
    }
  }
  return rows;
}

/** The weekly counts (flows) whose run totals `--summary` adds. */
export const FLOW_KEYS: readonly string[] = SPECS.filter((m) => m.flow).map((m) => m.key);
const FLOW_INDICES = FLOW_KEYS.map((key) => METRIC_KEYS.indexOf(key as never));

/**
 * Columns of summary rows: run, variant, seed, team, `extra`, weeks, then every metric's final-quarter mean (under
 * the metric's own name) and, for each weekly count, `<count>_total` over the whole run.
 */
export function summaryColumns(extra: readonly Column[] = []): Column[] {
  return [
    ...idColumns(false),
    ...extra,
    { name: 'weeks', type: 'int32' },
    ...SPECS.map((m): Column => ({ name: m.key, type: 'double' })),
    ...FLOW_KEYS.map((key): Column => ({ name: `${key}_total`, type: 'int32' })),
  ];
}

/** Summary rows of one run: each team, then the organisation. */
export function summaryRows(result: RunResult, run: number, variant: string, extra: readonly Cell[] = []): Cell[][] {
  const units = unitsOf(result);
  const rows: Cell[][] = [];
  for (let u = 0; u < units; u++) {
    const means = finalQuarter(result, u);
    const totals = runTotals(result, u);
    rows.push([run, variant, result.seed, u < units - 1 ? result.teamNames[u] : ORG_UNIT, ...extra, result.weeks, ...means, ...FLOW_INDICES.map((k) => totals[k])]);
  }
  return rows;
}
