/**
 * A chart's frame on both pages: a heading, a legend (HTML, so it reflows
 * and scales with the page), the host the chart draws into and, when the
 * chart can be saved, "PNG" and "SVG" buttons.
 */
import './charts.css';
import { el } from '../ui/dom.ts';

/** One legend entry: a line, a dashed line or a bar in a colour. */
export interface LegendItem {
  readonly label: string;
  readonly colour: string;
  readonly kind: 'line' | 'dash' | 'bar';
}

export interface ChartCardOptions {
  readonly title: string;
  /** `data-chart` of the card, and part of its heading's id. */
  readonly id: string;
  readonly legend?: readonly LegendItem[];
  /** Offers PNG and SVG downloads when given. */
  readonly onExport?: (format: 'png' | 'svg') => void;
  readonly className?: string;
  /** The heading's level in the page's outline (h3 unless said). */
  readonly heading?: 'h2' | 'h3';
  /** A short mark before the title (e.g. "Key chart"). */
  readonly badge?: string;
  /** Offers a "Remove" button when given. */
  readonly onRemove?: () => void;
}

export interface ChartCard {
  readonly element: HTMLElement;
  /** Where the chart draws itself. */
  readonly host: HTMLElement;
  /** The title and legend shown now (what an exported file carries). */
  readonly title: string;
  readonly legend: readonly LegendItem[];
  setTitle(title: string): void;
  setLegend(items: readonly LegendItem[]): void;
}

export function chartCard(options: ChartCardOptions): ChartCard {
  const titleText = el('span', { class: 'chart-title-text' }, options.title);
  const heading = el(options.heading ?? 'h3', { class: 'chart-title', id: `chart-title-${options.id}`, tabindex: -1 }, titleText);
  if (options.badge) heading.prepend(el('span', { class: 'chart-badge' }, options.badge), ' ');
  const head = el('div', { class: 'chart-head' }, heading);
  if (options.onRemove) {
    const onRemove = options.onRemove;
    const remove = el('button', { type: 'button', class: 'small chart-remove', 'aria-label': `Remove the chart “${options.title}”` }, 'Remove');
    remove.addEventListener('click', () => onRemove());
    head.append(remove);
  }
  if (options.onExport) {
    const onExport = options.onExport;
    const png = el('button', { type: 'button', class: 'small', 'aria-label': `Download “${options.title}” as PNG` }, 'PNG');
    const svg = el('button', { type: 'button', class: 'small', 'aria-label': `Download “${options.title}” as SVG` }, 'SVG');
    png.addEventListener('click', () => onExport('png'));
    svg.addEventListener('click', () => onExport('svg'));
    head.append(el('span', { class: 'chart-exports' }, png, svg));
  }
  const legend = el('ul', { class: 'chart-legend', 'aria-hidden': 'true' });
  const host = el('div', { class: 'chart-host' });
  const element = el('figure', { class: `chart-card ${options.className ?? ''}`.trim(), 'data-chart': options.id, 'aria-labelledby': heading.id }, head, legend, host);
  let shownLegend: readonly LegendItem[] = [];
  const card: ChartCard = {
    element,
    host,
    get title() {
      return titleText.textContent ?? '';
    },
    get legend() {
      return shownLegend;
    },
    setTitle(title) {
      if (titleText.textContent !== title) titleText.textContent = title;
    },
    setLegend(items) {
      shownLegend = items;
      legend.replaceChildren(...items.map(legendItem));
      legend.hidden = items.length === 0;
    },
  };
  card.setLegend(options.legend ?? []);
  return card;
}

function legendItem(item: LegendItem): HTMLLIElement {
  const swatch = el('span', { class: `swatch swatch-${item.kind}` });
  swatch.style.setProperty('--swatch', item.colour);
  return el('li', {}, swatch, item.label);
}
