/**
 * Data exports of the compare page: tidy CSV of the panes' runs or of a whole
 * ensemble (organisation rows), the ensemble summary as JSON, and the scenario.
 * Each carries the reproducibility stamp. Long CSVs are built a slice at a time
 * so the page stays responsive.
 */
import { METRIC_KEYS, type MetricKey } from '../../../sim/metrics.ts';
import { ENGINE_VERSION } from '../../../sim/index.ts';
import { serializeScenario } from '../../../sim/scenario/variants.ts';
import type { Scenario } from '../../../sim/scenario/schema.ts';
import { tidyCsv } from '../../../sim/export/tidy.ts';
import type { RunResult } from '../../../sim/types.ts';
import { METRIC_INDEX } from '../../../sim/metrics.ts';
import { yieldToPage } from './dom.ts';
import { downloadBlob, downloadCsv, downloadJson } from './downloads.ts';
import { seedOf, runStride, type EnsemblePlan } from './ensemble/plan.ts';
import { summarise } from './ensemble/summary.ts';
import { stampedFileName, type ReproStamp } from './stamp.ts';

/** One stored run as a RunResult of the organisation only, with the metric columns the plan kept. */
function orgResult(plan: EnsemblePlan, values: Float64Array, run: number): RunResult {
  const stride = runStride(plan);
  const metricKeys = plan.metricIndices.map((i) => METRIC_KEYS[i]);
  return { engineVersion: ENGINE_VERSION, seed: seedOf(plan, run), weeks: plan.weeks, teamNames: [], metricKeys, values: values.subarray(run * stride, (run + 1) * stride) };
}

/** Tidy CSV of every run in the plan, built in slices with a yield between them. */
export async function exportRunsCsv(plan: EnsemblePlan, names: readonly string[], values: Float64Array, stamp: ReproStamp, what: string): Promise<void> {
  const parts: string[] = [];
  const total = plan.scenarios.length * plan.runsPerVariant;
  for (let start = 0; start < total; start += 20) {
    const slice = [];
    for (let r = start; r < Math.min(total, start + 20); r++) {
      slice.push({ result: orgResult(plan, values, r), label: { run: r % plan.runsPerVariant, variant: names[Math.floor(r / plan.runsPerVariant)] } });
    }
    parts.push(tidyCsv(slice, start === 0));
    await yieldToPage();
  }
  downloadCsv(parts.join(''), stamp, what);
}

/** The ensemble's summary table as JSON (with the stamp as a field). */
export function exportSummaryJson(plan: EnsemblePlan, names: readonly string[], values: Float64Array, metrics: readonly MetricKey[], stamp: ReproStamp): void {
  const summary = metrics.map((metric) => ({
    metric,
    rows: summarise(values, plan, plan.metricIndices.indexOf(METRIC_INDEX[metric])).map((row) => ({
      variant: names[row.variant],
      finalQuarterMean: row.level.mean,
      ci95: row.level.ci95,
      differenceFromFirst: row.difference ? { mean: row.difference.mean, ci95: row.difference.ci95, excludesZero: row.clear } : null,
    })),
  }));
  downloadJson({ reference: names[0], runsPerVariant: plan.runsPerVariant, summary }, stamp, 'ensemble-summary');
}

/**
 * The scenario file. A scenario admits no extra keys, so the stamp is in the
 * file name (the content is the scenario itself, whose hash the stamp holds).
 */
export function exportScenario(scenario: Scenario, stamp: ReproStamp): void {
  downloadBlob(new Blob([serializeScenario(scenario)], { type: 'application/json' }), stampedFileName(stamp, 'scenario', 'json'));
}
