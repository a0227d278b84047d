/**
 * Predict first: what a step asks the room to commit to, and what the run
 * showed when it got there. The values are the engine's, read from the run's
 * history and summed (counts of events) or averaged over the weeks asked
 * about (sim/analysis's windowValue). Pure (no DOM).
 */
import { windowValue } from '../../../../sim/analysis/paired.ts';
import { directionBaseline, isFlow, predictionWindow, type Prediction } from '../../../../sim/scenario/guide-weeks.ts';
import { formatDifference, formatValue, isPercent, measureText, roundsToZero, weeksText } from './words.ts';

/** What the room said. */
export type RoomAnswer = { readonly kind: 'direction'; readonly direction: 'higher' | 'same' | 'lower' } | { readonly kind: 'number'; readonly value: number };

/** The question the room answers, as the guide words it or generated from the metric and weeks. */
export function predictionPrompt(p: Prediction, stepWeek: number): string {
  if (p.prompt) return p.prompt;
  const { from, to } = predictionWindow(p);
  const what = measureText(p.metric, from, to, p.team);
  if (p.answer === 'number') return `What will ${what} be${isPercent(p.metric) ? ', in percent' : ''}?`;
  const base = directionBaseline(p, stepWeek);
  const now = base.from === base.to ? `now (week ${stepWeek})` : `in ${weeksText(base.from, base.to)}, up to now`;
  return `Will ${what} be higher, the same or lower than ${now}?`;
}

/** The room's answer in words. */
export function answerText(p: Prediction, answer: RoomAnswer): string {
  if (answer.kind === 'direction') return answer.direction === 'same' ? 'the same' : answer.direction;
  return isPercent(p.metric) ? `${answer.value}%` : String(answer.value);
}

/** What the run showed, once it has simulated the weeks asked about. */
export interface Reveal {
  readonly text: string;
  /** Whether a direction the room gave matched (undefined for a number, or no answer). */
  readonly matched?: boolean;
}

/**
 * The reveal of a prediction from a weekly series of the metric (index 0 = week 1) for the team asked about;
 * undefined while the run has not reached the week.
 */
export function revealPrediction(p: Prediction, stepWeek: number, series: ArrayLike<number>, answer: RoomAnswer | undefined): Reveal | undefined {
  const { from, to } = predictionWindow(p);
  if (series.length < to) return undefined;
  const sum = isFlow(p.metric);
  const actual = windowValue(series, from, to, sum);
  const shown = formatValue(p.metric, actual, sum);
  const what = measureText(p.metric, from, to, p.team);
  const said = answer ? ` The room said ${answerText(p, answer)}.` : ' The room made no prediction.';
  if (p.answer === 'number') {
    let gap = '';
    if (answer?.kind === 'number' && Number.isFinite(actual)) {
      const guess = isPercent(p.metric) ? answer.value / 100 : answer.value;
      const d = actual - guess;
      gap = roundsToZero(p.metric, d) ? ' Spot on.' : ` Off by ${formatDifference(p.metric, d)}.`;
    }
    return { text: `${capitalise(what)}: ${shown}.${said}${gap}` };
  }
  const base = directionBaseline(p, stepWeek);
  const before = windowValue(series, base.from, base.to, sum);
  const beforeShown = formatValue(p.metric, before, sum);
  // "The same" means the same as printed: the room reads the rounded numbers.
  const direction = shown === beforeShown ? 'same' : actual > before ? 'higher' : 'lower';
  const word = direction === 'same' ? 'the same' : direction;
  const matched = answer?.kind === 'direction' ? answer.direction === direction : undefined;
  const verdict = matched === undefined ? '' : matched ? ' The room was right.' : ' A surprise for the room.';
  return {
    text: `${capitalise(what)}: ${shown}, against ${beforeShown} in ${weeksText(base.from, base.to)}: ${word}.${said}${verdict}`,
    matched,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
