/**
 * Workshop mode: a presenter view (large text, fewer controls) and "predict
 * first": before an ensemble's result is revealed, the room records its guess,
 * which is then shown next to the result. Guessing first makes the surprise
 * (or the confirmation) stick; it is the point of the exercise.
 */
import { el } from '../../ui/dom.ts';

/** What the room guessed. */
export interface RoomPrediction {
  /** Variant the room expects to end with the higher morale, or null if they did not say. */
  readonly higherMorale: string | null;
  /** The room's estimate of annualised turnover (as a share) for `turnoverVariant`, or null. */
  readonly turnover: number | null;
  readonly turnoverVariant: string;
}

export interface PredictionForm {
  readonly element: HTMLElement;
  read(): RoomPrediction;
}

/** The questions the room answers before the reveal. */
export function predictionForm(variants: readonly string[]): PredictionForm {
  const turnoverVariant = variants[variants.length - 1];
  const radios = variants.map((name, i) => {
    const input = el('input', { type: 'radio', name: 'predict-morale', id: `predict-morale-${i}`, value: name });
    return { input, row: el('div', { class: 'choice' }, input, el('label', { for: input.id }, name)) };
  });
  const turnover = el('input', { type: 'number', id: 'predict-turnover', min: 0, max: 100, step: 1, inputmode: 'numeric' });
  const element = el(
    'fieldset',
    { class: 'prediction' },
    el('legend', {}, 'Predict first: what will the runs show?'),
    el('p', { class: 'question' }, 'Which variant ends with the higher morale (final quarter)?'),
    ...radios.map((r) => r.row),
    el('p', { class: 'question' }, el('label', { for: turnover.id }, `Your estimate of annual turnover in “${turnoverVariant}” (%):`), ' ', turnover),
  );
  return {
    element,
    read() {
      const chosen = radios.find((r) => r.input.checked);
      const t = turnover.value.trim() === '' ? NaN : Number(turnover.value) / 100;
      return { higherMorale: chosen ? chosen.input.value : null, turnover: Number.isFinite(t) ? t : null, turnoverVariant };
    },
  };
}

/** The result next to the room's guess, in sentences. */
export function predictionVerdict(prediction: RoomPrediction, actual: { higherMorale: string; turnover: number; turnoverCi: readonly [number, number] }): HTMLElement {
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  const moraleGuess = prediction.higherMorale ?? 'no guess';
  const turnoverGuess = prediction.turnover === null ? 'no guess' : pct(prediction.turnover);
  const hit = prediction.higherMorale === actual.higherMorale;
  return el(
    'div',
    { class: 'verdict', role: 'status' },
    el('h3', {}, 'The room’s prediction and the result'),
    el('p', {}, `Higher morale — room: “${moraleGuess}”; result: “${actual.higherMorale}”${prediction.higherMorale ? (hit ? ' ✔ the room was right.' : ' ✘ a surprise.') : '.'}`),
    el('p', {}, `Annual turnover in “${prediction.turnoverVariant}” — room: ${turnoverGuess}; result: ${pct(actual.turnover)} (95% interval ${pct(actual.turnoverCi[0])} to ${pct(actual.turnoverCi[1])}).`),
  );
}

/** Turns the presenter view on or off (large text, secondary controls hidden), remembered for the tab. */
export function setWorkshopMode(on: boolean): void {
  document.body.classList.toggle('workshop', on);
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
