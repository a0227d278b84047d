/**
 * The overlay (one metric, every pane's variant on one chart) and the
 * difference chart (each variant minus the baseline pane, week by week, on the
 * same seed). Both follow the shared playback week.
 */
import { METRIC_INDEX, type MetricKey } from '../../../sim/metrics.ts';
import { VARIANT_COLOURS, drawWeekChart, sharedDomain } from './charts.ts';
import { runSeries } from './ensemble/aggregate.ts';
import { axisFormat, metricLabel } from './format.ts';
import type { PaneRuns } from './panes.ts';

export function drawOverlay(container: HTMLElement, runs: PaneRuns, panes: readonly string[], metric: MetricKey, week: number): SVGSVGElement {
  const series = panes.map((name, pane) => ({ label: name, colour: VARIANT_COLOURS[pane], values: runSeries(runs.values, runs.plan, pane, 0, METRIC_INDEX[metric]) }));
  return drawWeekChart(container, series, {
    title: `${metricLabel(metric)}: every variant, seed ${runs.plan.baseSeed}`,
    weeks: runs.plan.weeks,
    yDomain: sharedDomain(series.map((s) => s.values)),
    upToWeek: week,
    width: 560,
    height: 260,
    legend: true,
    yFormat: axisFormat(metric),
  });
}

export function drawDifference(container: HTMLElement, runs: PaneRuns, panes: readonly string[], metric: MetricKey, week: number): SVGSVGElement {
  const base = runSeries(runs.values, runs.plan, 0, 0, METRIC_INDEX[metric]);
  const series = panes.slice(1).map((name, i) => {
    const values = runSeries(runs.values, runs.plan, i + 1, 0, METRIC_INDEX[metric]);
    for (let w = 0; w < values.length; w++) values[w] -= base[w];
    return { label: `${name} − ${panes[0]}`, colour: VARIANT_COLOURS[i + 1], values };
  });
  return drawWeekChart(container, series, {
    title: `${metricLabel(metric)}: difference from “${panes[0]}” (same seed)`,
    weeks: runs.plan.weeks,
    yDomain: sharedDomain(series.map((s) => s.values), true),
    upToWeek: week,
    width: 560,
    height: 260,
    zeroLine: true,
    legend: true,
    yFormat: axisFormat(metric),
  });
}
