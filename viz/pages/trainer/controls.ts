/**
 * Playback controls: play/pause, one-week step, speed, reset, seed (with a
 * "new seed" button) and the live week counter. The only Math.random in the
 * app is here, to pick a new seed; the simulation never sees it except as
 * that seed.
 */
import { el } from '../../ui/dom.ts';

/** What the controls ask the app to do. */
export interface ControlActions {
  togglePlay(): void;
  stepWeek(): void;
  setSpeed(weeksPerSecond: number): void;
  reset(): void;
  setSeed(seed: number): void;
}

/** Playback speeds in weeks per second (the weeks computed are the same at every speed). */
export const SPEEDS = [1, 2, 4, 8, 16, 32] as const;
export const DEFAULT_SPEED = 4;
const MAX_SEED = 4294967295;

export class Controls {
  readonly playButton: HTMLButtonElement;
  private readonly stepButton: HTMLButtonElement;
  private readonly seedInput: HTMLInputElement;
  private readonly weekCounter: HTMLOutputElement;
  /** The counter's text, in a box of its own (laid out alone: a new week does not lay out the page). */
  private readonly weekText: HTMLSpanElement;
  private shownSizer = '';
  private shownWeek = 'Week 0';
  private shownTitle = '';

  constructor(container: HTMLElement, actions: ControlActions) {
    this.playButton = el('button', { type: 'button', class: 'primary', id: 'play', 'aria-pressed': 'false' }, 'Play');
    this.playButton.addEventListener('click', () => actions.togglePlay());
    this.stepButton = el('button', { type: 'button', id: 'step', 'aria-label': 'Step one week' }, 'Step +1 week');
    this.stepButton.addEventListener('click', () => actions.stepWeek());

    const speed = el('select', { id: 'speed' });
    for (const s of SPEEDS) speed.append(el('option', { value: s, selected: s === DEFAULT_SPEED }, `${s} wk/s`));
    speed.addEventListener('change', () => actions.setSpeed(Number(speed.value)));

    const reset = el('button', { type: 'button', id: 'reset', 'aria-label': 'Reset to week 0' }, 'Reset');
    reset.addEventListener('click', () => actions.reset());

    this.seedInput = el('input', { type: 'number', id: 'seed', min: 0, max: MAX_SEED, step: 1, inputmode: 'numeric' });
    this.seedInput.addEventListener('change', () => {
      const seed = Number(this.seedInput.value);
      if (Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED) actions.setSeed(seed);
    });
    const newSeed = el('button', { type: 'button', id: 'new-seed', 'aria-label': 'Pick a new random seed and restart' }, 'New seed');
    newSeed.addEventListener('click', () => actions.setSeed(Math.floor(Math.random() * MAX_SEED)));

    this.weekText = el('span', { class: 'week-text' }, 'Week 0');
    this.weekCounter = el('output', { id: 'week-counter', 'aria-live': 'polite', 'aria-atomic': 'true' }, this.weekText);

    container.append(
      el('div', { class: 'control-group' }, this.playButton, this.stepButton),
      el('label', { class: 'control-group' }, 'Speed ', speed),
      el('div', { class: 'control-group' }, reset),
      el('label', { class: 'control-group', for: 'seed' }, 'Seed ', this.seedInput),
      newSeed,
      this.weekCounter,
    );
  }

  /** Reflects whether the run is playing. */
  setPlaying(playing: boolean, finished: boolean): void {
    const label = playing ? 'Pause' : finished ? 'Finished' : 'Play';
    // Written only when it changes: this runs every week, and each DOM write can cost a relayout.
    if (this.playButton.textContent !== label) this.playButton.textContent = label;
    if (this.playButton.getAttribute('aria-pressed') !== String(playing)) this.playButton.setAttribute('aria-pressed', String(playing));
    if (this.playButton.disabled !== (finished && !playing)) this.playButton.disabled = finished && !playing;
    if (this.stepButton.disabled !== finished) this.stepButton.disabled = finished;
  }

  setSeed(seed: number): void {
    this.seedInput.value = String(seed);
  }

  /** The counter a screen reader hears (polite, so it does not interrupt every week while playing). */
  setWeek(viewedWeek: number, latestWeek: number, totalWeeks: number): void {
    // Written only when the text changes (compared with what was last written, not read back from the DOM).
    const replay = viewedWeek < latestWeek;
    const text = `Week ${viewedWeek} of ${totalWeeks}${replay ? ' · replay' : ''}`;
    const title = replay ? `Showing week ${viewedWeek} again; the run has reached week ${latestWeek}. Play continues from there.` : '';
    // The counter is as wide as its text with every digit a zero (digits are tabular), written only when that changes
    // (more digits, entering or leaving a replay); the text itself is laid out inside that box alone (styles.css).
    const sizer = text.replace(/\d/g, '0');
    if (sizer !== this.shownSizer) this.weekCounter.dataset.sizer = this.shownSizer = sizer;
    if (text !== this.shownWeek) this.weekText.textContent = this.shownWeek = text;
    if (title !== this.shownTitle) this.weekCounter.title = this.shownTitle = title;
  }
}
