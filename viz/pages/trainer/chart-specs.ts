/**
 * The trainer's charts: which metrics each shows (the list below, in reading
 * order) and how a run's history becomes what a chart draws (see
 * viz/charts/week-chart.ts). Colours are the Okabe–Ito palette
 * (distinguishable with colour-vision deficiencies).
 */
import type { MetricKey } from '../../../sim/metrics.ts';
import { binned, sharedDomain, trailingMean, type ChartMarker, type LineSeries, type WeekChartData } from '../../charts/week-chart.ts';
import type { LegendItem } from '../../charts/card.ts';
import { OKABE_ITO } from '../../charts/palette.ts';
import type { RunHistory } from './run-history.ts';
import { MIN_HEADCOUNT_FOR_TURNOVER, meaningfulTurnover, runningTotal, showsTurnover } from '../../ui/turnover-rule.ts';

const { blue: BLUE, orange: ORANGE, green: GREEN, pink: PINK, vermillion: VERMILLION, sky: SKY } = OKABE_ITO;

/** One plotted metric. */
export interface SeriesSpec {
  readonly metric: MetricKey;
  readonly label: string;
  readonly colour: string;
  readonly dash?: string;
  /** Plot against the right-hand axis. */
  readonly right?: boolean;
  /**
   * Plot the mean of the last `smoothWeeks` weeks (fewer at the start) instead of each week's value: weekly counts in a
   * small team jump between a few levels, which reads as noise. Exports (CSV) keep the weekly values.
   */
  readonly smoothWeeks?: number;
  /**
   * Drawn from the metric rather than as it is: `running-total` adds the weekly counts up (people who left so far);
   * `meaningful-turnover` leaves out the weeks where the headcount is too small for an annual rate (viz/ui/turnover-rule.ts).
   */
  readonly derive?: 'running-total' | 'meaningful-turnover';
}

/** What a chart shows. */
export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly lines: readonly SeriesSpec[];
  /** A band of mean ± spread around the first line. */
  readonly band?: { readonly mean: MetricKey; readonly spread: MetricKey };
  /** Bars of a count summed over blocks of `binWeeks` weeks (e.g. quits per month). */
  readonly bars?: { readonly metric: MetricKey; readonly label: string; readonly binWeeks: number; readonly colour: string };
  /** Left axis as 0–100% (levels and shares) or plain numbers. */
  readonly leftFormat: 'percent' | 'number';
  readonly rightFormat?: 'percent' | 'number';
  /** Only shown when this holds (e.g. customers enabled). */
  readonly when?: (history: RunHistory) => boolean;
  /** The team whose values are drawn (its index in the run's teams); the whole organisation when omitted. */
  readonly team?: { readonly name: string; readonly index: number };
  /** A percent axis that grows past 100% to fit its values (annualised turnover in a small team can). */
  readonly fitLeft?: boolean;
  /** What each axis shows, with its unit (written into exported files). */
  readonly axes: { readonly left: string; readonly right?: string };
}

/** The row of metric values a chart reads: its team's, or the organisation's. */
function unitOf(spec: ChartSpec, history: RunHistory): number {
  return spec.team && spec.team.index < history.run.teamNames.length ? spec.team.index : history.orgUnit;
}

