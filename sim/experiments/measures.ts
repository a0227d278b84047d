/**
 * Reading an experiment's measure from a run: weekly series of a metric for a
 * team or the organisation, summarised over a window of weeks.
 */
import { METRIC_INDEX, type MetricKey } from '../metrics.ts';
import type { RunResult } from '../types.ts';
import { series as resultSeries } from '../results.ts';
import type { Measure, WindowMeasure } from './types.ts';

/** Row index of a team (by name) or of the organisation (no name). */
export function unitIndex(run: RunResult, team?: string): number {
  if (team === undefined) return run.teamNames.length;
  const i = run.teamNames.indexOf(team);
  if (i < 0) throw new Error(`no team named ${JSON.stringify(team)}; teams: ${run.teamNames.join(', ')}`);
  return i;
}

/** The weekly series of a metric (week 1 first) for a team or the organisation. */
export function series(run: RunResult, metric: MetricKey, team?: string): number[] {
  return Array.from(resultSeries(run, METRIC_INDEX[metric], unitIndex(run, team)));
}

/** The last week of a window (`'end'` is the run's last week); throws when the run is shorter. */
export function windowEnd(run: RunResult, from: number, to: number | 'end'): number {
  const end = to === 'end' ? run.weeks : to;
  if (end > run.weeks) throw new Error(`the measure needs week ${end}, the run has ${run.weeks}`);
  if (from < 1 || from > end) throw new Error(`the window of weeks ${from}–${end} is empty`);
  return end;
}

/** Sum of a metric over weeks [from, to] (1-based, inclusive). */
export function sumOver(run: RunResult, metric: MetricKey, from = 1, to: number | 'end' = 'end', team?: string): number {
  const end = windowEnd(run, from, to);
  const s = series(run, metric, team);
  let sum = 0;
  for (let w = from; w <= end; w++) sum += s[w - 1];
  return sum;
}

/** Mean of a metric over weeks [from, to] (1-based, inclusive). */
export function meanOver(run: RunResult, metric: MetricKey, from = 1, to: number | 'end' = 'end', team?: string): number {
  const end = windowEnd(run, from, to);
  return sumOver(run, metric, from, end, team) / (end - from + 1);
}

function windowValue(m: WindowMeasure, run: RunResult): number {
  const end = windowEnd(run, m.from, m.to);
  const s = series(run, m.metric, m.team);
  const minus = m.minus ? series(run, m.minus, m.team) : undefined;
  let total = 0;
  for (let w = m.from; w <= end; w++) total += minus ? s[w - 1] - minus[w - 1] : s[w - 1];
  return m.aggregate === 'sum' ? total : total / (end - m.from + 1);
}

/** The measure's value for one run. */
export function measureValue(m: Measure, run: RunResult): number {
  return m.kind === 'custom' ? m.value(run) : windowValue(m, run);
}

function weeksText(from: number, to: number | 'end'): string {
  if (to === 'end') return from === 1 ? 'all weeks' : `weeks ${from}–end`;
  return from === to ? `week ${from}` : `weeks ${from}–${to}`;
}

/** The measure in words, e.g. `trust_in_leader, mean over weeks 26–39 (organisation)`. */
export function describeMeasure(m: Measure): string {
  if (m.kind === 'custom') return `${m.text} (${weeksText(m.from, m.to)})`;
  const what = m.minus ? `${m.metric} − ${m.minus}` : m.metric;
  const how = m.from === m.to ? 'at' : m.aggregate === 'sum' ? 'total over' : 'mean over';
  return `${what}, ${how} ${weeksText(m.from, m.to)} (${m.team ?? 'organisation'})`;
}
