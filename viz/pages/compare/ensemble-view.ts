/**
 * The ensemble section: N runs per pane variant on the same seeds, across all
 * cores; per variant the median with 50% and 90% bands (one scale for all),
 * what the scenario's note claims next to what the runs show, and a table of
 * means and paired differences from the first pane, each with its 95%
 * interval and in words ("higher in 88 of 100 futures"), over the weeks the
 * note names (the final quarter when it names none). With "predict first" on,
 * the result stays hidden until the room has guessed and the presenter
 * reveals it.
 */
import { METRIC_INDEX, METRIC_KEYS, METRICS, type MetricKey, type MetricSpec } from '../../../sim/metrics.ts';
import { el, yieldToPage } from '../../ui/dom.ts';
import { VARIANT_COLOURS } from '../../charts/palette.ts';
import { FittedChart } from '../../charts/fitted-chart.ts';
import { metricDomain } from '../../charts/metric-axis.ts';
import type { LineSeries } from '../../charts/week-chart.ts';
import { createProgress } from '../../ui/progress.ts';
import { stampedCard } from './exports.ts';
import { startEnsemble, type EnsembleJob } from './ensemble/pool.ts';
import { EnsembleCancelled } from './ensemble/scheduler.ts';
import { finalQuarterWindow, quantileBands, type QuantileBands, type WeekWindow } from './ensemble/aggregate.ts';
import { compareVariants, summarise, type SummaryRow } from './ensemble/summary.ts';
import { directionWords } from './ensemble/words.ts';
import type { EnsemblePlan } from './ensemble/plan.ts';
import { axisFormat, formatDifference, formatMetric, metricLabel, printedDecimals, printedValue } from '../../ui/format.ts';
import { claimWeeks, noteWindow, type LessonClaim } from '../../scenario/lessons.ts';
import { axisUnit } from './overlay.ts';
import { predictionForm, predictionVerdict, type EstimateQuestion, type PredictionForm } from './workshop.ts';
import type { Stamp } from '../../../sim/export/stamp.ts';

export interface EnsembleResult {
  readonly plan: EnsemblePlan;
  readonly names: readonly string[];
  readonly values: Float64Array;
}

/** What the page knows about the lesson: the note's claims, and whether the organisation is too small for turnover. */
export interface LessonContext {
  readonly claims: readonly LessonClaim[];
  readonly small: boolean;
}

export interface EnsembleViewOptions {
  /** The plan for N runs per variant of the current panes. */
  plan(runsPerVariant: number): { plan: EnsemblePlan; names: readonly string[] };
  metric(): MetricKey;
  /** Whether axes of shares and levels zoom in (else 0–100%). */
  zoom(): boolean;
  lesson(): LessonContext;
  predictFirst(): boolean;
  stampFor(runsPerVariant: number): Stamp | null;
  onResult(result: EnsembleResult | null): void;
}

/** The table's fixed metrics: morale, and turnover (people who quit, in a small organisation). */
const tableMetrics = (small: boolean): readonly MetricKey[] => ['morale_mean', small ? 'quits' : 'turnover_annualised'];

const isFlow = (m: MetricKey) => Boolean((METRICS[METRIC_INDEX[m]] as MetricSpec).flow);

/** The weeks a metric is summarised over: the note's, else the whole run added up for a flow, else the final quarter. */
export function summaryWindow(metric: MetricKey, claims: readonly LessonClaim[], runs: readonly string[], weeks: number): WeekWindow & { readonly fromNote: boolean } {
  const named = noteWindow(claims, metric, runs, weeks);
  if (named) return { ...named, fromNote: true };
  if (isFlow(metric)) return { from: 1, to: weeks, aggregate: 'sum', fromNote: false };
  return { ...finalQuarterWindow(weeks), fromNote: false };
}

