/**
 * Weekly counters per unit (each team, and the organisation as unit T): the
 * processes bump them as things happen; the metrics collector reads them.
 */
import { METRIC_KEYS } from '../metrics.ts';
import type { EngineState } from './state.ts';

const M = METRIC_KEYS.length;

/** Adds v to a counted metric for a team and for the organisation. */
export function bump(s: EngineState, team: number, metric: number, v = 1): void {
  const { acc } = s;
  acc[team * M + metric] += v;
  acc[s.T * M + metric] += v;
}
