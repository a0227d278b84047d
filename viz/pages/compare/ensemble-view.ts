/**
 * The ensemble section: N runs per pane variant on the same seeds, across all
 * cores; per variant the median with 50% and 90% bands (one scale for all),
 * and a table of final-quarter means and paired differences from the first
 * pane, each with its 95% interval. With "predict first" on, the result stays
 * hidden until the room has guessed and the presenter reveals it.
 */
import { METRIC_INDEX, METRIC_KEYS, type MetricKey } from '../../../sim/metrics.ts';
import { el, yieldToPage } from '../../ui/dom.ts';
import { VARIANT_COLOURS } from '../../charts/palette.ts';
import { WeekChart, sharedDomain, type LineSeries } from '../../charts/week-chart.ts';
import { createProgress } from '../../ui/progress.ts';
import { stampedCard } from './exports.ts';
import { startEnsemble, type EnsembleJob } from './ensemble/pool.ts';
import { EnsembleCancelled } from './ensemble/scheduler.ts';
import { quantileBands, type QuantileBands } from './ensemble/aggregate.ts';
import { summarise, type SummaryRow } from './ensemble/summary.ts';
import type { EnsemblePlan } from './ensemble/plan.ts';
import { axisFormat, formatMetric, metricLabel } from '../../ui/format.ts';
import { predictionForm, predictionVerdict, type PredictionForm } from './workshop.ts';
import type { Stamp } from '../../../sim/export/stamp.ts';

export interface EnsembleResult {
  readonly plan: EnsemblePlan;
  readonly names: readonly string[];
  readonly values: Float64Array;
}

export interface EnsembleViewOptions {
  /** The plan for N runs per variant of the current panes. */
  plan(runsPerVariant: number): { plan: EnsemblePlan; names: readonly string[] };
  metric(): MetricKey;
  predictFirst(): boolean;
  stampFor(runsPerVariant: number): Stamp | null;
  onResult(result: EnsembleResult | null): void;
}

const TABLE_METRICS: readonly MetricKey[] = ['morale_mean', 'turnover_annualised'];

export interface EnsembleView {
  readonly element: HTMLElement;
  /** Redraws the bands and table for the chosen metric (after the metric changes). */
  redraw(): Promise<void>;
  /** Marks results as stale after the panes changed. */
  invalidate(): void;
}

