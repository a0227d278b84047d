/**
 * The scenario picker: a button that opens the library, listing each scenario
 * by name with its description, and under it its named variants (buttons, so
 * it works by keyboard; Escape closes).
 */
import { el } from '../ui/dom.ts';
import type { LibraryScenario } from './library.ts';

export class ScenarioPicker {
  private readonly toggle: HTMLButtonElement;
  private readonly list: HTMLUListElement;

  constructor(
    container: HTMLElement,
    private readonly scenarios: readonly LibraryScenario[],
    onPick: (scenario: LibraryScenario, variant?: string) => void,
  ) {
    this.toggle = el('button', { type: 'button', id: 'scenario-toggle', 'aria-expanded': 'false', 'aria-controls': 'scenario-list' }, 'Scenario');
    this.list = el('ul', { id: 'scenario-list', class: 'scenario-list', hidden: true, 'aria-label': 'Scenario library' });
    for (const scenario of scenarios) {
      const button = el(
        'button',
        { type: 'button', class: 'scenario-option', 'data-file': scenario.file },
        el('span', { class: 'scenario-name' }, scenario.name),
        el('span', { class: 'scenario-description' }, scenario.description),
      );
      button.addEventListener('click', () => {
        this.close();
        onPick(scenario);
      });
      const item = el('li', {}, button);
      for (const variant of scenario.variants) {
        const variantButton = el(
          'button',
          { type: 'button', class: 'scenario-option scenario-variant', 'data-file': scenario.file, 'data-variant': variant.name },
          el('span', { class: 'scenario-name' }, `Variant: ${variant.name}`),
          el('span', { class: 'scenario-description' }, variant.description),
        );
        variantButton.addEventListener('click', () => {
          this.close();
          onPick(scenario, variant.name);
        });
        item.append(variantButton);
      }
      this.list.append(item);
    }
    // Classic mode has its own page (loaded only when opened): the textbook games on the same engine.
    this.list.append(
      el(
        'li',
        {},
        el(
          'a',
          { href: './classic.html', class: 'classic-games-link' },
          el('span', { class: 'scenario-name' }, 'Classic games (theory mode)'),
          el('span', { class: 'scenario-description' }, 'Tit-for-tat, the Evolution of Trust and image scoring, played by the same engine; opens a new page.'),
        ),
      ),
    );
    this.toggle.addEventListener('click', () => (this.list.hidden ? this.open() : this.close()));
    this.list.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        this.close();
        this.toggle.focus();
      }
    });
    container.append(this.toggle, this.list);
    // A click anywhere else closes the list, as a menu would.
    document.addEventListener('click', (event) => {
      if (!this.list.hidden && !container.contains(event.target as Node)) this.close();
    });
  }

  private open(): void {
    this.list.hidden = false;
    this.toggle.setAttribute('aria-expanded', 'true');
    this.list.querySelector<HTMLButtonElement>('button')?.focus();
  }

  private close(): void {
    this.list.hidden = true;
    this.toggle.setAttribute('aria-expanded', 'false');
  }

  /** Shows the running scenario's name on the button. */
  showCurrent(name: string): void {
    this.toggle.replaceChildren(el('span', { class: 'picker-label' }, 'Scenario: '), el('span', { class: 'picker-name' }, name), ' ▾');
    this.toggle.setAttribute('aria-label', `Scenario: ${name}. Choose another scenario`);
  }
}
