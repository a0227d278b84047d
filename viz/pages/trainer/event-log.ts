/**
 * The event log in plain language, newest first, from the simulation's log().
 * An aria-live region announces only the most important new lines (exits,
 * layoffs, scheduled events), so a screen reader is not flooded while playing.
 * Only the newest lines are in the page while the log is scrolled to its top
 * (more than fill the panel); scrolling down adds older ones, up to MAX_LINES.
 * Each new week's lines are prepended, which moves every line below them: with
 * hundreds of lines that relayout and repaint made the slowest frames at
 * 32 weeks a second.
 */
import type { LogEntry } from '../../../sim/types.ts';
import { el } from '../../ui/dom.ts';

/** The log keeps this many lines on screen at most; the CSV and stories hold the rest. */
const MAX_LINES = 400;
/** Lines in the page while the log is scrolled to its top (the panel shows about a dozen, more in a tall window). */
const LINES_AT_TOP = 60;
/** Older lines added each time a scroll comes near the end of those in the page. */
const MORE_LINES = 100;
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
  /** How many of the newest lines the page may hold now (grows as the person scrolls down, back to LINES_AT_TOP at the top). */
  private limit = LINES_AT_TOP;
  /** Whether the list is scrolled to its top (kept from scroll events: reading scrollTop while drawing would force a layout). */
  private atTop = true;

  constructor(container: HTMLElement) {
    this.list = el('ol', { class: 'event-list', reversed: true });
    this.announcer = el('p', { class: 'visually-hidden', 'aria-live': 'polite' });
    this.list.addEventListener('scroll', () => this.scrolled(), { passive: true });
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
    if (this.atTop) this.limit = LINES_AT_TOP;
    const continues = previous.length > 0 && visible.length >= previous.length && visible[previous.length - 1] === previous[previous.length - 1];
    if (continues) {
      // Playing on: add only the new lines at the top (rebuilding hundreds of lines each week would cost frames).
      const fresh = visible.slice(Math.max(previous.length, visible.length - this.limit));
      if (fresh.length > 0) this.list.prepend(...fresh.reverse().map(line));
      while (this.list.childElementCount > this.limit) this.list.lastElementChild!.remove();
    } else {
      this.list.replaceChildren(...visible.slice(-this.limit).reverse().map(line));
    }
    const fresh = visible.length > previous.length ? visible.slice(previous.length).filter((e) => ANNOUNCED.has(e.kind)) : [];
    if (fresh.length > 0) this.announcer.textContent = fresh.slice(-3).map((e) => `Week ${e.week}: ${e.text}`).join(' ');
  }

  /** Notes whether the list is at its top, and adds older lines when a scroll nears the end of those in the page. */
  private scrolled(): void {
    const { scrollTop, clientHeight, scrollHeight } = this.list;
    this.atTop = scrollTop < 1;
    if (scrollTop + 2 * clientHeight < scrollHeight) return;
    const shown = this.list.childElementCount;
    const available = Math.min(MAX_LINES, this.entries.length);
    if (shown >= available) return;
    this.limit = Math.min(MAX_LINES, Math.max(this.limit, shown) + MORE_LINES);
    // The entries are oldest first; the page holds the newest `shown`, newest first: older ones go at the end.
    const older = this.entries.slice(Math.max(0, this.entries.length - this.limit), this.entries.length - shown);
    this.list.append(...older.reverse().map(line));
  }
}

/** What an empty log says: after week 0 an empty log is news too (nobody left, burnt out or fell out yet). */
function emptyText(week: number): string {
  if (week === 0) return 'Nothing yet: press Play or Step.';
  return `Nothing notable in ${week === 1 ? 'week 1' : `weeks 1–${week}`}: nobody has left, burnt out or fallen out.`;
}
