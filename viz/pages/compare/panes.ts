/**
 * The side-by-side panes: each shows one variant (chosen from the scenario's
 * variants, or made here by moving levers), its readouts at the shared week,
 * small charts on scales shared by every pane so they compare at a glance,
 * and the levers its runs start with.
 */
import type { LeverKey } from '../../../sim/scenario/levers.ts';
import { METRIC_INDEX, type MetricKey } from '../../../sim/metrics.ts';
import type { Policy } from '../../../sim/scenario/policy.ts';
import { chartCard } from '../../charts/card.ts';
import { FittedChart } from '../../charts/fitted-chart.ts';
import { metricDomain } from '../../charts/metric-axis.ts';
import { VARIANT_COLOURS } from '../../charts/palette.ts';
import { sharedDomain } from '../../charts/week-chart.ts';
import { el } from '../../ui/dom.ts';
import { axisFormat, formatMetric, metricLabel } from '../../ui/format.ts';
import { LeverSliders } from '../../ui/lever-sliders.ts';
import { meaningfulTurnover, runningTotal } from '../../ui/turnover-rule.ts';
import { runSeries } from './ensemble/aggregate.ts';
import type { EnsemblePlan } from './ensemble/plan.ts';
import type { VariantInfo } from './scenario-checks.ts';

export const MIN_PANES = 2;
export const MAX_PANES = 4;

/** The single runs behind the panes: one run per pane, all metrics, same seed. */
export interface PaneRuns {
  readonly plan: EnsemblePlan;
  readonly values: Float64Array;
}

export interface PaneCallbacks {
  onVariant(pane: number, name: string): void;
  onLever(pane: number, lever: LeverKey, value: number): void;
  onRemove(pane: number): void;
}

/** How the panes show the comparison: axes zoomed or not, and turnover or people who left (viz/ui/turnover-rule.ts). */
export interface PaneDisplay {
  readonly zoom: boolean;
  /** The organisation is too small for an annual rate: people who quit, a count, is shown instead. */
  readonly small: boolean;
}

/** What a pane reads out and charts: a metric as the engine reports it, or a count or rate made from one. */
interface PaneQuantity {
  readonly id: string;
  readonly label: string;
  /** The metric its values are read as (format, axis). */
  readonly metric: MetricKey;
  readonly series: (runs: PaneRuns, pane: number) => Float64Array;
}

const metricQuantity = (key: MetricKey): PaneQuantity => ({
  id: key,
  label: metricLabel(key),
  metric: key,
  series: (runs, pane) => runSeries(runs.values, runs.plan, pane, 0, METRIC_INDEX[key]),
});

/** Annualised turnover, left out in the weeks the headcount is too small for it. */
const TURNOVER: PaneQuantity = {
  id: 'turnover_annualised',
  label: metricLabel('turnover_annualised'),
  metric: 'turnover_annualised',
  series: (runs, pane) => meaningfulTurnover(runSeries(runs.values, runs.plan, pane, 0, METRIC_INDEX.turnover_annualised), runSeries(runs.values, runs.plan, pane, 0, METRIC_INDEX.headcount)),
};

/** People who quit so far: the running total of quits (a small team's turnover, as a count). */
const LEFT: PaneQuantity = {
  id: 'quits-so-far',
  label: 'People who quit so far',
  metric: 'quits',
  series: (runs, pane) => runningTotal(runSeries(runs.values, runs.plan, pane, 0, METRIC_INDEX.quits)),
};

const readoutsOf = (small: boolean): readonly PaneQuantity[] => [metricQuantity('headcount'), metricQuantity('morale_mean'), metricQuantity('trust_in_leader'), small ? LEFT : TURNOVER];
const chartsOf = (small: boolean): readonly PaneQuantity[] => [metricQuantity('morale_mean'), small ? LEFT : TURNOVER];

interface PaneView {
  readonly readouts: HTMLElement;
  readonly charts: readonly FittedChart[];
}

