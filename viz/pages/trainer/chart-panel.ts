/**
 * The chart panel: the trainer's charts (chart-specs.ts, and any metric the
 * picker adds) laid out as small multiples with a shared week axis, each with
 * PNG and SVG export, a guided step's charts made large above them, and the
 * timing of their redraws while a run plays. In presenter mode one chart —
 * the featured one, chosen from a list above it (a guided step's first large
 * chart when there is one) — fills the column beside the network, and only it
 * is redrawn.
 */
import { chartCard } from '../../charts/card.ts';
import { pageZoom, WeekChart, type ChartMarker } from '../../charts/week-chart.ts';
import { chartData, legendOf, type ChartSpec } from './chart-specs.ts';
import type { RunHistory } from './run-history.ts';
import { el } from '../../ui/dom.ts';

/** A chart of the panel: what it shows and where it draws. */
export interface PanelChart {
  readonly spec: ChartSpec;
  readonly chart: WeekChart;
  readonly card: HTMLElement;
}

/** A chart to show, and how. */
export interface PanelEntry {
  readonly spec: ChartSpec;
  /** A key chart of the scenario (its guided steps name it): marked, and first. */
  readonly pinned?: boolean;
  /** Made large (a guided step's chart). */
  readonly large?: boolean;
  /** Offers a Remove button (a chart the trainer added). */
  readonly onRemove?: () => void;
}

/**
 * While playing, each chart redraws at most 2.5 times a second (changes smaller than that are too small to see), and
 * at least once a second; in between, a new pass waits until the run has grown by a pixel's worth of weeks on the
 * widest chart on screen (a long run's axis gives a week a fraction of a pixel: at 8 weeks a second on a 1,040-week
 * axis 180 px wide a pass came every 400 ms and moved each line's end by one pixel or less).
 */
const MIN_RENDER_INTERVAL_MS = 400;
const MAX_RENDER_INTERVAL_MS = 1000;
/** How often a waiting pass looks again whether the run has grown by a pixel (ms). */
const GROWTH_POLL_MS = 100;
/**
 * Charts redrawn per animation frame: while playing one, otherwise (pause, step,
 * scrub, resize) two, so no frame redraws them all and a pass still ends in a few frames.
 */
const CHARTS_PER_FRAME_PLAYING = 1;
const CHARTS_PER_FRAME_IDLE = 2;
/**
 * While playing, a chart's redraw waits (at most this many frames) for a frame
 * the weekly draw leaves alone: the two together made the slowest frames.
 */
const MAX_FRAMES_DEFERRED = 3;

/** Whether the frame starting at `frameTime` (a requestAnimationFrame time) is taken by other drawing, for a redraw that has waited `waited` frames. */
export type FrameTaken = (frameTime: number, waited: number) => boolean;

/** Called with a chart when the person asks to export it. */
export type ChartExportHandler = (chart: PanelChart, format: 'png' | 'svg') => void;

export class ChartPanel {
  private charts: PanelChart[] = [];
  private history: RunHistory | undefined;
  private viewedWeek = 0;
  private following = true;
  private markers: readonly ChartMarker[] = [];
  /** Charts waiting for a redraw, drawn round-robin a few per frame. */
  private dirty: boolean[] = [];
  private dirtyCount = 0;
  private next = 0;
  /** An update arrived while playing that a new pass (every chart) should show. */
  private wanted = false;
  private throttled = false;
  private passStarted = -Infinity;
  /** The run's latest week when the current pass started. */
  private passWeek = 0;
  private frameRequested = false;
  /** Frames a playing redraw has waited for a free one. */
  private deferred = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The page's zoom (presenter mode), read when layout is already clean: on resize and on an explicit redraw. */
  private zoom = 1;
  private readonly hosts = new Map<Element, PanelChart>();
  /** Watches the panel and each chart's box: presenter mode or a narrower window changes the columns, not the panel. */
  private readonly resizes: ResizeObserver;
  /** Which cards are on screen: while a run plays, only those are redrawn. */
  private readonly sights: IntersectionObserver;
  private visible: boolean[] = [];
  /** Charts a playing pass skipped because they were off screen: redrawn when they come into view. */
  private stale: boolean[] = [];
  /** The chart shown large in presenter mode (kept across runs when the new run has it). */
  private featuredId = '';
  private readonly featuredPicker: HTMLSelectElement;
  private readonly pickerRow: HTMLElement;
  /** Shares and levels on axes zoomed to their values (else 0–100%), and the box that says so. */
  private zoomAxes = false;
  private readonly zoomRow: HTMLElement;

