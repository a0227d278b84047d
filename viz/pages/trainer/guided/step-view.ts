/**
 * What the guided session's panel shows for its introduction and for a step:
 * the purpose, the question for the room, what to point at, and the
 * predict-first form (the room's answer kept, revealed when the run gets
 * there). DOM only; the session (session.ts) decides what and when.
 */
import type { Guide, GuideStep, Prediction } from '../../../../sim/scenario/guide-weeks.ts';
import { el } from '../../../ui/dom.ts';
import { answerText, predictionPrompt, type Reveal, type RoomAnswer } from './predictions.ts';
import { isPercent, weeksText } from './words.ts';

/** The page's heading (focused when the page opens, so a screen reader reads where the session is). */
export function pageHeading(text: string): HTMLHeadingElement {
  return el('h3', { class: 'guide-heading', tabindex: -1 }, text);
}

/** The introduction: the scenario's purpose, who is in it and what is about to happen, and the steps to come. */
export function introPage(name: string, purpose: string, guide: Guide, comparison: string): HTMLElement[] {
  const steps = el(
    'ol',
    { class: 'guide-steps' },
    ...guide.steps.map((s) => el('li', {}, el('span', { class: 'guide-step-week' }, `Week ${s.week}: `), s.title)),
    el('li', {}, el('span', { class: 'guide-step-week' }, `${capitalise(weeksText(guide.debrief.from, guide.debrief.to))}: `), `debrief, against ${comparison}`),
  );
  return [
    pageHeading(name),
    el('p', { class: 'guide-purpose' }, purpose),
    ...(guide.intro ? [el('p', { class: 'guide-intro' }, guide.intro)] : []),
    el('h4', { class: 'guide-subheading' }, 'The session'),
    steps,
  ];
}

/** A prediction's outcome, as a box (shown at the next step, and again when going back). */
export function revealBox(title: string, reveal: Reveal): HTMLElement {
  const mark = reveal.matched === undefined ? '' : reveal.matched ? '✔ ' : '✘ ';
  return el('div', { class: `guide-reveal${reveal.matched === false ? ' guide-surprise' : ''}`, role: 'note' }, el('h4', { class: 'guide-subheading' }, title), el('p', {}, `${mark}${reveal.text}`));
}

/** The step's text: what to point at and the question for the room. */
export function stepPage(step: GuideStep, index: number, count: number): HTMLElement[] {
  return [
    pageHeading(`Step ${index + 1} of ${count} · week ${step.week}: ${step.title}`),
    ...(step.watch ? [el('p', { class: 'guide-watch' }, el('strong', {}, 'Point at: '), step.watch)] : []),
    el('div', { class: 'guide-question' }, el('h4', { class: 'guide-subheading' }, 'Ask the room'), el('p', {}, step.question)),
  ];
}

/** The predict-first form of a step: the room's answer, kept until the run reveals it. */
export class PredictForm {
  readonly element: HTMLFieldSetElement;
  private readonly inputs: HTMLInputElement[] = [];
  private readonly keep: HTMLButtonElement;
  private readonly kept: HTMLElement;
  private locked = false;

  constructor(
    private readonly prediction: Prediction,
    stepWeek: number,
    id: string,
    answer: RoomAnswer | undefined,
    private readonly onKeep: (answer: RoomAnswer | undefined) => void,
    locked: boolean,
  ) {
    const prompt = el('p', { class: 'guide-prompt', id: `${id}-prompt` }, predictionPrompt(prediction, stepWeek));
    const controls = el('div', { class: 'guide-answer' });
    if (prediction.answer === 'direction') {
      const group = el('div', { role: 'radiogroup', 'aria-labelledby': `${id}-prompt`, class: 'guide-choices' });
      for (const [value, label] of [['higher', 'Higher'], ['same', 'The same'], ['lower', 'Lower']] as const) {
        const input = el('input', { type: 'radio', name: id, id: `${id}-${value}`, value, checked: answer?.kind === 'direction' && answer.direction === value });
        this.inputs.push(input);
        group.append(el('label', { class: 'guide-choice', for: input.id }, input, ` ${label}`));
      }
      controls.append(group);
    } else {
      const unit = isPercent(prediction.metric) ? ' (%)' : '';
      const input = el('input', { type: 'number', id: `${id}-number`, step: 'any', inputmode: 'decimal', 'aria-describedby': `${id}-prompt` });
      if (answer?.kind === 'number') input.value = String(answer.value);
      this.inputs.push(input);
      controls.append(el('label', { for: input.id }, `The room’s number${unit} `), input);
    }
    this.keep = el('button', { type: 'button', class: 'guide-keep' }, 'Keep the room’s prediction');
    this.keep.addEventListener('click', () => (this.locked ? this.unlock() : this.store()));
    this.kept = el('p', { class: 'guide-kept', role: 'status' });
    this.element = el('fieldset', { class: 'guide-predict' }, el('legend', {}, 'Predict first'), prompt, controls, this.keep, this.kept);
    if (answer) this.showKept(answer);
    if (locked) {
      this.setLocked(true);
      this.keep.hidden = true;
      if (!answer) this.kept.textContent = 'The room made no prediction.';
    }
  }

  private read(): RoomAnswer | undefined {
    if (this.prediction.answer === 'direction') {
      const chosen = this.inputs.find((i) => i.checked);
      return chosen ? { kind: 'direction', direction: chosen.value as 'higher' | 'same' | 'lower' } : undefined;
    }
    const text = this.inputs[0].value.trim();
    const value = Number(text);
    return text !== '' && Number.isFinite(value) ? { kind: 'number', value } : undefined;
  }

  private store(): void {
    const answer = this.read();
    if (!answer) {
      this.kept.textContent = this.prediction.answer === 'direction' ? 'Choose higher, the same or lower first.' : 'Type the room’s number first.';
      this.inputs[0].focus();
      return;
    }
    this.onKeep(answer);
    this.showKept(answer);
    this.setLocked(true);
  }

  private unlock(): void {
    this.setLocked(false);
    this.inputs[0].focus();
  }

  private showKept(answer: RoomAnswer): void {
    this.kept.textContent = `Kept: ${answerText(this.prediction, answer)}. Revealed once the run reaches week ${this.prediction.week}.`;
  }

  private setLocked(locked: boolean): void {
    this.locked = locked;
    for (const input of this.inputs) input.disabled = locked;
    this.keep.textContent = locked ? 'Change the prediction' : 'Keep the room’s prediction';
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