export class PaneGroup {
  private views: PaneView[] = [];
  private panes: readonly string[] = [];
  private display: PaneDisplay = { zoom: false, small: false };

  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: PaneCallbacks,
  ) {}

  /** Builds a pane per variant, its sliders at the levers its runs start with. */
  render(variants: readonly VariantInfo[], panes: readonly string[], policies: readonly Policy[], display: PaneDisplay): void {
    // A pane's levers stay open, and the slider just moved keeps the focus, across the rebuild a move causes.
    const open = new Set([...this.container.querySelectorAll('details.lever-details[open]')].map((d) => d.closest('.pane')?.getAttribute('data-pane')));
    const focused = document.activeElement instanceof HTMLInputElement && this.container.contains(document.activeElement) ? document.activeElement.id : '';
    for (const view of this.views) for (const chart of view.charts) chart.dispose();
    this.panes = panes;
    this.display = display;
    this.container.replaceChildren();
    this.views = panes.map((variant, pane) => {
      const select = el('select', { id: `pane${pane}-variant`, class: 'variant-select' });
      for (const { name } of variants) select.append(el('option', { value: name, selected: name === variant }, name));
      select.addEventListener('change', () => this.callbacks.onVariant(pane, select.value));
      const description = variants.find((v) => v.name === variant)?.description ?? '';
      const readouts = el('dl', { class: 'readouts' });
      const cards = chartsOf(display.small).map((q) => chartCard({ id: `pane${pane}-${q.id}`, title: q.label, className: 'pane-chart' }));
      const charts = cards.map((card) => new FittedChart(card.host, [280, 150]));
      const remove = el('button', { type: 'button', class: 'remove-pane', disabled: panes.length <= MIN_PANES, 'aria-label': `Remove pane ${pane + 1}`, title: 'Remove this pane' }, '✕');
      remove.addEventListener('click', () => this.callbacks.onRemove(pane));
      const levers = new LeverSliders({ idPrefix: `pane${pane}-`, onMove: (key, value) => this.callbacks.onLever(pane, key, value) });
      levers.setValues(policies[pane] ?? {});
      this.container.append(
        el(
          'article',
          { class: 'pane', 'aria-label': `Pane ${pane + 1}: ${variant}`, 'data-variant': variant, 'data-pane': String(pane) },
          // The variant's name in full, wrapping (a select cuts a long name off); the select below changes it.
          el('header', { class: 'pane-header' }, el('span', { class: 'pane-swatch', 'data-colour': String(pane) }), el('h3', { class: 'pane-name' }, variant), remove),
          el('div', { class: 'pane-picker' }, el('label', { for: select.id }, 'Show'), select),
          el('p', { class: 'variant-description' }, description),
          readouts,
          el('div', { class: 'pane-charts' }, ...cards.map((c) => c.element)),
          el(
            'details',
            { class: 'lever-details', open: open.has(String(pane)) },
            el('summary', {}, 'Adjust levers in this pane'),
            el('p', { class: 'lever-note' }, 'A move is a policy change from week 1 of this pane’s runs, written into its variant.'),
            levers.element,
          ),
        ),
      );
      return { readouts, charts };
    });
    if (focused) document.getElementById(focused)?.focus();
  }

  /** Shows every pane's run up to `week` (readouts at that week), on scales shared by the panes. */
  update(runs: PaneRuns | null, week: number): void {
    const { small, zoom } = this.display;
    const readouts = readoutsOf(small);
    const series = runs ? readouts.map((q) => this.panes.map((_, pane) => q.series(runs, pane))) : [];
    this.views.forEach((view, pane) => {
      view.readouts.replaceChildren();
      readouts.forEach((q, i) => {
        const value = runs && week >= 1 ? series[i][pane][week - 1] : NaN;
        view.readouts.append(el('div', { 'data-readout': q.id }, el('dt', {}, q.label), el('dd', {}, formatMetric(q.metric, value))));
      });
    });
    if (!runs) return;
    chartsOf(small).forEach((q, c) => {
      const all = this.panes.map((_, pane) => q.series(runs, pane));
      // One domain for every pane: a taller line means a higher value, whichever pane it is in.
      const domain = q === LEFT ? sharedDomain(all, true).map((v) => Math.max(0, v)) as [number, number] : metricDomain(q.metric, all, zoom);
      this.views.forEach((view, pane) => {
        view.charts[c].render({
          totalWeeks: runs.plan.weeks,
          lines: [{ label: this.panes[pane], colour: VARIANT_COLOURS[pane], values: all[pane].subarray(0, week) }],
          left: { domain, format: axisFormat(q.metric, domain), ticks: 5 },
          cursor: week < runs.plan.weeks ? week : undefined,
          summary: `${q.label} in “${this.panes[pane]}”, week ${week}: ${formatMetric(q.metric, all[pane][week - 1] ?? NaN)}.`,
        });
      });
    });
  }
}
