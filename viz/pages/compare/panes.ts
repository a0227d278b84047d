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
import { VARIANT_COLOURS } from '../../charts/palette.ts';
import { WeekChart, sharedDomain } from '../../charts/week-chart.ts';
import { el } from '../../ui/dom.ts';
import { axisFormat, formatMetric, metricLabel } from '../../ui/format.ts';
import { LeverSliders } from '../../ui/lever-sliders.ts';
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

const READOUTS: readonly MetricKey[] = ['headcount', 'morale_mean', 'trust_in_leader', 'turnover_annualised'];
const PANE_CHARTS: readonly MetricKey[] = ['morale_mean', 'turnover_annualised'];
const CHART_SIZE = [280, 150] as const;

interface PaneView {
  readonly readouts: HTMLElement;
  readonly charts: readonly WeekChart[];
}

export class PaneGroup {
  private views: PaneView[] = [];
  private panes: readonly string[] = [];

  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: PaneCallbacks,
  ) {}

  /** Builds a pane per variant, its sliders at the levers its runs start with. */
  render(variants: readonly VariantInfo[], panes: readonly string[], policies: readonly Policy[]): void {
    // A pane's levers stay open, and the slider just moved keeps the focus, across the rebuild a move causes.
    const open = new Set([...this.container.querySelectorAll('details.lever-details[open]')].map((d) => d.closest('.pane')?.getAttribute('data-pane')));
    const focused = document.activeElement instanceof HTMLInputElement && this.container.contains(document.activeElement) ? document.activeElement.id : '';
    this.panes = panes;
    this.container.replaceChildren();
    this.views = panes.map((variant, pane) => {
      const select = el('select', { id: `pane${pane}-variant`, class: 'variant-select' });
      for (const { name } of variants) select.append(el('option', { value: name, selected: name === variant }, name));
      select.addEventListener('change', () => this.callbacks.onVariant(pane, select.value));
      const description = variants.find((v) => v.name === variant)?.description ?? '';
      const readouts = el('dl', { class: 'readouts' });
      const cards = PANE_CHARTS.map((key) => chartCard({ id: `pane${pane}-${key}`, title: metricLabel(key), className: 'pane-chart' }));
      const charts = cards.map((card) => {
        const chart = new WeekChart(card.host);
        chart.resize(...CHART_SIZE);
        return chart;
      });
      const remove = el('button', { type: 'button', class: 'remove-pane', disabled: panes.length <= MIN_PANES, 'aria-label': `Remove pane ${pane + 1}`, title: 'Remove this pane' }, '✕');
      remove.addEventListener('click', () => this.callbacks.onRemove(pane));
      const levers = new LeverSliders({ idPrefix: `pane${pane}-`, onMove: (key, value) => this.callbacks.onLever(pane, key, value) });
      levers.setValues(policies[pane] ?? {});
      this.container.append(
        el(
          'article',
          { class: 'pane', 'aria-label': `Pane ${pane + 1}: ${variant}`, 'data-variant': variant, 'data-pane': String(pane) },
          el('header', { class: 'pane-header' }, el('span', { class: 'pane-swatch', 'data-colour': String(pane) }), el('label', { for: select.id, class: 'visually-hidden' }, `Variant in pane ${pane + 1}`), select, remove),
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
    this.views.forEach((view, pane) => {
      view.readouts.replaceChildren();
      for (const key of READOUTS) {
        const value = runs && week >= 1 ? runSeries(runs.values, runs.plan, pane, 0, METRIC_INDEX[key])[week - 1] : NaN;
        view.readouts.append(el('div', {}, el('dt', {}, metricLabel(key)), el('dd', {}, formatMetric(key, value))));
      }
    });
    if (!runs) return;
    PANE_CHARTS.forEach((key, c) => {
      const series = this.panes.map((_, pane) => runSeries(runs.values, runs.plan, pane, 0, METRIC_INDEX[key]));
      // One domain for every pane: a taller line means a higher value, whichever pane it is in.
      const domain = sharedDomain(series, key === 'turnover_annualised');
      this.views.forEach((view, pane) => {
        view.charts[c].render({
          totalWeeks: runs.plan.weeks,
          lines: [{ label: this.panes[pane], colour: VARIANT_COLOURS[pane], values: series[pane].subarray(0, week) }],
          left: { domain, format: axisFormat(key), ticks: 5 },
          cursor: week < runs.plan.weeks ? week : undefined,
          summary: `${metricLabel(key)} in “${this.panes[pane]}”, week ${week}: ${formatMetric(key, series[pane][week - 1] ?? NaN)}.`,
        });
      });
    });
  }
}
