/**
 * Workshop mode: a presenter view (large text, fewer controls) and "predict
 * first": before an ensemble's result is revealed, the room records its guess,
 * which is then shown next to the result. Guessing first makes the surprise
 * (or the confirmation) stick; it is the point of the exercise.
 */
import { el } from '../../ui/dom.ts';

/** The number the room estimates: annual turnover (%), or — in a small team — how many people quit over some weeks. */
export type EstimateQuestion = { readonly kind: 'turnover' } | { readonly kind: 'left'; readonly from: number; readonly to: number };

/** What the room guessed. */
export interface RoomPrediction {
  /** Variant the room expects to end with the higher morale, or null if they did not say. */
  readonly higherMorale: string | null;
  /** The room's estimate: annualised turnover as a share, or a number of people; null when they did not say. */
  readonly estimate: number | null;
  readonly estimateVariant: string;
  readonly question: EstimateQuestion;
}

export interface PredictionForm {
  readonly element: HTMLElement;
  read(): RoomPrediction;
}

const estimateText = (question: EstimateQuestion, variant: string) =>
  question.kind === 'turnover'
    ? `Your estimate of annual turnover in “${variant}” (%):`
    : `How many people will quit in “${variant}” over weeks ${question.from}–${question.to}?`;

/** The questions the room answers before the reveal. */
export function predictionForm(variants: readonly string[], question: EstimateQuestion = { kind: 'turnover' }): PredictionForm {
  const estimateVariant = variants[variants.length - 1];
  const radios = variants.map((name, i) => {
    const input = el('input', { type: 'radio', name: 'predict-morale', id: `predict-morale-${i}`, value: name });
    return { input, row: el('div', { class: 'choice' }, input, el('label', { for: input.id }, name)) };
  });
  const estimate = el('input', { type: 'number', id: 'predict-turnover', min: 0, max: question.kind === 'turnover' ? 100 : 10000, step: 1, inputmode: 'numeric' });
  const element = el(
    'fieldset',
    { class: 'prediction' },
    el('legend', {}, 'Predict first: what will the runs show?'),
    el('p', { class: 'question' }, 'Which variant ends with the higher morale (final quarter)?'),
    ...radios.map((r) => r.row),
    el('p', { class: 'question' }, el('label', { for: estimate.id }, estimateText(question, estimateVariant)), ' ', estimate),
  );
  return {
    element,
    read() {
      const chosen = radios.find((r) => r.input.checked);
      const raw = estimate.value.trim() === '' ? NaN : Number(estimate.value);
      const value = question.kind === 'turnover' ? raw / 100 : raw;
      return { higherMorale: chosen ? chosen.input.value : null, estimate: Number.isFinite(value) ? value : null, estimateVariant, question };
    },
  };
}

/** The result next to the room's guess, in sentences. */
export function predictionVerdict(prediction: RoomPrediction, actual: { higherMorale: string; estimate: number; estimateCi: readonly [number, number] }): HTMLElement {
  const turnover = prediction.question.kind === 'turnover';
  const show = (v: number) => (turnover ? `${(v * 100).toFixed(1)}%` : `${Number(v.toFixed(1))} people`);
  const moraleGuess = prediction.higherMorale ?? 'no guess';
  const estimateGuess = prediction.estimate === null ? 'no guess' : show(prediction.estimate);
  const hit = prediction.higherMorale === actual.higherMorale;
  const q = prediction.question;
  const what = q.kind === 'turnover' ? `Annual turnover in “${prediction.estimateVariant}”` : `People who quit in “${prediction.estimateVariant}”, weeks ${q.from}–${q.to}`;
  return el(
    'div',
    { class: 'verdict', role: 'status' },
    el('h3', {}, 'The room’s prediction and the result'),
    el('p', {}, `Higher morale — room: “${moraleGuess}”; result: “${actual.higherMorale}”${prediction.higherMorale ? (hit ? ' ✔ the room was right.' : ' ✘ a surprise.') : '.'}`),
    el('p', {}, `${what} — room: ${estimateGuess}; result: ${show(actual.estimate)} (95% interval ${show(actual.estimateCi[0])} to ${show(actual.estimateCi[1])}).`),
  );
}

/** Turns the presenter view on or off (large text, chart text at projector size, secondary controls hidden), remembered for the tab. */
export function setWorkshopMode(on: boolean): void {
  document.body.classList.toggle('workshop', on);
  // On the root too: rem sizes (legends, titles) and the charts' text size (pageZoom) follow it.
  document.documentElement.classList.toggle('workshop', on);
  try {
    sessionStorage.setItem('compare-workshop', on ? '1' : '0');
  } catch {
    // Storage may be off (private mode); the mode still works for this page.
  }
}

export function workshopModeRemembered(): boolean {
  try {
    return sessionStorage.getItem('compare-workshop') === '1';
  } catch {
    return false;
  }
}