/** Every chart, in reading order. */
export const CHART_SPECS: readonly ChartSpec[] = [
  {
    id: 'morale',
    title: 'Morale (mean, with spread)',
    leftFormat: 'percent',
    band: { mean: 'morale_mean', spread: 'morale_sd' },
    lines: [{ metric: 'morale_mean', label: 'Morale', colour: BLUE }],
    axes: { left: 'Morale of members (%)' },
  },
  {
    // An organisation large enough for an annual rate (viz/ui/turnover-rule.ts); weeks where it has shrunk below are gaps.
    id: 'quits',
    title: 'Quits per month and annualised turnover',
    leftFormat: 'number',
    rightFormat: 'percent',
    bars: { metric: 'quits', label: 'Quits per 4 weeks', binWeeks: 4, colour: SKY },
    lines: [{ metric: 'turnover_annualised', label: 'Annualised turnover', colour: VERMILLION, right: true, derive: 'meaningful-turnover' }],
    axes: { left: 'Quits per 4 weeks (people)', right: 'Annualised turnover (% of headcount)' },
    when: (history) => showsTurnover(history.run.startingPeople),
  },
  {
    // A small team: one quit would read as a 30-point jump in an annual rate, so the count of people who left is shown.
    id: 'left',
    title: 'People who left: quits per month and in all',
    leftFormat: 'number',
    rightFormat: 'number',
    bars: { metric: 'quits', label: 'Quits per 4 weeks', binWeeks: 4, colour: SKY },
    lines: [{ metric: 'quits', label: 'People who quit so far', colour: VERMILLION, right: true, derive: 'running-total' }],
    axes: { left: 'Quits per 4 weeks (people)', right: 'People who quit so far' },
    when: (history) => !showsTurnover(history.run.startingPeople),
  },
  {
    // Who is there: leavers are replaced after the hiring delay, and growth events open new positions.
    id: 'headcount',
    title: 'Hires per month and headcount',
    leftFormat: 'number',
    rightFormat: 'number',
    bars: { metric: 'hires', label: 'Hires per 4 weeks', binWeeks: 4, colour: GREEN },
    lines: [{ metric: 'headcount', label: 'Headcount', colour: BLUE, right: true }],
    axes: { left: 'Hires per 4 weeks (people)', right: 'Headcount (people, leaders included)' },
  },
  {
    id: 'trust-leader',
    title: 'Trust in the leader',
    leftFormat: 'percent',
    lines: [{ metric: 'trust_in_leader', label: 'Trust in the leader', colour: GREEN }],
    axes: { left: 'Trust of members in their leader (%)' },
  },
  {
    id: 'burnout',
    title: 'Burnout share',
    leftFormat: 'percent',
    lines: [{ metric: 'burnout_share', label: 'Burnt out', colour: VERMILLION }],
    axes: { left: 'Members burnt out (%)' },
  },
  {
    id: 'helping',
    // A 4-week average: a team of twelve helps a few times a week, so weekly values jump between a few levels.
    title: 'Helping per member per week (4-week mean)',
    leftFormat: 'number',
    lines: [
      { metric: 'help_knowledge', label: 'Knowledge', colour: BLUE, smoothWeeks: 4 },
      { metric: 'help_practical', label: 'Practical', colour: ORANGE, dash: '6 3', smoothWeeks: 4 },
      { metric: 'help_emotional', label: 'Emotional', colour: PINK, dash: '2 2', smoothWeeks: 4 },
      { metric: 'help_refused', label: 'Refused', colour: '#555555', dash: '1 3', smoothWeeks: 4 },
    ],
    axes: { left: 'Acts per member per week' },
  },
  {
    id: 'safety',
    title: 'Psychological safety',
    leftFormat: 'percent',
    lines: [{ metric: 'psych_safety', label: 'Psychological safety', colour: PINK }],
    axes: { left: 'Felt psychological safety of members (%)' },
  },
  {
    id: 'survey',
    title: 'Survey morale next to true morale',
    leftFormat: 'percent',
    lines: [
      { metric: 'morale_mean', label: 'True morale', colour: BLUE },
      { metric: 'survey_morale', label: 'Survey says', colour: ORANGE, dash: '6 3' },
    ],
    axes: { left: 'Morale of members (%)' },
  },
  {
    id: 'customers',
    title: 'Customer loyalty',
    leftFormat: 'percent',
    lines: [{ metric: 'customer_loyalty', label: 'Customer loyalty', colour: GREEN }],
    axes: { left: 'Mean loyalty of customers (%)' },
    when: (history) => history.run.customersEnabled,
  },
];

const pct = (v: number) => `${Math.round(v * 100)}%`;
const num = (v: number) => (Math.abs(v) >= 10 ? String(Math.round(v)) : String(Number(v.toFixed(2))));

/** The legend a chart shows (and writes into its exported files). */
export function legendOf(spec: ChartSpec): LegendItem[] {
  return [
    ...(spec.bars ? [{ label: spec.bars.label, colour: spec.bars.colour, kind: 'bar' as const }] : []),
    ...spec.lines.map((s) => ({ label: s.label + (s.right ? ' (right axis)' : ''), colour: s.colour, kind: s.dash ? ('dash' as const) : ('line' as const) })),
  ];
}

/** A line's weekly values as the chart draws them: smoothed, added up, or with the weeks the turnover rule leaves out as gaps. */
export function lineValues(line: SeriesSpec, history: RunHistory, unit: number = history.orgUnit): Float64Array {
  const values = history.series(line.metric, unit);
  if (line.derive === 'running-total') return runningTotal(values);
  if (line.derive === 'meaningful-turnover') return meaningfulTurnover(values, history.series('headcount', unit));
  return trailingMean(values, line.smoothWeeks ?? 1);
}

/** Room above the highest value on a number axis, so a line never sits on the axis's top tick (the headcount on the hires' "1"). */
const HEADROOM = 1.25;

/** A percentage axis's ticks with the decimals its span needs ("61.5%" on a zoomed axis, "60%" on 0–100%). */
function pctFor(domain: readonly [number, number]): (v: number) => string {
  const span = Math.abs(domain[1] - domain[0]) * 100;
  const decimals = span >= 8 ? 0 : span >= 0.8 ? 1 : 2;
  return (v) => `${(Math.abs(v) < 1e-12 ? 0 : v * 100).toFixed(decimals)}%`;
}

