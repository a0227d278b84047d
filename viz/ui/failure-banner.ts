/**
 * The message shown when a page's worker crashed or hung, with Restart (no
 * page reload: what the person made is kept), and notices that are not
 * failures (a link copied, a link or a scenario refused).
 */
import './widgets.css';
import { el } from './dom.ts';

/** What Restart keeps and does, said after the failure (the trainer page's words unless a page says otherwise). */
const TRAINER_RESTART = 'Your scenario and its text are kept; Restart runs it again from week 0.';

export class FailureBanner {
  constructor(
    private readonly banner: HTMLElement,
    private readonly onRestart: () => void,
    private readonly restartText = TRAINER_RESTART,
  ) {}

  show(message: string): void {
    this.banner.classList.remove('is-notice');
    const restart = el('button', { type: 'button', class: 'primary', id: 'restart-worker' }, 'Restart the simulation');
    restart.addEventListener('click', () => this.onRestart());
    this.banner.replaceChildren(
      el('p', {}, el('strong', {}, 'The simulation stopped. '), message, ` ${this.restartText}`),
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
