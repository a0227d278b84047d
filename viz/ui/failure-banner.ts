/** The message shown when the simulation worker crashed or hung, with Restart (no page reload; the scenario text is kept). */
import './widgets.css';
import { el } from './dom.ts';

export class FailureBanner {
  constructor(
    private readonly banner: HTMLElement,
    private readonly onRestart: () => void,
  ) {}

  show(message: string): void {
    this.banner.classList.remove('is-notice');
    const restart = el('button', { type: 'button', class: 'primary', id: 'restart-worker' }, 'Restart the simulation');
    restart.addEventListener('click', () => this.onRestart());
    this.banner.replaceChildren(
      el('p', {}, el('strong', {}, 'The simulation stopped. '), message, ' Your scenario and its text are kept; Restart runs it again from week 0.'),
      restart,
    );
    this.banner.hidden = false;
    restart.focus();
  }

  /** A message that is not a failure (a link copied, a link refused), with a Dismiss button. */
  notice(message: string): void {
    const dismiss = el('button', { type: 'button', id: 'dismiss-notice' }, 'Dismiss');
    dismiss.addEventListener('click', () => this.hide());
    this.banner.replaceChildren(el('p', { class: 'notice-text' }, message), dismiss);
    this.banner.classList.add('is-notice');
    this.banner.hidden = false;
  }

  hide(): void {
    this.banner.classList.remove('is-notice');
    this.banner.hidden = true;
    this.banner.replaceChildren();
  }
}
