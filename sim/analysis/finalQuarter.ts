/**
 * The final-quarter summary of a run: the mean of each metric over the last
 * quarter of its weeks (ceil(weeks / 4), at least one week), for one unit
 * (a team, or the organisation). Compare and sweep summarise runs this way so
 * start-up transients do not dominate.
 */
import type { RunResult } from '../types.ts';

/** Number of weeks in the final quarter of a run of `weeks` weeks. */
export function finalQuarterWeeks(weeks: number): number {
  return Math.max(1, Math.ceil(weeks / 4));
}

/**
 * Mean of every metric over the final quarter, for `unit` (a team index, or
 * `teamNames.length` — the default — for the whole organisation). Weeks where
 * a value is missing (NaN: the team had no members) are skipped; a metric
 * missing in every week of the final quarter is NaN.
 */
export function finalQuarterMeans(
  result: Pick<RunResult, 'weeks' | 'teamNames' | 'metricKeys' | 'values'>,
  unit: number = result.teamNames.length,
): Float64Array {
  const units = result.teamNames.length + 1;
  const metrics = result.metricKeys.length;
  const out = new Float64Array(metrics);
  if (result.weeks === 0) return out.fill(NaN);
  const span = Math.min(result.weeks, finalQuarterWeeks(result.weeks));
  const counts = new Float64Array(metrics);
  for (let w = result.weeks - span; w < result.weeks; w++) {
    const base = (w * units + unit) * metrics;
    for (let k = 0; k < metrics; k++) {
      const v = result.values[base + k];
      if (Number.isNaN(v)) continue;
      out[k] += v;
      counts[k]++;
    }
  }
  for (let k = 0; k < metrics; k++) out[k] = counts[k] > 0 ? out[k] / counts[k] : NaN;
  return out;
}

/** Sum of every metric over all weeks for `unit` (missing weeks skipped; NaN when missing in every week): totals of flows. */
export function runTotals(result: Pick<RunResult, 'weeks' | 'teamNames' | 'metricKeys' | 'values'>, unit: number = result.teamNames.length): Float64Array {
  const units = result.teamNames.length + 1;
  const metrics = result.metricKeys.length;
  const out = new Float64Array(metrics);
  const counts = new Float64Array(metrics);
  for (let w = 0; w < result.weeks; w++) {
    const base = (w * units + unit) * metrics;
    for (let k = 0; k < metrics; k++) {
      const v = result.values[base + k];
      if (Number.isNaN(v)) continue;
      out[k] += v;
      counts[k]++;
    }
  }
  for (let k = 0; k < metrics; k++) if (counts[k] === 0) out[k] = NaN;
  return out;
}
