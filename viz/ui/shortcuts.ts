/**
 * Keyboard shortcuts that work anywhere on a page, for a trainer at a
 * projector: Space plays or pauses, the arrow keys step a week forward or
 * back, and ? shows what the keys do. They stay out of the way while a person
 * types (text fields, the scenario editor), chooses from a list, moves a
 * slider with the arrows, or uses a control that answers the key itself (the
 * network's people, the side panel's tabs). Enter still presses the focused
 * button.
 */
import { el } from './dom.ts';

export interface ShortcutActions {
  togglePlay(): void;
  /** One week forward (+1) or back (−1). */
  step(weeks: 1 | -1): void;
  /** What plays, in words ("the run", "the panes"), for the help. */
  readonly what: string;
}

/** Input types where a key types or chooses rather than commands. */
const TEXT_INPUTS = new Set(['text', 'number', 'search', 'email', 'url', 'password', 'tel', 'date', 'time', 'datetime-local', 'month', 'week', 'color', 'file']);

/** Whether the key belongs to the focused element (typing, choosing, a slider's arrows), not to the page. */
export function keyBelongsToTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('textarea, select, [contenteditable=""], [contenteditable="true"], [role="listbox"], [role="menu"], [role="tablist"], [role="radiogroup"]')) return true;
  if (target instanceof HTMLInputElement) {
    if (TEXT_INPUTS.has(target.type)) return true;
    // Space ticks a box or picks a radio; arrows move a slider or pick the next radio.
    if (key === ' ') return target.type === 'checkbox' || target.type === 'radio';
    return target.type === 'range' || target.type === 'radio';
  }
  return false;
}

const HELP = (what: string): readonly [string, string][] => [
  ['Space', `Play or pause ${what}`],
  ['→', 'One week forward'],
  ['←', 'One week back'],
  ['?', 'Show or hide these keys'],
  ['Esc', 'Close this list, or a person’s story'],
];

/** Installs the shortcuts on the document; returns a function that removes them. */
export function installShortcuts(actions: ShortcutActions): () => void {
  let help: HTMLElement | null = null;
  let returnFocus: HTMLElement | null = null;
  const close = () => {
    help?.remove();
    help = null;
    returnFocus?.focus();
    returnFocus = null;
  };
  const open = () => {
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const closeButton = el('button', { type: 'button', class: 'small', id: 'shortcut-help-close' }, 'Close');
    closeButton.addEventListener('click', close);
    help = el(
      'div',
      { class: 'shortcut-help', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'shortcut-help-title', id: 'shortcut-help' },
      el(
        'div',
        { class: 'shortcut-help-box' },
        el('h2', { id: 'shortcut-help-title' }, 'Keyboard shortcuts'),
        el('dl', {}, ...HELP(actions.what).flatMap(([key, text]) => [el('dt', {}, el('kbd', {}, key)), el('dd', {}, text)])),
        el('p', { class: 'shortcut-help-note' }, 'They work anywhere on the page except while typing in a field, choosing from a list or moving a slider.'),
        closeButton,
      ),
    );
    help.addEventListener('click', (event) => {
      if (event.target === help) close();
    });
    document.body.append(help);
    closeButton.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (help) {
      if (event.key === 'Escape' || event.key === '?') {
        event.preventDefault();
        close();
      }
      return;
    }
    if (keyBelongsToTarget(event.target, event.key)) return;
    if (event.key === '?') {
      event.preventDefault();
      open();
    } else if (event.key === ' ') {
      // Not the focused button's click as well: Space plays or pauses; Enter presses a button.
      event.preventDefault();
      if (!event.repeat) actions.togglePlay();
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      actions.step(event.key === 'ArrowRight' ? 1 : -1);
    }
  };
  document.addEventListener('keydown', onKey);
  return () => {
    document.removeEventListener('keydown', onKey);
    close();
  };
}
