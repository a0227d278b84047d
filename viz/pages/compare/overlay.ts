/**
 * The overlay (one metric, every pane's variant on one chart) and the
 * difference chart (each variant minus the first pane, week by week, on the
 * same seed). Both follow the shared playback week.
 */
import { METRIC_INDEX, type MetricKey } from '../../../sim/metrics.ts';
import type { ChartCard } from '../../charts/card.ts';
import { FittedChart } from '../../charts/fitted-chart.ts';
import { metricDomain } from '../../charts/metric-axis.ts';
import { VARIANT_COLOURS } from '../../charts/palette.ts';
import { sharedDomain, type LineSeries, type WeekChartData } from '../../charts/week-chart.ts';
import { axisFormat, differenceUnit, isPercent, metricLabel } from '../../ui/format.ts';
import { runSeries } from './ensemble/aggregate.ts';
import { stampedCard } from './exports.ts';
import type { PaneRuns } from './panes.ts';
import type { Stamp } from '../../../sim/export/stamp.ts';

/** The unit of a metric's axis label, as written in exported files. */
export function axisUnit(metric: MetricKey, difference = false): string {
  if (difference) return isPercent(metric) ? ' (percentage points)' : '';
  return isPercent(metric) ? ' (%)' : '';
}

/** Tick format of a difference axis: a difference of percentages in points ("−4", "+2"), other metrics as usual. */
function pointsFormat(metric: MetricKey, domain: readonly [number, number]): (value: number) => string {
  const format = axisFormat(metric, domain);
  return isPercent(metric) ? (v) => format(v).replace('%', '') : format;
}

export class OverlayCharts {
  private readonly overlay: { card: ChartCard; chart: FittedChart };
  private readonly difference: { card: ChartCard; chart: FittedChart };
  private metric: MetricKey = 'morale_mean';

  constructor(container: HTMLElement, stamp: () => Stamp | null) {
    const make = (id: string, axis: () => string) => {
      const card = stampedCard({ id, title: id, className: 'overlay-card' }, stamp, () => ({ left: axis() }));
      const chart = new FittedChart(card.host, [560, 260]);
      container.append(card.element);
      return { card, chart };
    };
    this.overlay = make('overlay', () => `${metricLabel(this.metric)}${axisUnit(this.metric)}`);
    this.difference = make('difference', () => `Difference in ${metricLabel(this.metric).toLowerCase()}${axisUnit(this.metric, true)}`);
  }

  /** Draws the runs up to `week`; levels and shares on 0–100% unless `zoom`. */
  update(runs: PaneRuns, panes: readonly string[], metric: MetricKey, week: number, zoom = false): void {
    this.metric = metric;
    const { plan } = runs;
    const cursor = week < plan.weeks ? week : undefined;
    const all = panes.map((_, pane) => runSeries(runs.values, plan, pane, 0, METRIC_INDEX[metric]));
    const overlay: LineSeries[] = panes.map((name, pane) => ({ label: name, colour: VARIANT_COLOURS[pane], values: all[pane].subarray(0, week) }));
    const title = `${metricLabel(metric)}: every variant, seed ${plan.baseSeed}`;
    const domain = metricDomain(metric, all, zoom);
    this.show(this.overlay, title, overlay, {
      totalWeeks: plan.weeks,
      lines: overlay,
      left: { domain, format: axisFormat(metric, domain), ticks: 5 },
      cursor,
      summary: `${title}, weeks 1–${week}.`,
    });
    const differences = all.slice(1).map((values) => values.map((v, w) => v - all[0][w]));
    const difference: LineSeries[] = panes.slice(1).map((name, i) => ({ label: `${name} − ${panes[0]}`, colour: VARIANT_COLOURS[i + 1], values: differences[i].subarray(0, week) }));
    const unit = differenceUnit(metric);
    const differenceTitle = `${metricLabel(metric)}: difference from “${panes[0]}” (same seed${unit ? `, in percentage points` : ''})`;
    const differenceDomain = sharedDomain(differences, true);
    this.show(this.difference, differenceTitle, difference, {
      totalWeeks: plan.weeks,
      lines: difference,
      // Percentage points, not percentages: the ticks are bare numbers; the axis label says "(percentage points)".
      left: { domain: differenceDomain, format: pointsFormat(metric, differenceDomain), ticks: 5 },
      zeroLine: true,
      cursor,
      summary: `${differenceTitle}, weeks 1–${week}.`,
    });
  }

  private show({ card, chart }: { card: ChartCard; chart: FittedChart }, title: string, lines: readonly LineSeries[], data: WeekChartData): void {
    card.setTitle(title);
    const legend = lines.map((l) => ({ label: l.label, colour: l.colour, kind: 'line' as const }));
    if (legend.map((l) => l.label + l.colour).join() !== card.legend.map((l) => l.label + l.colour).join()) card.setLegend(legend);
    chart.render(data);
  }
}