/** "weeks 66–78", "weeks 1–78 in all", "final quarter (weeks 79–104)". */
export function windowText(window: WeekWindow & { readonly fromNote?: boolean }, weeks: number): string {
  const span = window.from === window.to ? `week ${window.from}` : `weeks ${window.from}–${window.to}`;
  const quarter = finalQuarterWindow(weeks);
  if (!window.fromNote && window.aggregate === 'mean' && window.from === quarter.from && window.to === quarter.to) return `final quarter (${span})`;
  return window.aggregate === 'sum' ? `${span}, in all` : `${span}, mean`;
}

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
  const claimsHost = el('div', { class: 'note-claims', id: 'ensemble-claims' });
  const table = el('div', { class: 'summary', id: 'ensemble-summary' });
  const verdict = el('div', { class: 'verdict-slot' });
  const results = el('div', { class: 'ensemble-results' }, verdict, claimsHost, bands, table);
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
  let bandCharts: FittedChart[] = [];

  const drawBands = async (r: EnsembleResult, metric: MetricKey) => {
    for (const chart of bandCharts) chart.dispose();
    bandCharts = [];
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
    const yDomain = metricDomain(metric, perVariant.flatMap((b) => [b.p05, b.p95]), options.zoom());
    bands.replaceChildren();
    perVariant.forEach((b, v) => {
      const title = `${r.names[v]}: ${metricLabel(metric)}, median with 50% and 90% bands (${r.plan.runsPerVariant} runs)`;
      const lines: LineSeries[] = [{ label: `${r.names[v]} (median)`, colour: VARIANT_COLOURS[v], values: b.p50 }];
      if (v > 0) lines.push({ label: `${r.names[0]} (median)`, colour: '#777777', values: perVariant[0].p50, dash: '5 3' });
      const card = stampedCard(
        { id: `${metric}-bands-${v + 1}`, title, className: 'band-card', legend: lines.map((l) => ({ label: l.label, colour: l.colour, kind: l.dash ? 'dash' : 'line' })) },
        () => options.stampFor(r.plan.runsPerVariant),
        () => ({ left: `${metricLabel(metric)}${axisUnit(metric)}` }),
      );
      bands.append(card.element);
      const chart = new FittedChart(card.host, [580, 240]);
      bandCharts.push(chart);
      chart.render({
        totalWeeks: r.plan.weeks,
        lines,
        bands: [
          { lo: b.p05, hi: b.p95, colour: VARIANT_COLOURS[v], opacity: 0.15 },
          { lo: b.p25, hi: b.p75, colour: VARIANT_COLOURS[v], opacity: 0.3 },
        ],
        left: { domain: yDomain, format: axisFormat(metric, yDomain), ticks: 5 },
        summary: title,
      });
    });
  };

  /** The note's comparisons between two of the variants, each with what the runs show, in words. */
  const drawClaims = (r: EnsembleResult) => {
    const { claims } = options.lesson();
    const items: HTMLElement[] = [];
    for (const claim of claims) {
      const treatment = r.names.indexOf(claim.variant);
      const control = r.names.indexOf(claim.baseline);
      const column = r.plan.metricIndices.indexOf(METRIC_INDEX[claim.metric]);
      const minus = claim.minus ? r.plan.metricIndices.indexOf(METRIC_INDEX[claim.minus]) : undefined;
      // The ensemble keeps organisation rows only: a claim about one team is checked by `npm run facts`, not here.
      if (claim.team || treatment < 0 || control < 0 || column < 0 || minus === -1) continue;
      const window: WeekWindow = { ...claimWeeks(claim, r.plan.weeks), aggregate: claim.aggregate };
      const { difference, signs } = compareVariants(r.values, r.plan, column, window, treatment, control, minus);
      const shown = formatDifference(claim.metric, difference.mean, difference.ci95);
      const printedSign = Math.sign(printedValue(claim.metric, difference.mean, printedDecimals(claim.metric, difference.mean, true) + 3));
      const held = (claim.direction === 'higher' ? difference.mean > 0 : difference.mean < 0) && shown.excludesZero;
      const quantity = `${metricLabel(claim.metric)}${claim.minus ? ` minus ${metricLabel(claim.minus).toLowerCase()}` : ''}, ${windowText({ ...window, fromNote: true }, r.plan.weeks)}`;
      items.push(
        el(
          'li',
          { class: held ? 'claim held' : 'claim not-held', 'data-claim': claim.id },
          el('q', { class: 'claim-sentence' }, claim.sentence),
          el(
            'p',
            { class: 'claim-result' },
            `${quantity}: “${claim.variant}” − “${claim.baseline}” = ${shown.text}; ${directionWords(signs, printedSign)}. `,
            el('strong', {}, held ? '✔ The runs show it.' : shown.excludesZero ? '✘ The runs show the opposite.' : '○ Not clear from these runs: the interval includes zero.'),
          ),
        ),
      );
    }
    claimsHost.replaceChildren(
      ...(items.length === 0
        ? []
        : [el('h3', {}, `What the scenario’s note says, and what ${r.plan.runsPerVariant} futures show`), el('ul', { class: 'claim-list' }, ...items)]),
    );
  };

  const drawTable = (r: EnsembleResult, metric: MetricKey) => {
    const { claims, small } = options.lesson();
    const metrics = [...new Set([...tableMetrics(small), metric])].filter((m) => r.plan.metricIndices.includes(METRIC_INDEX[m]));
    const windows = metrics.map((m) => summaryWindow(m, claims, r.names, r.plan.weeks));
    const rows = metrics.map((m, i) => summarise(r.values, r.plan, r.plan.metricIndices.indexOf(METRIC_INDEX[m]), windows[i]));
    const head = el('tr', {}, el('th', { scope: 'col' }, 'Variant'));
    metrics.forEach((m, i) => {
      head.append(
        el('th', { scope: 'col' }, `${metricLabel(m)}, ${windowText(windows[i], r.plan.weeks)} (95% interval)`),
        el('th', { scope: 'col' }, `Difference from “${r.names[0]}” (95% interval)`),
      );
    });
    const body = el('tbody');
    r.names.forEach((name, v) => {
      const tr = el('tr', {}, el('th', { scope: 'row' }, name));
      metrics.forEach((m, i) => {
        const row: SummaryRow = rows[i][v];
        const [lo, hi] = row.level.ci95;
        tr.append(el('td', {}, `${formatMetric(m, row.level.mean)} (${formatMetric(m, lo)} to ${formatMetric(m, hi)})`));
        if (!row.difference || !row.signs) tr.append(el('td', {}, '—'));
        else {
          const d = row.difference;
          const shown = formatDifference(m, d.mean, d.ci95);
          const sign = Math.sign(printedValue(m, d.mean, printedDecimals(m, d.mean, true) + 3));
          // "Excludes zero" only as printed: an interval whose end prints as 0.0 does not, whatever the digits beyond.
          tr.append(
            el(
              'td',
              { class: shown.excludesZero ? 'clear' : 'unclear' },
              el('span', { class: 'difference' }, shown.text),
              el('span', { class: 'futures' }, ` ${directionWords(row.signs, sign)}`),
              shown.excludesZero ? ' ● interval excludes zero' : ' ○ could be zero',
            ),
          );
        }
      });
      body.append(tr);
    });
    table.replaceChildren(
      el(
        'table',
        {},
        el(
          'caption',
          {},
          `Means per variant and paired differences on the same ${r.plan.runsPerVariant} seeds, over the weeks the scenario’s note names (the final quarter when it names none). ` +
            '“Higher in 88 of 100 futures” counts the seeds on which the variant is higher than the first pane. ● marks a difference whose 95% interval excludes zero as printed; pts are percentage points.',
        ),
        el('thead', {}, head),
        body,
      ),
    );
    return rows;
  };

  /** What the room estimates besides morale: turnover, or in a small team the people who quit over the note's weeks. */
  const estimateQuestion = (names: readonly string[], weeks: number): EstimateQuestion => {
    const { claims, small } = options.lesson();
    if (!small) return { kind: 'turnover' };
    const window = summaryWindow('quits', claims, names, weeks);
    return { kind: 'left', from: window.from, to: window.to };
  };

  const showVerdict = (r: EnsembleResult) => {
    if (!form) return;
    const guess = form.read();
    const morale = summarise(r.values, r.plan, r.plan.metricIndices.indexOf(METRIC_INDEX.morale_mean));
    const best = morale.reduce((a, b) => (b.level.mean > a.level.mean ? b : a));
    const q = guess.question;
    const rows =
      q.kind === 'turnover'
        ? summarise(r.values, r.plan, r.plan.metricIndices.indexOf(METRIC_INDEX.turnover_annualised))
        : summarise(r.values, r.plan, r.plan.metricIndices.indexOf(METRIC_INDEX.quits), { from: q.from, to: q.to, aggregate: 'sum' });
    const t = rows[r.names.indexOf(guess.estimateVariant)];
    verdict.replaceChildren(predictionVerdict(guess, { higherMorale: r.names[best.variant], estimate: t.level.mean, estimateCi: t.level.ci95 }));
  };

  const redraw = async () => {
    if (!result || hidden) return;
    drawClaims(result);
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
    claimsHost.replaceChildren();
    bands.replaceChildren();
    table.replaceChildren();
    hidden = options.predictFirst();
    form = hidden ? predictionForm(names, estimateQuestion(names, plan.weeks)) : null;
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
      claimsHost.replaceChildren();
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
  return [...new Set([...tableMetrics(false), ...tableMetrics(true), 'headcount' as const, chosen].map((m) => METRIC_INDEX[m]))].sort((a, b) => a - b);
}
