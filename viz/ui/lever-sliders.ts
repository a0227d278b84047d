/**
 * Every policy lever from LEVERS as a labelled slider with its one-sentence
 * explanation, grouped as leader and organisation levers: the trainer's
 * lever panel and each compare pane's levers. A move is reported on `change`
 * (release, or each arrow key press), not on every pixel of a drag, so each
 * recorded policy change is a deliberate one. What a move means is the same
 * on both pages (README, "Moving a lever"): a policy change from the first
 * week not yet simulated, written into the scenario as a `policyChange` event.
 */
import './widgets.css';
import { LEVERS, type LeverKey } from '../../sim/scenario/levers.ts';
import { el } from './dom.ts';
import { decimal } from './format.ts';

const GROUP_TITLES = { leader: 'What the leader does', organisation: 'What the organisation does' } as const;

export interface LeverSlidersOptions {
  /** Prefix of each slider's id: the slider of lever `k` is `#${idPrefix}${k}`. */
  readonly idPrefix: string;
  /** Told of each deliberate move. */
  readonly onMove: (key: LeverKey, value: number) => void;
}

export class LeverSliders {
  readonly element: HTMLElement;
  private readonly inputs = new Map<LeverKey, { input: HTMLInputElement; output: HTMLOutputElement }>();

  constructor({ idPrefix, onMove }: LeverSlidersOptions) {
    this.element = el('div', { class: 'lever-sliders' });
    for (const group of ['leader', 'organisation'] as const) {
      const fieldset = el('fieldset', { class: 'lever-group' }, el('legend', {}, GROUP_TITLES[group]));
      for (const spec of LEVERS.filter((l) => l.group === group)) {
        const id = `${idPrefix}${spec.key}`;
        const input = el('input', {
          type: 'range',
          id,
          min: spec.min,
          max: spec.max,
          step: spec.step,
          value: spec.defaultValue,
          'aria-describedby': `${id}-explanation`,
          'data-lever': spec.key,
        });
        const output = el('output', { for: id, class: 'lever-value' }, decimal(spec.defaultValue));
        input.addEventListener('input', () => {
          output.textContent = decimal(Number(input.value));
        });
        input.addEventListener('change', () => onMove(spec.key, Number(input.value)));
        this.inputs.set(spec.key, { input, output });
        fieldset.append(
          el(
            'div',
            { class: 'lever' },
            el('div', { class: 'lever-head' }, el('label', { for: id }, spec.label), output),
            input,
            el('p', { class: 'lever-explanation', id: `${id}-explanation` }, spec.explanation),
          ),
        );
      }
      this.element.append(fieldset);
    }
  }

  /** Shows the policy in effect, as the worker reports it (a slider being moved is left alone). */
  setValues(policy: Readonly<Record<string, number>>): void {
    for (const [key, { input, output }] of this.inputs) {
      const value = policy[key];
      if (value === undefined || document.activeElement === input || Number(input.value) === value) continue;
      input.value = String(value);
      output.textContent = decimal(value);
    }
  }
}
