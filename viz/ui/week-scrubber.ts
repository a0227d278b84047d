/**
 * The week scrubber: replays any week already computed. It never advances the
 * simulation; dragging past the latest computed week is clamped.
 */
import './widgets.css';
import { el } from './dom.ts';

export class WeekScrubber {
  private readonly input: HTMLInputElement;
  private latest = 0;
  private readonly shown = { max: 1, text: '' };

  constructor(container: HTMLElement, onView: (week: number) => void) {
    this.input = el('input', { type: 'range', id: 'scrubber', min: 0, max: 1, step: 1, value: 0, 'aria-label': 'Week to show' });
    this.input.addEventListener('input', () => {
      const week = Math.min(this.latest, Number(this.input.value));
      if (Number(this.input.value) !== week) this.input.value = String(week);
      onView(week);
    });
    // The range sits in a box of its own (widgets.css): its thumb moving each week lays out the slider alone.
    container.append(el('label', { class: 'scrubber' }, el('span', {}, 'Week'), el('span', { class: 'scrubber-track' }, this.input)));
  }

  /** Sets the range to the run's length and the thumb to the week on screen. */
  update(viewedWeek: number, latestWeek: number, totalWeeks: number): void {
    this.latest = latestWeek;
    // Written only when a value changes: this runs every frame while playing.
    if (totalWeeks !== this.shown.max) this.input.max = String((this.shown.max = totalWeeks));
    // The thumb is compared with the input itself (dragging moves it without this method).
    if (this.input.value !== String(viewedWeek)) this.input.value = String(viewedWeek);
    const text = `Week ${viewedWeek} of ${totalWeeks}, computed to week ${latestWeek}`;
    if (text !== this.shown.text) this.input.setAttribute('aria-valuetext', (this.shown.text = text));
  }
}
