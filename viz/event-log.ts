/**
 * The event log in plain language, newest first, from the simulation's log().
 * An aria-live region announces only the most important new lines (exits,
 * layoffs, scheduled events), so a screen reader is not flooded while playing.
 */
import type { LogEntry } from '../sim/types.ts';
import { el } from './dom.ts';

/** The log keeps this many lines on screen; the CSV and stories hold the rest. */
const MAX_LINES = 400;
const ANNOUNCED: ReadonlySet<LogEntry['kind']> = new Set(['quit', 'layoff', 'event', 'policy']);

function line(entry: LogEntry): HTMLLIElement {
  return el('li', { class: `event event-${entry.kind}` }, el('span', { class: 'event-week' }, `week ${entry.week}`), ' ', entry.text);
}

export class EventLog {
  private readonly list: HTMLOListElement;
  private readonly announcer: HTMLParagraphElement;
  private entries: LogEntry[] = [];
  private shownLog: readonly LogEntry[] | undefined;
  private shownLength = -1;
  private shownWeek = -1;

  constructor(container: HTMLElement) {
    this.list = el('ol', { class: 'event-list', reversed: true });
    this.announcer = el('p', { class: 'visually-hidden', 'aria-live': 'polite' });
    // In a box of its own (styles.css): a new line lays out the log alone, not the page.
    container.append(el('div', { class: 'event-log-body' }, el('h2', { class: 'panel-title' }, 'What happened'), this.list, this.announcer));
  }

  /** Replaces the log (a new run). */
  reset(week = 0): void {
    this.shownLog = undefined;
    this.entries = [];
    this.list.replaceChildren(el('li', { class: 'event empty' }, emptyText(week)));
    this.announcer.textContent = '';
  }

  /** Shows the entries up to `week` (the week on screen). */
  show(entries: readonly LogEntry[], week: number): void {
    // Nothing new (the same log, as long as before, at the same week): no work, no DOM writes.
    if (entries === this.shownLog && entries.length === this.shownLength && week === this.shownWeek) return;
    this.shownLog = entries;
    this.shownLength = entries.length;
    this.shownWeek = week;
    const visible = entries.filter((e) => e.week <= week);
    const previous = this.entries;
    this.entries = visible;
    if (visible.length === 0) {
      if (previous.length > 0 || this.list.firstElementChild?.textContent !== emptyText(week)) this.reset(week);
      return;
    }
    const continues = previous.length > 0 && visible.length >= previous.length && visible[previous.length - 1] === previous[previous.length - 1];
    if (continues) {
      // Playing on: add only the new lines at the top (rebuilding hundreds of lines each week would cost frames).
      if (visible.length > previous.length) this.list.prepend(...visible.slice(previous.length).reverse().map(line));
      while (this.list.childElementCount > MAX_LINES) this.list.lastElementChild!.remove();
    } else {
      this.list.replaceChildren(...visible.slice(-MAX_LINES).reverse().map(line));
    }
    const fresh = visible.length > previous.length ? visible.slice(previous.length).filter((e) => ANNOUNCED.has(e.kind)) : [];
    if (fresh.length > 0) this.announcer.textContent = fresh.slice(-3).map((e) => `Week ${e.week}: ${e.text}`).join(' ');
  }
}

/** What an empty log says: after week 0 an empty log is news too (nobody left, burnt out or fell out yet). */
function emptyText(week: number): string {
  return week === 0 ? 'Nothing yet: press Play or Step.' : `Nothing notable in weeks 1–${week}: nobody has left, burnt out or fallen out.`;
}
