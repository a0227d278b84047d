/**
 * Presenter mode: larger text and controls for a projector at 1280×720, read
 * from the back of a room. Remembered across visits.
 */
import { el } from '../../ui/dom.ts';

const STORAGE_KEY = 'reciprocity-lab:presenter';

/** Adds the toggle and applies the remembered choice. */
export function installPresenterToggle(container: HTMLElement, onChange: () => void): void {
  const button = el('button', { type: 'button', id: 'presenter-toggle', 'aria-pressed': 'false' }, 'Presenter: large text');
  const apply = (on: boolean) => {
    document.documentElement.classList.toggle('presenter', on);
    button.setAttribute('aria-pressed', String(on));
    try {
      localStorage.setItem(STORAGE_KEY, on ? '1' : '0');
    } catch {
      // Not remembered; the mode still applies now.
    }
    onChange();
  };
  button.addEventListener('click', () => apply(!document.documentElement.classList.contains('presenter')));
  container.append(button);
  let remembered = false;
  try {
    remembered = localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    remembered = false;
  }
  if (remembered) apply(true);
}
