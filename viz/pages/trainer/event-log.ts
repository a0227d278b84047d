/**
 * The event log in plain language, newest first, from the simulation's log().
 * An aria-live region announces only the most important new lines (exits,
 * layoffs, scheduled events), so a screen reader is not flooded while playing.
 * Only the newest lines are in the page while the log is scrolled to its top
 * (more than fill the panel); scrolling down adds older ones, up to MAX_LINES.
 * Each new week's lines are prepended, which moves every line below them: with
 * hundreds of lines that relayout and repaint made the slowest frames at
 * 32 weeks a second.
 * A line about a person is a button that opens their story, also after they
 * left; "People who left" lists only the exits (quits and layoffs), each
 * opening the story of the person who left.
 */
import type { LogEntry } from '../../../sim/types.ts';
import { el } from '../../ui/dom.ts';

/** The log keeps this many lines on screen at most; the CSV and stories hold the rest. */
const MAX_LINES = 400;
/**
 * Lines in the page while the log is scrolled to its top: at least this many, more when the list is tall enough to
 * show more (a line is at least LINE_PX high), so the list always overflows and a scroll can ask for older lines.
 * Every line in the page is moved down by each week's new lines (a relayout and repaint of them all).
 */
const LINES_AT_TOP = 20;
const LINE_PX = 14;
const SPARE_LINES = 8;
/** Older lines added each time a scroll comes near the end of those in the page. */
const MORE_LINES = 100;
const ANNOUNCED: ReadonlySet<LogEntry['kind']> = new Set(['quit', 'layoff', 'event', 'policy']);

/** Exits: the lines "People who left" lists. */
const EXITS: ReadonlySet<LogEntry['kind']> = new Set(['quit', 'layoff']);

function line(entry: LogEntry): HTMLLIElement {
  // A line about someone opens their story (the list's click handler reads data-person).
  const text = entry.personId === undefined ? entry.text : el('button', { type: 'button', class: 'event-person', 'data-person': entry.personId, title: 'Open their story' }, entry.text);
  return el('li', { class: `event event-${entry.kind}` }, el('span', { class: 'event-week' }, `week ${entry.week}`), ' ', text);
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
  /** LINES_AT_TOP, or more in a tall list (measured by a ResizeObserver). */
  private linesAtTop = LINES_AT_TOP;
  /** Whether the list is scrolled to its top (kept from scroll events: reading scrollTop while drawing would force a layout). */
  private atTop = true;
  /** "People who left": the exits up to the week on screen, shown instead of the log while chosen. */
  private readonly leavers: HTMLOListElement;
  private readonly leaversButton: HTMLButtonElement;
  private readonly logButton: HTMLButtonElement;
  private showingLeavers = false;
  private leaverCount = -1;

  constructor(container: HTMLElement, onOpenStory: (personId: number) => void = () => {}) {
    this.list = el('ol', { class: 'event-list', reversed: true });
    this.leavers = el('ol', { class: 'leaver-list', id: 'leaver-list', hidden: true });
    this.announcer = el('p', { class: 'visually-hidden', 'aria-live': 'polite' });
    this.list.addEventListener('scroll', () => this.scrolled(), { passive: true });
    new ResizeObserver(([entry]) => {
      if (entry) this.linesAtTop = Math.max(LINES_AT_TOP, Math.ceil(entry.contentRect.height / LINE_PX) + SPARE_LINES);
    }).observe(this.list);
    for (const list of [this.list, this.leavers]) {
      list.addEventListener('click', (event) => {
        const button = (event.target as Element).closest<HTMLElement>('.event-person');
        if (button?.dataset.person) onOpenStory(Number(button.dataset.person));
      });
    }
    this.logButton = el('button', { type: 'button', class: 'log-view', id: 'show-log', 'aria-pressed': 'true' }, 'What happened');
    this.leaversButton = el('button', { type: 'button', class: 'log-view', id: 'show-leavers', 'aria-pressed': 'false' }, 'People who left');
    this.logButton.addEventListener('click', () => this.showLeavers(false));
    this.leaversButton.addEventListener('click', () => this.showLeavers(true));
    // In a box of its own (styles.css): a new line lays out the log alone, not the page.
    container.append(
      el('div', { class: 'event-log-body' }, el('h2', { class: 'panel-title log-views' }, this.logButton, this.leaversButton), this.list, this.leavers, this.announcer),
    );
  }

  /** Shows the exits (true) or the whole log (false). */
  showLeavers(on: boolean): void {
    this.showingLeavers = on;
    this.list.hidden = on;
    this.leavers.hidden = !on;
    this.logButton.setAttribute('aria-pressed', String(!on));
    this.leaversButton.setAttribute('aria-pressed', String(on));
    if (on) this.renderLeavers();
  }

  private renderLeavers(): void {
    const exits = this.entries.filter((e) => EXITS.has(e.kind));
    this.leavers.replaceChildren(...(exits.length === 0 ? [el('li', { class: 'event empty' }, 'Nobody has left yet.')] : exits.slice().reverse().map(line)));
  }

  /** Replaces the log (a new run). */
  reset(week = 0): void {
    this.shownLog = undefined;
    this.entries = [];
    this.list.replaceChildren(el('li', { class: 'event empty' }, emptyText(week)));
    this.announcer.textContent = '';
    this.countLeavers(0);
    if (this.showingLeavers) this.renderLeavers();
  }

  /** The count on the "People who left" button, written only when it changes. */
  private countLeavers(count: number): boolean {
    if (count === this.leaverCount) return false;
    this.leaverCount = count;
    this.leaversButton.textContent = `People who left (${count})`;
    return true;
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
    if (this.atTop) this.limit = this.linesAtTop;
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
    // The exits so far: counted from the lines added (or all of them when the view jumped), listed only while shown.
    let leavers = continues ? Math.max(0, this.leaverCount) : 0;
    for (let i = continues ? previous.length : 0; i < visible.length; i++) if (EXITS.has(visible[i].kind)) leavers++;
    if (this.countLeavers(leavers) && this.showingLeavers) this.renderLeavers();
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
