/**
 * Weekly counters per unit (each team, and the organisation as unit T): the
 * systems bump them as things happen; the metrics collector reads them.
 */
import { METRIC_INDEX, METRIC_KEYS, type MetricKey } from '../metrics.ts';
import type { EngineState } from './state.ts';

const M = METRIC_KEYS.length;

/** Adds v to a counted metric for a team and for the organisation. */
export function bump(s: EngineState, team: number, metric: number, v = 1): void {
  const { acc } = s;
  acc[team * M + metric] += v;
  acc[s.T * M + metric] += v;
}

/** Metric index by key (resolved once at module load, so the hot path reads numbers). */
export const MI: Readonly<Record<MetricKey, number>> = METRIC_INDEX;
