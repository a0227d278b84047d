/**
 * A chart's frame: the drawing area plus "SVG" and "PNG" buttons that save it
 * with the reproducibility stamp.
 */
import { el } from './dom.ts';
import { downloadPng, downloadSvg } from './downloads.ts';
import type { ReproStamp } from './stamp.ts';

export interface ChartCard {
  readonly element: HTMLElement;
  /** Where the chart draws itself. */
  readonly body: HTMLElement;
}

export function chartCard(what: string, stamp: () => ReproStamp | null, extraClass = ''): ChartCard {
  const body = el('div', { class: 'chart-body' });
  const svgButton = el('button', { type: 'button', class: 'small', 'aria-label': `Save ${what} as SVG` }, 'SVG');
  const pngButton = el('button', { type: 'button', class: 'small', 'aria-label': `Save ${what} as PNG` }, 'PNG');
  const current = () => {
    const svg = body.querySelector('svg');
    const s = stamp();
    return svg && s ? { svg, s } : null;
  };
  svgButton.addEventListener('click', () => {
    const c = current();
    if (c) downloadSvg(c.svg, c.s, what);
  });
  pngButton.addEventListener('click', () => {
    const c = current();
    if (c) void downloadPng(c.svg, c.s, what);
  });
  const element = el('figure', { class: `chart-card ${extraClass}`.trim() }, body, el('figcaption', { class: 'chart-actions' }, svgButton, pngButton));
  return { element, body };
}
