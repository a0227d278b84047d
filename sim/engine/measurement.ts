/**
 * Process 11: measurement. A pulse survey every surveyEveryWeeks weeks (and in
 * week 1) observes each member's morale with noise, inflated by fear where
 * psychological safety is low (surveyFear) [Measuring and Monitoring Cultural
 * Health]. Exit interviews are written in turnover.ts.
 */
import { ROLE_MEMBER } from '../types.ts';
import type { EngineConfig } from './config.ts';
import { drawNormalFrom, STREAM, streamWeek } from './random.ts';
import type { EngineState } from './state.ts';

/** Runs the pulse survey when due; keeps the true morale of that week beside it, to report the survey's bias. */
export function surveyWeek(s: EngineState, cfg: EngineConfig, sums: Float64Array, counts: Float64Array): void {
  const truth = s.surveyTruth;
  const m = cfg.scenario.measurement;
  if (s.week < 1 || (s.week - 1) % m.surveyEveryWeeks !== 0) return;
  sums.fill(0);
  counts.fill(0);
  truth.fill(0);
  const surveyDraws = streamWeek(s.luck, STREAM.survey, s.week);
  for (let i = 0; i < s.cap; i++) {
    if (!s.alive[i] || s.role[i] !== ROLE_MEMBER) continue;
    const inflate = m.surveyFear * (1 - s.safety[i]) * cfg.p.surveyFearScale;
    let answer = s.morale[i] + inflate + m.surveyNoise * drawNormalFrom(surveyDraws, s.id[i], 0);
    answer = answer < 0 ? 0 : answer > 1 ? 1 : answer;
    const t = s.team[i];
    sums[t] += answer;
    counts[t]++;
    sums[s.T] += answer;
    counts[s.T]++;
    truth[t] += s.morale[i];
    truth[s.T] += s.morale[i];
  }
  for (let u = 0; u <= s.T; u++) {
    s.surveyMorale[u] = counts[u] > 0 ? sums[u] / counts[u] : 0;
    truth[u] = counts[u] > 0 ? truth[u] / counts[u] : 0;
  }
}
