/**
 * The `compare` job: baseline and every variant on the same seeds (common
 * random numbers). Each unit returns its final-quarter organisation means; the
 * renderer reports per variant and metric the mean over runs with a t-based
 * 95% CI, and the paired difference from baseline with its CI.
 */
import { METRICS, type MetricSpec, type Scenario } from '../../sim/index.ts';
import { clipInterval, differenceRange, meanWithCi, pairedDifferenceCi, type MeanEstimate } from '../../sim/analysis/index.ts';
import type { Job, JobSpec, Renderer, UnitResult } from './job.ts';
import { compareSensitivity, formatCompareSensitivity } from './sensitivityReport.ts';
import { compareTable } from './compareTable.ts';
import { prettyJson } from '../prettyJson.ts';
import { parquetTable, type Cell, type Column } from './table.ts';

/** Columns of `compare --format parquet`: one row per variant and metric. */
export const COMPARE_COLUMNS: readonly Column[] = [
  { name: 'variant', type: 'string' },
  { name: 'metric', type: 'string' },
  { name: 'n', type: 'int32' },
  { name: 'mean', type: 'double' },
  { name: 'ci95_low', type: 'double' },
  { name: 'ci95_high', type: 'double' },
  { name: 'diff_n', type: 'int32', nullable: true },
  { name: 'diff_mean', type: 'double' },
  { name: 'diff_ci95_low', type: 'double' },
  { name: 'diff_ci95_high', type: 'double' },
];

/** The compare statistics as one Parquet table (baseline's differences are null). */
function compareParquet(summary: CompareSummary, stamp: unknown): Uint8Array {
  const table = parquetTable(COMPARE_COLUMNS, { ...stamp as object, runs: summary.runs });
  const rows: Cell[][] = [];
  summary.variants.forEach((variant, v) => {
    for (const [key, own] of Object.entries(variant.metrics)) {
      const diff = v === 0 ? undefined : summary.differences[v - 1].metrics[key];
      rows.push([variant.name, key, own.n, own.mean, own.ci95[0], own.ci95[1], diff?.n ?? null, diff?.mean ?? null, diff?.ci95[0] ?? null, diff?.ci95[1] ?? null]);
    }
  });
  const parts = [table.begin(), table.rows(rows), table.end()] as Uint8Array[];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    if (typeof p === 'string') continue;
    out.set(p, at);
    at += p.length;
  }
  return out.subarray(0, at);
}

export interface CompareSpec extends JobSpec {
  readonly command: 'compare';
  readonly format: 'table' | 'json' | 'parquet';
  readonly sensitivity: boolean;
  /** `baseline` first, then each variant. */
  readonly variants: readonly string[];
  readonly seeds: readonly number[];
  readonly weeks: number;
  readonly metricKeys: readonly string[];
}

/** Units are numbered variant-major: unit = variant × runs + run. */
export function compareJob(spec: CompareSpec, scenarios: readonly Scenario[]): Job {
  return { spec, kind: 'final', plan: { scenarios, seeds: spec.seeds, weeks: spec.weeks } };
}

/** Statistics of a compare job, the shape of its JSON output. */
export interface CompareSummary {
  readonly runs: number;
  readonly seeds: readonly number[];
  readonly engineVersion: string;
  readonly variants: { name: string; metrics: Record<string, Interval> }[];
  readonly differences: { variant: string; metrics: Record<string, Interval> }[];
}

/** A mean and its 95% CI over the `n` runs that have a value; null stands for a value that cannot be estimated. */
export interface Interval {
  readonly mean: number | null;
  readonly ci95: [number | null, number | null];
  readonly n: number;
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
const interval = (e: MeanEstimate): Interval => ({ mean: finite(e.mean), ci95: [finite(e.ci95[0]), finite(e.ci95[1])], n: e.n });

/** The range a metric's values lie in (intervals are clipped to it), by key. */
const RANGE: Record<string, MetricSpec['range']> = Object.fromEntries(METRICS.map((m) => [m.key, (m as MetricSpec).range]));

/**
 * Per-run final-quarter values of one variant and metric, in run order.
 * `finals[variant][run]` holds the unit's means for every metric.
 */
function column(finals: readonly (readonly Float64Array[])[], variant: number, metric: number): Float64Array {
  return Float64Array.from(finals[variant], (row) => row[metric]);
}

/** Computes the compare statistics from every unit's final-quarter means. */
export function summariseCompare(spec: CompareSpec, finals: readonly (readonly Float64Array[])[]): CompareSummary {
  const variants = spec.variants.map((name, v) => ({
    name,
    metrics: Object.fromEntries(spec.metricKeys.map((key, k) => [key, interval(clipInterval(meanWithCi(column(finals, v, k)), RANGE[key]))])),
  }));
  const differences = spec.variants.slice(1).map((name, i) => ({
    variant: name,
    metrics: Object.fromEntries(
      spec.metricKeys.map((key, k) => [
        key,
        interval(clipInterval(pairedDifferenceCi(column(finals, i + 1, k), column(finals, 0, k)), differenceRange(RANGE[key]))),
      ]),
    ),
  }));
  return { runs: spec.seeds.length, seeds: spec.seeds, engineVersion: spec.engineVersion, variants, differences };
}

/** Renders a compare job: all output comes at the end, once every run is in. */
export function compareRenderer(spec: CompareSpec): Renderer {
  const runs = spec.seeds.length;
  const finals: Float64Array[][] = spec.variants.map(() => []);
  return {
    begin: () => '',
    unit(index: number, result: UnitResult) {
      finals[Math.floor(index / runs)][index % runs] = result as Float64Array;
      return '';
    },
    end() {
      const summary = summariseCompare(spec, finals);
      const ranking = spec.sensitivity ? compareSensitivity(summary) : undefined;
      const stamp = { engineVersion: spec.engineVersion, scenarioHash: spec.scenarioHash, seeds: spec.seeds, variants: spec.variants, weeks: spec.weeks };
      if (spec.format === 'json') return `${prettyJson({ ...summary, stamp, ...(ranking ? { sensitivity: ranking } : {}) })}\n`;
      if (spec.format === 'parquet') return compareParquet(summary, stamp);
      return compareTable(summary, spec.weeks) + (ranking ? `\n${formatCompareSensitivity(ranking)}` : '');
    },
    notes: () => '',
  };
}
