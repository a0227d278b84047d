/**
 * "Show ‹variant› beside this run": the compare page opened in a new tab with
 * the comparison set up — the run on screen and the other run in two panes, on
 * the same seed (the same people and luck), at the week on screen, on the
 * metric the lesson names. The scenario travels in the link (edits, steps and
 * lever moves of the scenario as written included); the trainer page keeps its
 * run and any guided session where they are.
 */
import type { MetricKey } from '../../../sim/metrics.ts';
import { encodeWorkshopSettings } from '../../share/workshop-link.ts';
import { makeSharedFragment } from '../../share/page-link.ts';
import { el } from '../../ui/dom.ts';

export interface BesideRequest {
  /** The scenario text with its variants (the text the run was loaded from). */
  readonly text: string;
  /** The run on screen and the run to show beside it (`baseline` or a variant's name). */
  readonly run: string;
  readonly other: string;
  readonly seed: number;
  /** The week on screen (0: before the first week). */
  readonly week: number;
  readonly metric: MetricKey;
}

/** The button's words: 'Show “no layoffs” beside this run', or the scenario as written for `baseline`. */
export function besideLabel(other: string): string {
  return other === 'baseline' ? 'Show the scenario as written beside this run' : `Show “${other}” beside this run`;
}

/** The compare page's address for a request, or why there is none (a scenario too long for a link). */
export async function besideUrl(request: BesideRequest, base: string): Promise<{ ok: true; url: string } | { ok: false; message: string }> {
  const link = await makeSharedFragment(request.text);
  if (!link.ok) return link;
  const url = new URL('compare.html', base);
  // The compare page's link settings (viz/share/workshop-link.ts); `run` and `from` make its "Back to the simulator"
  // return to this run at this week.
  const setup = encodeWorkshopSettings({ panes: [request.run, request.other], seed: request.seed, week: request.week, metric: request.metric, run: request.run, from: request.week });
  url.hash = `${link.fragment}&${setup}`;
  return { ok: true, url: url.href };
}

/**
 * Opens the comparison in a new tab. The tab is opened at once, while the click still counts as the trainer's (a tab
 * opened after waiting for the link would be blocked as a pop-up), and sent to the comparison when the link is made.
 */
export async function openBeside(request: BesideRequest, notice: (message: string) => void): Promise<void> {
  const tab = window.open('', '_blank');
  const made = await besideUrl(request, location.href);
  if (!made.ok) {
    tab?.close();
    notice(made.message);
    return;
  }
  if (tab) {
    tab.opener = null;
    tab.location.href = made.url;
  } else {
    notice('The browser did not open a new tab: the comparison opens here (use Back to return to this run).');
    location.assign(made.url);
  }
}

/** A "show ‹variant› beside this run" button, with a line saying what it opens unless `what` is ''. */
export function besideButton(other: string, what: string, onClick: () => void): HTMLElement {
  const button = el('button', { type: 'button', class: 'beside-button', 'data-beside': other }, besideLabel(other));
  button.addEventListener('click', onClick);
  return el('div', { class: 'beside' }, button, ...(what ? [el('p', { class: 'beside-note' }, what)] : []));
}
