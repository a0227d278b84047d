/**
 * One clock for every pane: play, pause, a week back or forward, and the
 * week scrubber. The runs are computed already, so the clock (the same
 * playback clock as the trainer's page) only moves the week on screen; the
 * week is the only state, and the views redraw from it.
 */
import { el } from '../../ui/dom.ts';
import { PlaybackClock } from '../../ui/playback-clock.ts';
import { WeekScrubber } from '../../ui/week-scrubber.ts';

/** Weeks per second while playing. */
const SPEED = 12;

export class PlaybackBar {
  readonly element: HTMLElement;
  private weeks = 1;
  private current = 0;
  private readonly clock: PlaybackClock;
  private readonly play: HTMLButtonElement;
  private readonly scrubber: WeekScrubber;
  private readonly label: HTMLOutputElement;

  constructor(private readonly onWeek: (week: number) => void) {
    this.clock = new PlaybackClock(async (weeks) => this.advance(weeks), SPEED);
    this.play = el('button', { type: 'button', class: 'play', 'aria-pressed': 'false' }, 'Play');
    const back = el('button', { type: 'button', 'aria-label': 'Back one week' }, '◀ Week');
    const forward = el('button', { type: 'button', 'aria-label': 'Forward one week' }, 'Week ▶');
    this.label = el('output', { for: 'scrubber', class: 'week-label', 'aria-live': 'off' }, 'Week 0');
    this.element = el('div', { class: 'playback', role: 'group', 'aria-label': 'Playback for all panes' }, this.play, back, forward);
    this.scrubber = new WeekScrubber(this.element, (week) => {
      this.pause();
      this.setWeek(week);
    });
    this.element.append(this.label);
    this.play.addEventListener('click', () => (this.clock.isPlaying ? this.pause() : this.start()));
    back.addEventListener('click', () => {
      this.pause();
      this.setWeek(this.current - 1);
    });
    forward.addEventListener('click', () => {
      this.pause();
      this.setWeek(this.current + 1);
    });
  }

  get week(): number {
    return this.current;
  }

  /** New run length; keeps the week when it still fits. */
  setWeeks(weeks: number): void {
    this.weeks = Math.max(1, weeks);
    this.setWeek(Math.min(this.current, this.weeks));
  }

  setWeek(week: number): void {
    this.current = Math.max(0, Math.min(this.weeks, Math.round(week)));
    this.scrubber.update(this.current, this.weeks, this.weeks);
    this.label.textContent = `Week ${this.current} of ${this.weeks}`;
    this.onWeek(this.current);
  }

  /** Plays or pauses (the Space key). */
  toggle(): void {
    if (this.clock.isPlaying) this.pause();
    else this.start();
  }

  /** One week forward or back, paused (the arrow keys). */
  step(weeks: number): void {
    this.pause();
    this.setWeek(this.current + weeks);
  }

  pause(): void {
    this.clock.pause();
    this.play.textContent = 'Play';
    this.play.setAttribute('aria-pressed', 'false');
  }

  private start(): void {
    if (this.current >= this.weeks) this.setWeek(0);
    this.play.textContent = 'Pause';
    this.play.setAttribute('aria-pressed', 'true');
    this.clock.play();
  }

  private advance(weeks: number): void {
    this.setWeek(this.current + weeks);
    if (this.current >= this.weeks) this.pause();
  }
}