export function createEnsembleView(options: EnsembleViewOptions): EnsembleView {
  const runs = el('input', { type: 'number', id: 'ensemble-runs', min: 2, max: 1000, step: 1, value: 100 });
  const runButton = el('button', { type: 'button', id: 'ensemble-run', class: 'primary' }, 'Run ensemble');
  const progress = createProgress('Ensemble', 'ensemble');
  const prediction = el('div', { class: 'prediction-slot' });
  const reveal = el('button', { type: 'button', id: 'ensemble-reveal', hidden: true, class: 'primary' }, 'Reveal the result');
  const bands = el('div', { class: 'band-grid', id: 'ensemble-bands' });
  const table = el('div', { class: 'summary', id: 'ensemble-summary' });
  const verdict = el('div', { class: 'verdict-slot' });
  const results = el('div', { class: 'ensemble-results' }, verdict, bands, table);
  const element = el(
    'div',
    { class: 'ensemble' },
    el('div', { class: 'toolbar' }, el('label', { for: runs.id }, 'Runs per variant'), runs, runButton),
    progress.element,
    prediction,
    reveal,
    results,
  );

  let job: EnsembleJob | null = null;
  let result: EnsembleResult | null = null;
  let form: PredictionForm | null = null;
  let hidden = false;

  const drawBands = async (r: EnsembleResult, metric: MetricKey) => {
    const column = r.plan.metricIndices.indexOf(METRIC_INDEX[metric]);
    if (column < 0) {
      bands.replaceChildren(el('p', { class: 'stale' }, `This large ensemble kept only a few metrics; run it again to see ${metricLabel(metric)}.`));
      return;
    }
    const perVariant: QuantileBands[] = [];
    for (let v = 0; v < r.names.length; v++) {
      perVariant.push(quantileBands(r.values, r.plan, v, column));
      await yieldToPage(); // one variant's sorting at a time, so no long task blocks input
    }
    const yDomain = sharedDomain(perVariant.flatMap((b) => [b.p05, b.p95]));
    bands.replaceChildren();
    perVariant.forEach((b, v) => {
      const title = `${r.names[v]}: ${metricLabel(metric)}, median with 50% and 90% bands (${r.plan.runsPerVariant} runs)`;
      const lines: LineSeries[] = [{ label: `${r.names[v]} (median)`, colour: VARIANT_COLOURS[v], values: b.p50 }];
      if (v > 0) lines.push({ label: `${r.names[0]} (median)`, colour: '#777777', values: perVariant[0].p50, dash: '5 3' });
      const card = stampedCard(
        { id: `${metric}-bands-${v + 1}`, title, className: 'band-card', legend: lines.map((l) => ({ label: l.label, colour: l.colour, kind: l.dash ? 'dash' : 'line' })) },
        () => options.stampFor(r.plan.runsPerVariant),
      );
      bands.append(card.element);
      const chart = new WeekChart(card.host);
      chart.resize(580, 240);
      chart.render({
        totalWeeks: r.plan.weeks,
        lines,
        bands: [
          { lo: b.p05, hi: b.p95, colour: VARIANT_COLOURS[v], opacity: 0.15 },
          { lo: b.p25, hi: b.p75, colour: VARIANT_COLOURS[v], opacity: 0.3 },
        ],
        left: { domain: yDomain, format: axisFormat(metric), ticks: 5 },
        summary: title,
      });
    });
  };

  const drawTable = (r: EnsembleResult, metric: MetricKey) => {
    const metrics = [...new Set([...TABLE_METRICS, metric])].filter((m) => r.plan.metricIndices.includes(METRIC_INDEX[m]));
    const rows = metrics.map((m) => summarise(r.values, r.plan, r.plan.metricIndices.indexOf(METRIC_INDEX[m])));
    const head = el('tr', {}, el('th', { scope: 'col' }, 'Variant'));
    for (const m of metrics) head.append(el('th', { scope: 'col' }, `${metricLabel(m)}, final quarter (95% CI)`), el('th', { scope: 'col' }, `Difference from “${r.names[0]}” (95% CI)`));
    const body = el('tbody');
    r.names.forEach((name, v) => {
      const tr = el('tr', {}, el('th', { scope: 'row' }, name));
      metrics.forEach((m, i) => {
        const row: SummaryRow = rows[i][v];
        const ci = (lo: number, hi: number, signed = false) => `${formatMetric(m, lo, signed)} to ${formatMetric(m, hi, signed)}`;
        tr.append(el('td', {}, `${formatMetric(m, row.level.mean)} (${ci(...row.level.ci95)})`));
        if (!row.difference) tr.append(el('td', {}, '—'));
        else {
          const d = row.difference;
          const text = `${formatMetric(m, d.mean, true)} (${ci(d.ci95[0], d.ci95[1], true)})`;
          tr.append(el('td', { class: row.clear ? 'clear' : 'unclear' }, text, row.clear ? ' ● interval excludes zero' : ' ○ could be zero'));
        }
      });
      body.append(tr);
    });
    table.replaceChildren(
      el('table', {}, el('caption', {}, `Final-quarter means per variant and paired differences on the same ${r.plan.runsPerVariant} seeds. ● marks a difference whose 95% interval excludes zero.`), el('thead', {}, head), body),
    );
    return rows;
  };

  const showVerdict = (r: EnsembleResult) => {
    if (!form) return;
    const morale = summarise(r.values, r.plan, r.plan.metricIndices.indexOf(METRIC_INDEX.morale_mean));
    const turnover = summarise(r.values, r.plan, r.plan.metricIndices.indexOf(METRIC_INDEX.turnover_annualised));
    const best = morale.reduce((a, b) => (b.level.mean > a.level.mean ? b : a));
    const guess = form.read();
    const t = turnover[r.names.indexOf(guess.turnoverVariant)];
    verdict.replaceChildren(predictionVerdict(guess, { higherMorale: r.names[best.variant], turnover: t.level.mean, turnoverCi: t.level.ci95 }));
  };

  const redraw = async () => {
    if (!result || hidden) return;
    await drawBands(result, options.metric());
    drawTable(result, options.metric());
  };

  reveal.addEventListener('click', async () => {
    hidden = false;
    results.hidden = false;
    reveal.hidden = true;
    if (result) showVerdict(result);
    prediction.replaceChildren();
    await redraw();
  });

  runButton.addEventListener('click', async () => {
    job?.cancel();
    const n = Math.max(2, Math.min(1000, Math.round(Number(runs.value) || 100)));
    runs.value = String(n);
    const { plan, names } = options.plan(n);
    result = null;
    options.onResult(null);
    verdict.replaceChildren();
    bands.replaceChildren();
    table.replaceChildren();
    hidden = options.predictFirst();
    form = hidden ? predictionForm(names) : null;
    prediction.replaceChildren(...(form ? [form.element] : []));
    results.hidden = hidden;
    reveal.hidden = !hidden;
    reveal.disabled = true;
    const current = startEnsemble(plan, (p) => progress.update(p.done, p.total));
    job = current;
    const total = plan.scenarios.length * n;
    progress.start(total, () => current.cancel());
    runButton.disabled = true;
    try {
      const values = await current.result;
      result = { plan, names, values };
      progress.finish(`Ensemble done: ${total} runs (${n} per variant, seeds ${plan.baseSeed}–${plan.baseSeed + n - 1}).`);
      options.onResult(result);
      reveal.disabled = false;
      await redraw();
    } catch (error) {
      progress.finish(error instanceof EnsembleCancelled ? 'Ensemble cancelled; nothing was kept.' : `The ensemble failed: ${error instanceof Error ? error.message : String(error)}`);
      reveal.hidden = true;
    } finally {
      if (job === current) job = null;
      runButton.disabled = false;
    }
  });

  return {
    element,
    redraw,
    invalidate() {
      if (!result) return;
      result = null;
      options.onResult(null);
      bands.replaceChildren();
      verdict.replaceChildren();
      table.replaceChildren(el('p', { class: 'stale' }, 'The panes changed: run the ensemble again to see their bands.'));
    },
  };
}

/** All metric columns: the ensemble keeps every metric so the chosen one can change without re-running. */
export const ALL_METRIC_COLUMNS: readonly number[] = METRIC_KEYS.map((_, i) => i);

/** Above this many bytes of results an ensemble keeps only the table's metrics and the chosen one (1,000 runs × 4 variants × every metric would be 126 MB). */
const KEEP_ALL_METRICS_BYTES = 48 * 1024 * 1024;

/** The metric columns an ensemble of this size keeps. */
export function ensembleColumns(runs: number, weeks: number, chosen: MetricKey): readonly number[] {
  if (runs * weeks * METRIC_KEYS.length * 8 <= KEEP_ALL_METRICS_BYTES) return ALL_METRIC_COLUMNS;
  return [...new Set([...TABLE_METRICS, chosen].map((m) => METRIC_INDEX[m]))].sort((a, b) => a - b);
}
