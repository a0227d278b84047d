/**
 * The chart panel: which charts a trainer sees (the list below), laid out as
 * small multiples with a shared week axis, each with PNG and SVG export.
 * Colours are the Okabe–Ito palette (distinguishable with colour-vision deficiencies).
 */
import { el } from './dom.ts';
import { pageZoom, TimeChart, type ChartMarker, type ChartSpec } from './time-chart.ts';
import type { RunHistory } from './run-history.ts';

const BLUE = '#0072B2';
const ORANGE = '#E69F00';
const GREEN = '#009E73';
const PINK = '#CC79A7';
const VERMILLION = '#D55E00';
const SKY = '#56B4E9';

/** Every chart, in reading order. */
export const CHART_SPECS: readonly ChartSpec[] = [
  { id: 'morale', title: 'Morale (mean, with spread)', leftFormat: 'percent', band: { mean: 'morale_mean', spread: 'morale_sd' }, lines: [{ metric: 'morale_mean', label: 'Morale', colour: BLUE }] },
  {
    id: 'quits',
    title: 'Quits per month and annualised turnover',
    leftFormat: 'number',
    rightFormat: 'percent',
    bars: { metric: 'quits', label: 'Quits per 4 weeks', binWeeks: 4, colour: SKY },
    lines: [{ metric: 'turnover_annualised', label: 'Annualised turnover', colour: VERMILLION, right: true }],
  },
  { id: 'trust-leader', title: 'Trust in the leader', leftFormat: 'percent', lines: [{ metric: 'trust_in_leader', label: 'Trust in the leader', colour: GREEN }] },
  { id: 'burnout', title: 'Burnout share', leftFormat: 'percent', lines: [{ metric: 'burnout_share', label: 'Burnt out', colour: VERMILLION }] },
  {
    id: 'helping',
    title: 'Helping per member per week, by kind',
    leftFormat: 'number',
    lines: [
      { metric: 'help_knowledge', label: 'Knowledge', colour: BLUE },
      { metric: 'help_practical', label: 'Practical', colour: ORANGE, dash: '6 3' },
      { metric: 'help_emotional', label: 'Emotional', colour: PINK, dash: '2 2' },
      { metric: 'help_refused', label: 'Refused', colour: '#555555', dash: '1 3' },
    ],
  },
  { id: 'safety', title: 'Psychological safety', leftFormat: 'percent', lines: [{ metric: 'psych_safety', label: 'Psychological safety', colour: PINK }] },
  {
    id: 'survey',
    title: 'Survey morale next to true morale',
    leftFormat: 'percent',
    lines: [
      { metric: 'morale_mean', label: 'True morale', colour: BLUE },
      { metric: 'survey_morale', label: 'Survey says', colour: ORANGE, dash: '6 3' },
    ],
  },
  {
    id: 'customers',
    title: 'Customer loyalty',
    leftFormat: 'percent',
    lines: [{ metric: 'customer_loyalty', label: 'Customer loyalty', colour: GREEN }],
    when: (history) => history.run.customersEnabled,
  },
];

/** Charts redraw at most 2.5 times a second while playing (each redraw of every chart costs more than a frame's budget). */
const MIN_RENDER_INTERVAL_MS = 400;

/** Called with a chart when the person asks to export it. */
export type ChartExportHandler = (chart: TimeChart, format: 'png' | 'svg') => void;

export class ChartPanel {
  private charts: TimeChart[] = [];
  private history: RunHistory | undefined;
  private viewedWeek = 0;
  private markers: readonly ChartMarker[] = [];
  private frameRequested = false;
  private lastRender = 0;
  /** Watches the panel and each chart's box: presenter mode or a narrower window changes the columns, not the panel. */
  private readonly resizes: ResizeObserver;

  constructor(
    private readonly container: HTMLElement,
    private readonly onExport: ChartExportHandler,
  ) {
    this.resizes = new ResizeObserver(() => {
      // Every chart re-measures (no short-circuit): a column change resizes several at once.
      const changed = this.charts.map((c) => c.measure());
      if (changed.some(Boolean)) this.requestRender();
    });
    this.resizes.observe(container);
  }

  /** Builds the charts that apply to this run. */
  reset(history: RunHistory): void {
    this.history = history;
    this.resizes.disconnect();
    this.resizes.observe(this.container);
    this.container.replaceChildren();
    this.charts = CHART_SPECS.filter((spec) => !spec.when || spec.when(history)).map((spec) => this.buildCard(spec));
  }

  private buildCard(spec: ChartSpec): TimeChart {
    const heading = el('h2', { class: 'chart-title', id: `chart-title-${spec.id}` }, spec.title);
    const legendItems = [
      ...(spec.bars ? [legendItem(spec.bars.label, spec.bars.colour, 'bar')] : []),
      ...spec.lines.map((s) => legendItem(s.label + (s.right ? ' (right axis)' : ''), s.colour, s.dash ? 'dash' : 'line')),
    ];
    const legend = el('ul', { class: 'chart-legend', 'aria-hidden': 'true' }, ...legendItems);
    const host = el('div', { class: 'chart-host' });
    const png = el('button', { type: 'button', class: 'small', 'aria-label': `Download “${spec.title}” as PNG` }, 'PNG');
    const svg = el('button', { type: 'button', class: 'small', 'aria-label': `Download “${spec.title}” as SVG` }, 'SVG');
    const card = el('figure', { class: 'chart-card', 'data-chart': spec.id, 'aria-labelledby': heading.id }, el('div', { class: 'chart-head' }, heading, el('span', { class: 'chart-exports' }, png, svg)), legend, host);
    this.container.append(card);
    const chart = new TimeChart(spec, host);
    this.resizes.observe(host);
    png.addEventListener('click', () => this.onExport(chart, 'png'));
    svg.addEventListener('click', () => this.onExport(chart, 'svg'));
    return chart;
  }

  /** Shows the run up to its latest week, with the cursor at `viewedWeek`. */
  update(viewedWeek: number, markers: readonly ChartMarker[], playing = false): void {
    this.viewedWeek = viewedWeek;
    this.markers = markers;
    this.requestRender(playing);
  }

  /**
   * Coalesces updates into one redraw per frame, and while playing into at most
   * one per MIN_RENDER_INTERVAL_MS: at 32 weeks a second, redrawing every chart
   * for every week would spend the frame budget on changes too small to see.
   * An update that arrives while a redraw is waiting is drawn by it.
   */
  private requestRender(throttle = false): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    const wait = throttle ? Math.max(0, this.lastRender + MIN_RENDER_INTERVAL_MS - performance.now()) : 0;
    setTimeout(() => {
      requestAnimationFrame(() => {
        this.frameRequested = false;
        this.renderNow();
      });
    }, wait);
  }

  /** Draws at once (also used before an export, so the file matches the screen). */
  renderNow(): void {
    this.lastRender = performance.now();
    if (!this.history) return;
    const zoom = pageZoom();
    for (const chart of this.charts) chart.render(this.history, this.viewedWeek, this.markers, zoom);
  }
}

function legendItem(label: string, colour: string, kind: 'line' | 'dash' | 'bar'): HTMLLIElement {
  const swatch = el('span', { class: `swatch swatch-${kind}` });
  swatch.style.setProperty('--swatch', colour);
  return el('li', {}, swatch, label);
}
