/**
 * Data exports of the compare page: tidy CSV of the panes' runs or of a whole
 * ensemble (organisation rows), the ensemble summary as JSON, and the scenario.
 * Each carries the reproducibility stamp. Long CSVs are built a slice at a time
 * so the page stays responsive.
 */
import { METRIC_INDEX, METRIC_KEYS, type MetricKey } from '../../../sim/metrics.ts';
import { tidyCsv } from '../../../sim/export/tidy.ts';
import type { RunResult } from '../../../sim/types.ts';
import { yieldToPage } from '../../ui/dom.ts';
import { download } from '../../ui/download.ts';
import { seedOf, runStride, type EnsemblePlan } from './ensemble/plan.ts';
import { summarise } from './ensemble/summary.ts';
import { stampLine, stampedFileName, type Stamp } from '../../../sim/export/stamp.ts';
import { chartCard, type ChartCard, type ChartCardOptions } from '../../charts/card.ts';
import { chartPngBlob, chartSvgText, type ChartAxes } from '../../charts/export.ts';

/**
 * A chart card whose PNG and SVG buttons save the chart with its legend, its axis labels (`axes`, read when saved) and
 * the stamp of the runs it shows (nothing is saved while the stamp is still being computed).
 */
export function stampedCard(options: Omit<ChartCardOptions, 'onExport'>, stamp: () => Stamp | null, axes?: () => ChartAxes): ChartCard {
  const card: ChartCard = chartCard({
    ...options,
    onExport: (format) => {
      const svg = card.host.querySelector('svg');
      const s = stamp();
      if (!svg || !s) return;
      const file = { title: card.title, legend: card.legend, stamp: stampLine(s), axes: axes?.() };
      const name = stampedFileName('compare', s, options.id, format);
      if (format === 'svg') download(name, chartSvgText(svg, file).text, 'image/svg+xml');
      else void chartPngBlob(svg, file).then((blob) => download(name, blob));
    },
  });
  return card;
}

/** CSV with the stamp as leading `#` comment lines (readers such as R's read.csv(comment.char = "#") and pandas' comment="#" skip them). */
function downloadCsv(csv: string, stamp: Stamp, what: string): void {
  const header = `# Reciprocity Lab compare export\n# ${stampLine(stamp)}\n`;
  download(stampedFileName('compare', stamp, what, 'csv'), new Blob([header, csv], { type: 'text/csv' }));
}

/** JSON with the stamp as a field next to the data. */
function downloadJson(data: object, stamp: Stamp, what: string): void {
  download(stampedFileName('compare', stamp, what, 'json'), `${JSON.stringify({ stamp, ...data }, null, 2)}\n`, 'application/json');
}

/** One stored run as a RunResult of the organisation only, with the metric columns the plan kept. */
function orgResult(plan: EnsemblePlan, values: Float64Array, run: number, engineVersion: string): RunResult {
  const stride = runStride(plan);
  const metricKeys = plan.metricIndices.map((i) => METRIC_KEYS[i]);
  return { engineVersion, seed: seedOf(plan, run), weeks: plan.weeks, teamNames: [], metricKeys, values: values.subarray(run * stride, (run + 1) * stride) };
}

/** Tidy CSV of every run in the plan, built in slices with a yield between them. */
export async function exportRunsCsv(plan: EnsemblePlan, names: readonly string[], values: Float64Array, stamp: Stamp, what: string): Promise<void> {
  const parts: string[] = [];
  const total = plan.scenarios.length * plan.runsPerVariant;
  for (let start = 0; start < total; start += 20) {
    const slice = [];
    for (let r = start; r < Math.min(total, start + 20); r++) {
      slice.push({ result: orgResult(plan, values, r, stamp.engineVersion), label: { run: r % plan.runsPerVariant, variant: names[Math.floor(r / plan.runsPerVariant)] } });
    }
    parts.push(tidyCsv(slice, start === 0));
    await yieldToPage();
  }
  downloadCsv(parts.join(''), stamp, what);
}

/** The ensemble's summary table as JSON (with the stamp as a field). */
export function exportSummaryJson(plan: EnsemblePlan, names: readonly string[], values: Float64Array, metrics: readonly MetricKey[], stamp: Stamp): void {
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
export function exportScenario(scenarioText: string, stamp: Stamp): void {
  download(stampedFileName('compare', stamp, 'scenario', 'json'), scenarioText, 'application/json');
}
