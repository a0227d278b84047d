/**
 * The weeks a guided session's prediction covers, and how a window of a metric
 * is summarised. Apart from the schema (guide.ts) so the page's session code
 * reads them without loading the schema and its validator.
 */
import { METRICS, type MetricKey, type MetricSpec } from '../metrics.ts';
import type { Prediction } from './guide.ts';

export type { Debrief, Guide, GuideChart, GuideStep, Prediction } from './guide.ts';

/** Whether a metric counts events in a week (quits, hires…): a window of it is summed, any other metric averaged. */
export function isFlow(key: MetricKey): boolean {
  return (METRICS.find((m) => m.key === key) as MetricSpec | undefined)?.flow === true;
}

/** The weeks a prediction covers: `from`–`week`. */
export function predictionWindow(p: Prediction): { readonly from: number; readonly to: number } {
  return { from: p.from ?? p.week, to: p.week };
}

/** What a "direction" prediction is compared with: as many weeks as the prediction covers, ending at the step's week. */
export function directionBaseline(p: Prediction, stepWeek: number): { readonly from: number; readonly to: number } {
  const { from, to } = predictionWindow(p);
  return { from: stepWeek - (to - from), to: stepWeek };
}