/**
 * The run up to its latest week as the chart draws it, with a cursor at `viewedWeek` when that is a replayed week.
 * Shares and levels (a percentage left axis) are drawn on 0–100% unless `zoom`, as on the compare page.
 */
export function chartData(spec: ChartSpec, history: RunHistory, viewedWeek: number, markers: readonly ChartMarker[], zoom = false): WeekChartData {
  const weeks = history.latestWeek;
  const unit = unitOf(spec, history);
  const lines: LineSeries[] = spec.lines.map((s) => ({ label: s.label, colour: s.colour, dash: s.dash, right: s.right, values: lineValues(s, history, unit) }));
  const bins = spec.bars ? binned(history.series(spec.bars.metric, unit), spec.bars.binWeeks) : [];
  let leftMax = spec.leftFormat === 'percent' ? 1 : spec.bars ? 1 : 0.05;
  let leftMin = 0;
  let rightMax = spec.rightFormat === 'percent' ? 0.2 : 1;
  if (spec.leftFormat !== 'percent') for (const b of bins) leftMax = Math.max(leftMax, b.total);
  for (const s of lines) {
    if (!s.right && spec.leftFormat === 'percent' && !spec.fitLeft) continue;
    for (const v of s.values as Float64Array) {
      if (!Number.isFinite(v)) continue; // a missing week (no members) is a gap, not a scale
      if (s.right) rightMax = Math.max(rightMax, v);
      else {
        leftMax = Math.max(leftMax, v);
        leftMin = Math.min(leftMin, v); // a difference (survey minus truth) can be negative
      }
    }
  }
  if (spec.rightFormat === 'number') rightMax *= HEADROOM;
  let bands: WeekChartData['bands'];
  if (spec.band) {
    const mean = history.series(spec.band.mean, unit);
    const spread = history.series(spec.band.spread, unit);
    const lo = mean.map((m, i) => Math.max(0, m - spread[i]));
    const hi = mean.map((m, i) => Math.min(leftMax, m + spread[i]));
    bands = [{ lo, hi, colour: spec.lines[0].colour, opacity: 0.2 }];
  }
  const format = (kind: 'percent' | 'number' | undefined) => (kind === 'percent' ? pct : num);
  // Zoomed: a percentage axis spans the values drawn on it (within 0–100%), with its ticks' decimals to match.
  let leftDomain: [number, number] = [leftMin, leftMax];
  let leftFormat = format(spec.leftFormat);
  if (zoom && spec.leftFormat === 'percent') {
    const [lo, hi] = sharedDomain([...lines.filter((l) => !l.right).map((l) => l.values), ...(bands ?? []).flatMap((b) => [b.lo, b.hi])]);
    leftDomain = [Math.max(0, lo), Math.min(1, hi)];
    if (!(leftDomain[1] > leftDomain[0])) leftDomain = [0, 1];
    leftFormat = pctFor(leftDomain);
  }
  return {
    totalWeeks: history.run.weeks,
    lines,
    bands,
    bars: spec.bars ? { colour: spec.bars.colour, binWeeks: spec.bars.binWeeks, bins } : undefined,
    left: { domain: leftDomain, format: leftFormat, ticks: spec.bars ? Math.min(4, Math.max(1, leftMax)) : 4 },
    right: spec.rightFormat ? { domain: [0, rightMax], format: format(spec.rightFormat) } : undefined,
    markers,
    cursor: viewedWeek > 0 && viewedWeek < weeks ? viewedWeek : undefined,
    summary: summary(spec, history, viewedWeek),
  };
}

/** The text a screen reader hears: each series' value at the week on screen and at the start. */
export function summary(spec: ChartSpec, history: RunHistory, viewedWeek: number): string {
  const week = Math.min(viewedWeek, history.latestWeek);
  if (week < 1) return `${spec.title}: no weeks simulated yet.`;
  const unit = unitOf(spec, history);
  const parts = spec.lines.map((s) => {
    const shown = (s.right ? spec.rightFormat : spec.leftFormat) === 'percent' ? pct : num;
    const missing = s.derive === 'meaningful-turnover' ? `not shown (fewer than ${MIN_HEADCOUNT_FOR_TURNOVER} people)` : 'none (no members)';
    const format = (v: number) => (Number.isFinite(v) ? shown(v) : missing);
    const values = lineValues(s, history, unit);
    const note = s.smoothWeeks ? `, ${s.smoothWeeks}-week mean` : '';
    return `${s.label} ${format(values[week - 1])}${note} (week 1: ${format(values[0])})`;
  });
  if (spec.bars) {
    const bin = binned(history.series(spec.bars.metric, unit).subarray(0, week), spec.bars.binWeeks).at(-1);
    if (bin) parts.unshift(`${spec.bars.label}: ${num(bin.total)} in weeks ${bin.start}–${week}`);
  }
  return `${spec.title}, week ${week}: ${parts.join('; ')}.`;
}
