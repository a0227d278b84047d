/**
 * "Copy link": puts the whole scenario in the URL fragment (encoded by the
 * page's worker). The link is also shown in a text field (clipboard access
 * can be refused); when it would be too long, the scenario is offered as a
 * file instead.
 */
import type { EncodeOutcome } from '../../share/link.ts';
import { el } from '../../ui/dom.ts';
import { download } from '../../ui/download.ts';

/** The page's address with the fragment replaced (the `?scenario=` query is dropped: the link carries the scenario itself). */
export function linkFor(fragment: string): string {
  const url = new URL(location.href);
  url.search = '';
  url.hash = fragment;
  return url.toString();
}

export interface ShareActions {
  /** The running scenario's link fragment, or why it would be too long. */
  encode(): Promise<EncodeOutcome>;
  /** The running scenario's file text. */
  text(): string;
}

export function createShareView(actions: ShareActions): HTMLElement {
  const button = el('button', { type: 'button', id: 'copy-link' }, 'Copy link');
  const field = el('input', { type: 'text', id: 'share-url', readonly: true, 'aria-label': 'Link to this comparison', hidden: true });
  const status = el('span', { id: 'share-status', class: 'status', 'aria-live': 'polite' });
  button.addEventListener('click', async () => {
    const encoded = await actions.encode();
    if (!encoded.ok) {
      field.hidden = true;
      status.textContent = `${encoded.message} The file is downloading now.`;
      download('scenario.json', actions.text(), 'application/json');
      return;
    }
    const link = linkFor(encoded.fragment);
    field.value = link;
    field.hidden = false;
    field.select();
    try {
      await navigator.clipboard.writeText(link);
      status.textContent = `Link copied (${link.length.toLocaleString('en')} characters). The scenario is inside the link; nothing is stored on a server.`;
    } catch {
      status.textContent = 'Copy the link from the box (the browser did not allow copying to the clipboard).';
    }
  });
  return el('div', { class: 'share' }, button, field, status);
}
