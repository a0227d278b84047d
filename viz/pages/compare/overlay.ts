/**
 * The overlay (one metric, every pane's variant on one chart) and the
 * difference chart (each variant minus the first pane, week by week, on the
 * same seed). Both follow the shared playback week.
 */
import { METRIC_INDEX, type MetricKey } from '../../../sim/metrics.ts';
import type { ChartCard } from '../../charts/card.ts';
import { VARIANT_COLOURS } from '../../charts/palette.ts';
import { WeekChart, sharedDomain, type LineSeries } from '../../charts/week-chart.ts';
import { axisFormat, metricLabel } from '../../ui/format.ts';
import { runSeries } from './ensemble/aggregate.ts';
import { stampedCard } from './exports.ts';
import type { PaneRuns } from './panes.ts';
import type { Stamp } from '../../../sim/export/stamp.ts';

const SIZE = [560, 260] as const;

export class OverlayCharts {
  private readonly overlay: { card: ChartCard; chart: WeekChart };
  private readonly difference: { card: ChartCard; chart: WeekChart };

  constructor(container: HTMLElement, stamp: () => Stamp | null) {
    const make = (id: string) => {
      const card = stampedCard({ id, title: id }, stamp);
      const chart = new WeekChart(card.host);
      chart.resize(...SIZE);
      container.append(card.element);
      return { card, chart };
    };
    this.overlay = make('overlay');
    this.difference = make('difference');
  }

  /** Draws the runs up to `week`. */
  update(runs: PaneRuns, panes: readonly string[], metric: MetricKey, week: number): void {
    const { plan } = runs;
    const cursor = week < plan.weeks ? week : undefined;
    const format = axisFormat(metric);
    const all = panes.map((_, pane) => runSeries(runs.values, plan, pane, 0, METRIC_INDEX[metric]));
    const overlay: LineSeries[] = panes.map((name, pane) => ({ label: name, colour: VARIANT_COLOURS[pane], values: all[pane].subarray(0, week) }));
    const title = `${metricLabel(metric)}: every variant, seed ${plan.baseSeed}`;
    this.show(this.overlay, title, overlay, {
      totalWeeks: plan.weeks,
      lines: overlay,
      left: { domain: sharedDomain(all), format, ticks: 5 },
      cursor,
      summary: `${title}, weeks 1–${week}.`,
    });
    const differences = all.slice(1).map((values) => values.map((v, w) => v - all[0][w]));
    const difference: LineSeries[] = panes.slice(1).map((name, i) => ({ label: `${name} − ${panes[0]}`, colour: VARIANT_COLOURS[i + 1], values: differences[i].subarray(0, week) }));
    const differenceTitle = `${metricLabel(metric)}: difference from “${panes[0]}” (same seed)`;
    this.show(this.difference, differenceTitle, difference, {
      totalWeeks: plan.weeks,
      lines: difference,
      left: { domain: sharedDomain(differences, true), format, ticks: 5 },
      zeroLine: true,
      cursor,
      summary: `${differenceTitle}, weeks 1–${week}.`,
    });
  }

  private show({ card, chart }: { card: ChartCard; chart: WeekChart }, title: string, lines: readonly LineSeries[], data: Parameters<WeekChart['render']>[0]): void {
    card.setTitle(title);
    const legend = lines.map((l) => ({ label: l.label, colour: l.colour, kind: 'line' as const }));
    if (legend.map((l) => l.label + l.colour).join() !== card.legend.map((l) => l.label + l.colour).join()) card.setLegend(legend);
    chart.render(data);
  }
}
