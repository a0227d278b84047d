/**
 * "Copy link": puts the whole scenario in the URL fragment. The link is also
 * shown in a text field (clipboard access can be refused); when it would be
 * too long, the scenario is offered as a file instead.
 */
import { serializeScenario } from '../../../sim/scenario/variants.ts';
import type { Scenario } from '../../../sim/scenario/schema.ts';
import { encodeScenarioFragment } from '../../share/link.ts';
import { el } from './dom.ts';
import { downloadBlob } from './downloads.ts';

/** The page's address with the fragment replaced (the `?scenario=` query is dropped: the link carries the scenario itself). */
export function linkFor(fragment: string): string {
  const url = new URL(location.href);
  url.search = '';
  url.hash = fragment;
  return url.toString();
}

export function createShareView(current: () => Scenario): HTMLElement {
  const button = el('button', { type: 'button', id: 'copy-link' }, 'Copy link');
  const field = el('input', { type: 'text', id: 'share-url', readonly: true, 'aria-label': 'Link to this comparison', hidden: true });
  const status = el('span', { id: 'share-status', class: 'status', 'aria-live': 'polite' });
  button.addEventListener('click', async () => {
    const scenario = current();
    const encoded = encodeScenarioFragment(scenario);
    if (!encoded.ok) {
      field.hidden = true;
      status.textContent = `${encoded.message} The file is downloading now.`;
      downloadBlob(new Blob([serializeScenario(scenario)], { type: 'application/json' }), 'scenario.json');
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
