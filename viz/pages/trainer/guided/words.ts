/**
 * Numbers in plain words for a guided session: how a metric's value, a window
 * of weeks and a difference are said to a room. Pure (no DOM), so the wording
 * is tested on made-up numbers.
 */
import { METRICS, type MetricKey, type MetricSpec } from '../../../../sim/metrics.ts';
import { isFlow } from '../../../../sim/scenario/guide-weeks.ts';

export function specOf(metric: MetricKey): MetricSpec {
  return METRICS.find((m) => m.key === metric) as MetricSpec;
}

/** Said as a percentage: shares and levels in [0, 1], annualised turnover, and the survey gap (in points). */
export function isPercent(metric: MetricKey): boolean {
  const spec = specOf(metric);
  if (metric === 'turnover_annualised' || metric === 'survey_gap') return true;
  return (spec.kind === 'share' || spec.kind === 'level') && spec.range !== undefined && spec.range[0] >= 0 && spec.range[1] <= 1;
}

/** The metric's name in a sentence: its label without the parenthesis ("Morale (mean)" → "morale"), lower case unless a name. */
export function metricName(metric: MetricKey): string {
  const label = specOf(metric).label.replace(/\s*\(.*\)$/, '');
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Plain rounding: whole numbers from 10 up, one decimal below, and no "-0". */
function plain(v: number, decimals: number): string {
  const text = v.toFixed(decimals).replace(/\.0+$/, '');
  return text === '-0' ? '0' : text;
}

/**
 * A value as the room reads it: a percentage (whole) for shares and levels, a whole number for a total of events,
 * one decimal for a mean of counts (8.6 people), two for a small rate (0.45 requests a week).
 */
export function formatValue(metric: MetricKey, v: number, totalled = false): string {
  if (!Number.isFinite(v)) return 'none (no one there)';
  if (isPercent(metric)) return `${plain(v * 100, 0)}%`;
  if (totalled && Number.isInteger(v)) return String(v);
  if (Math.abs(v) >= 10) return plain(v, 0);
  if (specOf(metric).kind === 'count') return plain(v, 1);
  return plain(v, 2);
}

/**
 * The size of a difference (no sign) as it is said: percentage points for percentages, else as a value. `precise`
 * (an interval's ends) keeps one more decimal, so the two ends of a narrow interval do not print the same.
 */
export function formatDifference(metric: MetricKey, d: number, precise = false): string {
  const size = Math.abs(d);
  if (isPercent(metric)) {
    const points = size * 100;
    const text = precise ? points.toFixed(1) : plain(points, points < 10 ? 1 : 0);
    return `${text} percentage point${text === '1' ? '' : 's'}`;
  }
  if (precise) return size.toFixed(specOf(metric).kind === 'count' || size >= 10 ? 1 : 2);
  return formatValue(metric, size);
}

/** Whether a difference is zero once rounded as it is printed (then it is "about the same", never "0.0 more"). */
export function roundsToZero(metric: MetricKey, d: number): boolean {
  return Number.parseFloat(formatDifference(metric, d)) === 0;
}

/** "more"/"fewer" for counts, "higher"/"lower" for the rest, by the sign of `d`. */
export function directionWord(metric: MetricKey, d: number): string {
  const counted = specOf(metric).kind === 'count';
  if (d > 0) return counted ? 'more' : 'higher';
  return counted ? 'fewer' : 'lower';
}

/** "weeks 21–44", or "week 33" for a single week. */
export function weeksText(from: number, to: number): string {
  return from === to ? `week ${from}` : `weeks ${from}–${to}`;
}

/** Events of people in a week, said with a verb (how many "left"): the metrics counted per person. */
const PEOPLE_EVENTS: Partial<Record<MetricKey, string>> = {
  quits: 'left',
  quits_burnout: 'left burnt out',
  quits_morale: 'left disengaged',
  quits_leader: 'left over the leader',
  quits_belonging: 'left feeling they did not belong',
  quits_contagion: 'followed close colleagues out',
  quits_imbalance: 'walked away from one-sided relationships',
  quits_givers: 'givers left',
  early_exits: 'left in their first six months',
  layoffs: 'were laid off',
  withdrawals: 'withdrew from helping',
};

/** The verb phrase of a count of people ("left"), or undefined for other metrics. */
export function peopleVerb(metric: MetricKey): string | undefined {
  return PEOPLE_EVENTS[metric];
}

/** What a window of a metric is: the total of events, or the mean of a level (or the level at one week). */
export function measureText(metric: MetricKey, from: number, to: number, team?: string): string {
  const where = team ? ` in ${team}` : '';
  if (isFlow(metric)) return `${metricName(metric)}${where} in ${weeksText(from, to)} (the total)`;
  if (from === to) return `${metricName(metric)}${where} at week ${to}`;
  return `${metricName(metric)}${where} over ${weeksText(from, to)} (the average)`;
}
