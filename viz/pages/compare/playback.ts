/**
 * One clock for every pane: play, pause, step and a scrubber. The week is the
 * only state; views redraw from it. Runs are precomputed, so scrubbing is
 * instant and never touches the simulation.
 */
import { el } from './dom.ts';

export interface Playback {
  readonly element: HTMLElement;
  readonly week: number;
  /** New run length; keeps the week when it still fits. */
  setWeeks(weeks: number): void;
  setWeek(week: number): void;
  pause(): void;
}

/** Weeks per second while playing. */
const SPEED = 12;

export function createPlayback(onWeek: (week: number) => void): Playback {
  let weeks = 1;
  let week = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const play = el('button', { type: 'button', class: 'play', 'aria-pressed': 'false' }, 'Play');
  const back = el('button', { type: 'button', 'aria-label': 'Back one week' }, '◀ Week');
  const forward = el('button', { type: 'button', 'aria-label': 'Forward one week' }, 'Week ▶');
  const scrubber = el('input', { type: 'range', min: 0, max: 1, step: 1, value: 0, 'aria-label': 'Week shown in every pane', id: 'scrubber' });
  const label = el('output', { for: 'scrubber', class: 'week-label', 'aria-live': 'off' }, 'Week 0');
  const element = el('div', { class: 'playback', role: 'group', 'aria-label': 'Playback for all panes' }, play, back, forward, scrubber, label);

  const show = () => {
    scrubber.max = String(weeks);
    scrubber.value = String(week);
    label.textContent = `Week ${week} of ${weeks}`;
    onWeek(week);
  };
  const setWeek = (next: number) => {
    week = Math.max(0, Math.min(weeks, Math.round(next)));
    show();
  };
  const pause = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  };
  const start = () => {
    if (week >= weeks) week = 0;
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      if (week >= weeks) return pause();
      setWeek(week + 1);
    }, 1000 / SPEED);
  };
  play.addEventListener('click', () => (timer === undefined ? start() : pause()));
  back.addEventListener('click', () => {
    pause();
    setWeek(week - 1);
  });
  forward.addEventListener('click', () => {
    pause();
    setWeek(week + 1);
  });
  scrubber.addEventListener('input', () => {
    pause();
    setWeek(Number(scrubber.value));
  });
  return {
    element,
    get week() {
      return week;
    },
    setWeeks(next: number) {
      weeks = Math.max(1, next);
      week = Math.min(week, weeks);
      show();
    },
    setWeek,
    pause,
  };
}
