/**
 * A chart of any one metric (sim/metrics.ts) for one team or the whole
 * organisation: what the chart picker adds and what a guided session's steps
 * show large. Counts of events in a week (quits, hires…) are drawn as bars per
 * 4 weeks, shares and levels as a line on a 0–100% axis, per-member weekly
 * rates as a 4-week mean.
 */
import { METRICS, type MetricKey, type MetricSpec } from '../../../sim/metrics.ts';
import { OKABE_ITO } from '../../charts/palette.ts';
import type { ChartSpec } from './chart-specs.ts';

/** Weeks per bar of an event count, and of the trailing mean of a weekly rate. */
const BLOCK_WEEKS = 4;

/** A team by name and its index in the run's team list (the organisation when absent). */
export interface ChartUnit {
  readonly name: string;
  readonly index: number;
}

/** The metric's spec (every key of METRICS has one). */
export function metricSpec(metric: MetricKey): MetricSpec {
  return METRICS.find((m) => m.key === metric) as MetricSpec;
}

/** Shown on a 0–100% axis: shares and levels that lie in [0, 1], and annualised turnover (a share per year, which can pass 100%). */
function percent(spec: MetricSpec): boolean {
  if (spec.key === 'turnover_annualised') return true;
  return (spec.kind === 'share' || spec.kind === 'level') && spec.range !== undefined && spec.range[0] >= 0 && spec.range[1] <= 1;
}

/** The id of a metric's chart for a unit (unique on the page, safe in an element id). */
export function metricChartId(metric: MetricKey, team?: ChartUnit): string {
  return `metric-${metric}-${team ? `team${team.index}` : 'org'}`;
}

/** Where the chart's numbers come from, for its title. */
export function unitName(team?: ChartUnit): string {
  return team ? team.name : 'whole organisation';
}

/** The chart of one metric for a team or the organisation. */
export function metricChart(metric: MetricKey, team?: ChartUnit): ChartSpec {
  const spec = metricSpec(metric);
  const id = metricChartId(metric, team);
  const where = unitName(team);
  if (spec.flow) {
    return {
      id,
      title: `${spec.label} per ${BLOCK_WEEKS} weeks — ${where}`,
      leftFormat: 'number',
      bars: { metric, label: `${spec.label} per ${BLOCK_WEEKS} weeks`, binWeeks: BLOCK_WEEKS, colour: OKABE_ITO.sky },
      lines: [],
      team,
      axes: { left: `${spec.label} per ${BLOCK_WEEKS} weeks (${spec.unit})` },
    };
  }
  const weekly = spec.kind === 'rate' && /per week/.test(spec.unit);
  return {
    id,
    title: `${spec.label}${weekly ? ` (${BLOCK_WEEKS}-week mean)` : ''} — ${where}`,
    leftFormat: percent(spec) ? 'percent' : 'number',
    // Annualised turnover can pass 100% in a small team; the axis then grows to show it.
    fitLeft: spec.key === 'turnover_annualised' || undefined,
    lines: [{ metric, label: spec.label, colour: OKABE_ITO.blue, smoothWeeks: weekly ? BLOCK_WEEKS : undefined }],
    team,
    axes: { left: `${spec.label} (${percent(spec) ? '%' : spec.unit})` },
  };
}

/** The metrics a run can chart: every metric, the customers' only when the run simulates customers. */
export function chartableMetrics(customersEnabled: boolean): MetricSpec[] {
  return (METRICS as readonly MetricSpec[]).filter((m) => customersEnabled || m.counts !== 'customers');
}
