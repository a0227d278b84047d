/**
 * The week scrubber: replays any week already computed. It never advances the
 * simulation; dragging past the latest computed week is clamped.
 */
import { el } from './dom.ts';

export class WeekScrubber {
  private readonly input: HTMLInputElement;
  private latest = 0;

  constructor(container: HTMLElement, onView: (week: number) => void) {
    this.input = el('input', { type: 'range', id: 'scrubber', min: 0, max: 1, step: 1, value: 0, 'aria-label': 'Week to show' });
    this.input.addEventListener('input', () => {
      const week = Math.min(this.latest, Number(this.input.value));
      if (Number(this.input.value) !== week) this.input.value = String(week);
      onView(week);
    });
    container.append(el('label', { class: 'scrubber' }, el('span', {}, 'Week'), this.input));
  }

  /** Sets the range to the run's length and the thumb to the week on screen. */
  update(viewedWeek: number, latestWeek: number, totalWeeks: number): void {
    this.latest = latestWeek;
    this.input.max = String(totalWeeks);
    this.input.value = String(viewedWeek);
    this.input.setAttribute('aria-valuetext', `Week ${viewedWeek} of ${totalWeeks}, computed to week ${latestWeek}`);
  }
}
