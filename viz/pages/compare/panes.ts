/**
 * The side-by-side panes: each shows one variant (chosen from the scenario's
 * variants, or made here by moving levers), its readouts at the shared week,
 * and small charts on scales shared by every pane so they compare at a glance.
 */
import { LEVERS, type LeverKey } from '../../../sim/scenario/levers.ts';
import { METRIC_INDEX, type MetricKey } from '../../../sim/metrics.ts';
import { variantNames } from '../../../sim/scenario/variants.ts';
import type { Scenario } from '../../../sim/scenario/schema.ts';
import { el } from './dom.ts';
import { VARIANT_COLOURS, drawWeekChart, sharedDomain } from './charts.ts';
import { runSeries } from './ensemble/aggregate.ts';
import type { EnsemblePlan } from './ensemble/plan.ts';
import { variantPolicy } from './custom-variants.ts';
import { axisFormat, formatMetric, metricLabel } from './format.ts';

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

export interface PaneViews {
  update(runs: PaneRuns | null, week: number): void;
}

function leverControls(scenario: Scenario, variant: string, pane: number, callbacks: PaneCallbacks): HTMLElement {
  const policy = variantPolicy(scenario, variant);
  const list = el('div', { class: 'levers' });
  for (const spec of LEVERS) {
    const id = `pane${pane}-${spec.key}`;
    const value = policy ? policy[spec.key] : spec.defaultValue;
    const input = el('input', { type: 'range', id, min: spec.min, max: spec.max, step: spec.step, value, 'aria-describedby': `${id}-help` });
    const shown = el('output', { for: id }, value.toFixed(2));
    input.addEventListener('input', () => (shown.textContent = Number(input.value).toFixed(2)));
    // On release (change), not every pixel of a drag: each move re-runs the panes.
    input.addEventListener('change', () => callbacks.onLever(pane, spec.key, Number(input.value)));
    list.append(el('div', { class: 'lever' }, el('label', { for: id }, spec.label), input, shown, el('p', { id: `${id}-help`, class: 'help' }, spec.explanation)));
  }
  return el('details', { class: 'lever-details' }, el('summary', {}, 'Adjust levers in this pane'), list);
}

/** Builds the panes for these variants into `container`; returns the handle that redraws them. */
export function renderPanes(container: HTMLElement, scenario: Scenario, panes: readonly string[], callbacks: PaneCallbacks): PaneViews {
  container.replaceChildren();
  const names = variantNames(scenario);
  const views = panes.map((variant, pane) => {
    const select = el('select', { id: `pane${pane}-variant`, class: 'variant-select' });
    for (const name of names) select.append(el('option', { value: name, selected: name === variant }, name));
    select.addEventListener('change', () => callbacks.onVariant(pane, select.value));
    const description = scenario.variants.find((v) => v.name === variant)?.description ?? (variant === 'baseline' ? 'The scenario as written.' : '');
    const readouts = el('dl', { class: 'readouts' });
    const charts = PANE_CHARTS.map(() => el('div', { class: 'pane-chart' }));
    const chartRow = el('div', { class: 'pane-charts' }, ...charts);
    const remove = el('button', { type: 'button', class: 'remove-pane', disabled: panes.length <= MIN_PANES, 'aria-label': `Remove pane ${pane + 1}`, title: 'Remove this pane' }, '✕');
    remove.addEventListener('click', () => callbacks.onRemove(pane));
    const element = el(
      'article',
      { class: 'pane', 'aria-label': `Pane ${pane + 1}: ${variant}`, 'data-variant': variant },
      el('header', { class: 'pane-header' }, el('span', { class: 'swatch', 'data-colour': String(pane) }), el('label', { for: select.id, class: 'visually-hidden' }, `Variant in pane ${pane + 1}`), select, remove),
      el('p', { class: 'variant-description' }, description),
      readouts,
      chartRow,
      leverControls(scenario, variant, pane, callbacks),
    );
    container.append(element);
    return { readouts, charts };
  });

  return {
    update(runs, week) {
      views.forEach((view, pane) => {
        view.readouts.replaceChildren();
        for (const key of READOUTS) {
          const value = runs && week >= 1 ? runSeries(runs.values, runs.plan, pane, 0, METRIC_INDEX[key])[week - 1] : NaN;
          view.readouts.append(el('div', {}, el('dt', {}, metricLabel(key)), el('dd', {}, formatMetric(key, value))));
        }
      });
      if (!runs) return;
      PANE_CHARTS.forEach((key, c) => {
        const series = panes.map((_, pane) => runSeries(runs.values, runs.plan, pane, 0, METRIC_INDEX[key]));
        // One domain for every pane: a taller line means a higher value, whichever pane it is in.
        const yDomain = sharedDomain(series, key === 'turnover_annualised');
        views.forEach((view, pane) => {
          drawWeekChart(view.charts[c], [{ label: panes[pane], colour: VARIANT_COLOURS[pane], values: series[pane] }], {
            title: metricLabel(key),
            weeks: runs.plan.weeks,
            yDomain,
            upToWeek: week,
            width: 280,
            height: 150,
            yFormat: axisFormat(key),
          });
        });
      });
    },
  };
}