  constructor(
    private readonly container: HTMLElement,
    private readonly onExport: ChartExportHandler,
    private readonly frameTaken: FrameTaken = () => false,
  ) {
    this.resizes = new ResizeObserver((entries) => {
      // Sizes come from the observer (layout is done), never read back after a write.
      const zoom = pageZoom();
      const zoomChanged = zoom !== this.zoom;
      this.zoom = zoom;
      for (const entry of entries) {
        const chart = this.hosts.get(entry.target);
        if (!chart) continue;
        const box = entry.borderBoxSize?.[0];
        const changed = box ? chart.chart.resize(box.inlineSize, box.blockSize) : chart.chart.resize(entry.contentRect.width, entry.contentRect.height);
        if (changed) this.markDirty(this.charts.indexOf(chart));
      }
      if (zoomChanged) this.charts.forEach((_, i) => this.markDirty(i));
      this.schedule();
    });
    this.resizes.observe(container);
    // Off-screen charts (most of the list below the first rows) wait while a run plays: a pass over every chart took a
    // frame each, and the page's paint of a redrawn chart cost the same whether or not anyone could see it.
    this.sights = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const i = this.charts.findIndex((c) => c.card === entry.target);
        if (i < 0) continue;
        this.visible[i] = entry.isIntersecting;
        if (entry.isIntersecting && this.stale[i]) {
          this.stale[i] = false;
          this.markDirty(i);
        }
      }
      this.schedule();
    });
    this.featuredPicker = el('select', { id: 'featured-chart' });
    this.featuredPicker.addEventListener('change', () => this.feature(this.featuredPicker.value));
    this.pickerRow = el('div', { class: 'featured-picker' }, el('label', { for: 'featured-chart' }, 'Chart on screen'), this.featuredPicker);
    const zoom = el('input', { type: 'checkbox', id: 'zoom-charts' });
    zoom.addEventListener('change', () => {
      this.zoomAxes = zoom.checked;
      this.charts.forEach((_, i) => this.markDirty(i));
      this.schedule();
    });
    this.zoomRow = el('div', { class: 'chart-zoom', title: 'Shares and levels are drawn 0–100% unless zoomed' }, zoom, el('label', { for: 'zoom-charts' }, 'Zoom the axes to the values'));
  }

  /** Builds the charts of a new run (those whose `when` holds for it). */
  reset(history: RunHistory, entries: readonly PanelEntry[]): void {
    this.history = history;
    this.show(entries);
  }

  /** Shows these charts instead of the ones on screen (the same run): the picker added one, or a guided step began. */
  show(entries: readonly PanelEntry[]): void {
    const history = this.history;
    this.resizes.disconnect();
    this.resizes.observe(this.container);
    this.sights.disconnect();
    this.hosts.clear();
    this.container.replaceChildren(this.pickerRow, this.zoomRow);
    this.zoom = pageZoom();
    const large = entries.filter((e) => e.large).length;
    this.container.dataset.large = String(large);
    this.charts = entries.filter((e) => !history || !e.spec.when || e.spec.when(history)).map((entry) => this.buildCard(entry));
    this.featuredPicker.replaceChildren(...this.charts.map(({ spec }) => el('option', { value: spec.id }, spec.title)));
    const firstLarge = entries.find((e) => e.large && this.charts.some((c) => c.spec.id === e.spec.id))?.spec.id;
    this.feature(firstLarge ?? (this.charts.some((c) => c.spec.id === this.featuredId) ? this.featuredId : (this.charts[0]?.spec.id ?? '')));
    this.dirty = this.charts.map(() => false);
    // Until the observer reports, every chart counts as on screen.
    this.visible = this.charts.map(() => true);
    this.stale = this.charts.map(() => false);
    for (const { card } of this.charts) this.sights.observe(card);
    this.dirtyCount = 0;
    this.next = 0;
    this.wanted = false;
    this.passStarted = -Infinity;
    // Sized once here (a new set of charts); afterwards only the ResizeObserver measures.
    for (const { chart } of this.charts) chart.measure();
    this.charts.forEach((_, i) => this.markDirty(i));
    this.schedule();
  }

  /** The charts on screen (in order). */
  get shown(): readonly PanelChart[] {
    return this.charts;
  }

  /** Moves the focus to a shown chart's heading (the picker asked for one already there). */
  focusChart(id: string): boolean {
    const heading = this.container.querySelector<HTMLElement>(`[data-chart="${CSS.escape(id)}"] .chart-title`);
    heading?.focus();
    return heading !== null;
  }

  /** Shows chart `id` large in presenter mode (the others stay in the list above it). */
  feature(id: string): void {
    this.featuredId = id;
    this.featuredPicker.value = id;
    for (const { spec, card } of this.charts) card.classList.toggle('featured', spec.id === id);
    this.charts.forEach((_, i) => this.markDirty(i));
    this.schedule();
  }

  /** The ids of the charts of this run, in order (what the list above the featured chart offers). */
  get chartIds(): readonly string[] {
    return this.charts.map((c) => c.spec.id);
  }

  private buildCard({ spec, pinned, large, onRemove }: PanelEntry): PanelChart {
    const card = chartCard({
      id: spec.id,
      title: spec.title,
      heading: 'h2',
      legend: legendOf(spec),
      onExport: (format) => this.onExport(panelChart, format),
      badge: pinned ? 'Key chart' : undefined,
      onRemove,
      className: large ? 'chart-card-large' : undefined,
    });
    this.container.append(card.element);
    const panelChart: PanelChart = { spec, chart: new WeekChart(card.host), card: card.element };
    this.hosts.set(card.host, panelChart);
    this.resizes.observe(card.host);
    return panelChart;
  }

  /** Shows the run up to its latest week, with the cursor at `viewedWeek`. */
  update(viewedWeek: number, markers: readonly ChartMarker[], playing = false): void {
    this.viewedWeek = viewedWeek;
    // Following the run (not a replay): a chart drawn a few frames later shows the latest week then, with no cursor.
    this.following = this.history !== undefined && viewedWeek >= this.history.latestWeek;
    this.markers = markers;
    this.throttled = playing;
    if (playing) this.wanted = true;
    else {
      // Paused, stepped or scrubbed: every chart is redrawn now (a few per frame), with no wait.
      this.wanted = false;
      this.charts.forEach((_, i) => this.markDirty(i));
    }
    this.schedule();
  }

  private markDirty(i: number): void {
    if (i < 0 || this.dirty[i]) return;
    this.dirty[i] = true;
    this.dirtyCount++;
  }

  /**
   * Spreads redraws over animation frames, a chart or two per frame, round-robin.
   * While playing a new pass over every chart starts at most every
   * MIN_RENDER_INTERVAL_MS: at 32 weeks a second, redrawing every chart for
   * every week would spend the frame budget on changes too small to see. A
   * chart drawn later in a pass shows the newest week then.
   */
  private schedule(): void {
    if (this.frameRequested || this.timer !== undefined) return;
    if (this.dirtyCount === 0) {
      if (!this.wanted) return;
      const wait = this.throttled ? this.passWait() : 0;
      if (wait > 0) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.schedule();
        }, wait);
        return;
      }
    }
    this.frameRequested = true;
    requestAnimationFrame((time) => {
      this.frameRequested = false;
      this.frame(time);
    });
  }

  /** How long a playing pass still waits (ms; 0: start now). */
  private passWait(): number {
    const since = performance.now() - this.passStarted;
    if (since < MIN_RENDER_INTERVAL_MS) return MIN_RENDER_INTERVAL_MS - since;
    if (since >= MAX_RENDER_INTERVAL_MS || this.grownVisibly()) return 0;
    return Math.min(MAX_RENDER_INTERVAL_MS - since, GROWTH_POLL_MS);
  }

  /** Whether the run has grown by at least a pixel's worth of weeks on the widest chart on screen since the pass began. */
  private grownVisibly(): boolean {
    const history = this.history;
    const widest = Math.max(0, ...this.charts.filter((_, i) => this.visible[i]).map((c) => c.chart.pixelWidth));
    if (!history || widest <= 0) return true;
    return history.latestWeek - this.passWeek >= history.run.weeks / widest;
  }

  private frame(time: number): void {
    if (this.throttled && this.deferred < MAX_FRAMES_DEFERRED && this.frameTaken(time, this.deferred)) {
      this.deferred++;
      this.frameRequested = true;
      requestAnimationFrame((next) => {
        this.frameRequested = false;
        this.frame(next);
      });
      return;
    }
    this.deferred = 0;
    if (this.dirtyCount === 0 && this.wanted) {
      this.wanted = false;
      this.passStarted = performance.now();
      this.passWeek = this.history?.latestWeek ?? 0;
      this.charts.forEach((_, i) => {
        if (this.visible[i]) this.markDirty(i);
        else this.stale[i] = true;
      });
    }
    const history = this.history;
    const n = this.charts.length;
    let budget = this.throttled ? CHARTS_PER_FRAME_PLAYING : CHARTS_PER_FRAME_IDLE;
    // In presenter mode only the featured chart is on screen: the others wait (they are redrawn when the mode ends).
    const presenter = document.documentElement.classList.contains('presenter');
    for (let k = 0; k < n && budget > 0 && this.dirtyCount > 0; k++) {
      const i = (this.next + k) % n;
      if (!this.dirty[i]) continue;
      this.dirty[i] = false;
      this.dirtyCount--;
      this.stale[i] = false;
      if (presenter && this.charts[i].spec.id !== this.featuredId) continue;
      if (history) this.draw(this.charts[i], history);
      this.next = (i + 1) % n;
      budget--;
    }
    this.schedule();
  }

  /** Draws every chart at once (before an export, so the file matches the screen, and when presenter mode changes the text size). */
  renderNow(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty.fill(false);
    this.stale.fill(false);
    this.dirtyCount = 0;
    this.wanted = false;
    this.passStarted = performance.now();
    if (!this.history) return;
    this.zoom = pageZoom();
    for (const chart of this.charts) this.draw(chart, this.history);
  }

  private draw({ spec, chart }: PanelChart, history: RunHistory): void {
    chart.render(chartData(spec, history, this.week(history), this.markers, this.zoomAxes), this.zoom);
  }

  private week(history: RunHistory): number {
    return this.following ? history.latestWeek : this.viewedWeek;
  }
}
