/**
 * A progress bar with a Cancel button and a polite live region. Updates are
 * throttled (at most every 150 ms) so hundreds of finished batches do not
 * flood the page or a screen reader.
 */
import { el } from './dom.ts';

export interface ProgressView {
  readonly element: HTMLElement;
  start(total: number, onCancel: () => void): void;
  update(done: number, total: number): void;
  finish(message: string): void;
}

const THROTTLE_MS = 150;

export function createProgress(what: string, idPrefix: string): ProgressView {
  const bar = el('progress', { id: `${idPrefix}-progress`, max: 1, value: 0, 'aria-label': `${what} progress` });
  const status = el('p', { id: `${idPrefix}-status`, class: 'status', 'aria-live': 'polite' });
  const cancel = el('button', { type: 'button', id: `${idPrefix}-cancel`, hidden: true }, 'Cancel');
  let onCancel: () => void = () => {};
  cancel.addEventListener('click', () => onCancel());
  let last = 0;
  return {
    element: el('div', { class: 'progress' }, bar, cancel, status),
    start(total, cancelHandler) {
      onCancel = cancelHandler;
      bar.max = total;
      bar.value = 0;
      cancel.hidden = false;
      status.textContent = `${what}: 0 of ${total} runs…`;
      last = 0;
    },
    update(done, total) {
      const now = performance.now();
      if (done < total && now - last < THROTTLE_MS) return;
      last = now;
      bar.value = done;
      status.textContent = `${what}: ${done} of ${total} runs…`;
    },
    finish(message) {
      cancel.hidden = true;
      if (bar.value < bar.max && !/cancel|stopp|fail/i.test(message)) bar.value = bar.max;
      status.textContent = message;
    },
  };
}
