/**
 * Every policy lever from LEVERS as a labelled slider with its one-sentence
 * explanation, grouped as leader and organisation levers. A move is reported
 * on `change` (release, or each arrow key press), not on every pixel of a
 * drag, so each recorded policy change is a deliberate one.
 */
import { LEVERS, type LeverKey } from '../../sim/scenario/levers.ts';
import { el } from './dom.ts';
import { decimal } from './format.ts';

const GROUP_TITLES = { leader: 'What the leader does', organisation: 'What the organisation does' } as const;

export class LeverPanel {
  private readonly inputs = new Map<LeverKey, { input: HTMLInputElement; output: HTMLOutputElement }>();

  constructor(container: HTMLElement, onMove: (key: LeverKey, value: number) => void) {
    const intro = el('p', { class: 'panel-intro' }, 'Move a lever at any time: it takes effect next week and is written into the scenario, so the run can be replayed.');
    container.append(intro);
    for (const group of ['leader', 'organisation'] as const) {
      const fieldset = el('fieldset', { class: 'lever-group' }, el('legend', {}, GROUP_TITLES[group]));
      for (const spec of LEVERS.filter((l) => l.group === group)) {
        const id = `lever-${spec.key}`;
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
      container.append(fieldset);
    }
  }

  /** Shows the policy in effect (the scenario's policy with the lever changes made so far). */
  setValues(policy: Readonly<Record<string, number>>): void {
    for (const [key, { input, output }] of this.inputs) {
      const value = policy[key];
      if (value === undefined || document.activeElement === input || Number(input.value) === value) continue;
      input.value = String(value);
      output.textContent = decimal(value);
    }
  }
}
