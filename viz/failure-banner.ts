/** The message shown when the simulation worker crashed or hung, with Restart (no page reload; the scenario text is kept). */
import { el } from './dom.ts';

export class FailureBanner {
  constructor(
    private readonly banner: HTMLElement,
    private readonly onRestart: () => void,
  ) {}

  show(message: string): void {
    const restart = el('button', { type: 'button', class: 'primary', id: 'restart-worker' }, 'Restart the simulation');
    restart.addEventListener('click', () => this.onRestart());
    this.banner.replaceChildren(
      el('p', {}, el('strong', {}, 'The simulation stopped. '), message, ' Your scenario and its text are kept; Restart runs it again from week 0.'),
      restart,
    );
    this.banner.hidden = false;
    restart.focus();
  }

  hide(): void {
    this.banner.hidden = true;
    this.banner.replaceChildren();
  }
}
