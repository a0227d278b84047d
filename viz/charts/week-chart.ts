/**
 * One weekly time-series chart (d3): lines, an optional band (mean ± spread),
 * optional monthly bars, vertical markers for scheduled events and lever
 * changes, and a cursor at the week on screen. Colours and fonts are set as
 * SVG attributes so an exported SVG/PNG looks the same as on screen. The
 * chart is role=img with a text summary for screen readers.
 */
import { select, type Selection } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { axisBottom, axisLeft, axisRight } from 'd3-axis';
import type { MetricKey } from '../../sim/metrics.ts';
import type { RunHistory } from '../pages/trainer/run-history.ts';

/** One plotted metric. */
export interface SeriesSpec {
  readonly metric: MetricKey;
  readonly label: string;
  readonly colour: string;
  readonly dash?: string;
  /** Plot against the right-hand axis. */
  readonly right?: boolean;
  /**
   * Plot the mean of the last `smoothWeeks` weeks (fewer at the start) instead of each week's value: weekly counts in a
   * small team jump between a few levels, which reads as noise. Exports (CSV) keep the weekly values.
   */
  readonly smoothWeeks?: number;
}

/** Trailing mean over `weeks` weeks (the first weeks average what there is): index i holds the mean of i−weeks+1 … i. */
export function trailingMean(values: Float64Array, weeks: number): Float64Array {
  if (weeks <= 1) return values;
  const out = new Float64Array(values.length);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i];
    if (i >= weeks) sum -= values[i - weeks];
    out[i] = sum / Math.min(i + 1, weeks);
  }
  return out;
}

/** What a chart shows. */
export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly lines: readonly SeriesSpec[];
  /** A band of mean ± spread around the first line. */
  readonly band?: { readonly mean: MetricKey; readonly spread: MetricKey };
  /** Bars of a count summed over blocks of `binWeeks` weeks (e.g. quits per month). */
  readonly bars?: { readonly metric: MetricKey; readonly label: string; readonly binWeeks: number; readonly colour: string };
  /** Left axis as 0–100% (levels and shares) or plain numbers. */
  readonly leftFormat: 'percent' | 'number';
  readonly rightFormat?: 'percent' | 'number';
  /** Only shown when this holds (e.g. customers enabled). */
  readonly when?: (history: RunHistory) => boolean;
}

/** A vertical marker: a scheduled event or a lever change. */
export interface ChartMarker {
  readonly week: number;
  readonly label: string;
  readonly kind: 'event' | 'lever';
}

const BASE_MARGIN = { top: 8, right: 40, bottom: 22, left: 40 };
const FONT = 'system-ui, sans-serif';
/** Chart text at the page's base font size; presenter mode enlarges both. */
const BASE_FONT_PX = 11;
const PAGE_FONT_PX = 15;

/** Coordinates in path data to 1/100 px (shorter strings, no visible difference). */
const rounded = (v: number) => Math.round(v * 100) / 100;
const pct = (v: number) => `${Math.round(v * 100)}%`;
const num = (v: number) => (Math.abs(v) >= 10 ? String(Math.round(v)) : String(Number(v.toFixed(2))));

/** Text scales with the page (presenter mode), and the margins with the text (read once per redraw: it forces a style pass). */
export function pageZoom(): number {
  return (parseFloat(getComputedStyle(document.documentElement).fontSize) || PAGE_FONT_PX) / PAGE_FONT_PX;
}

type Svg<T extends SVGElement> = Selection<T, unknown, null, undefined>;

export class TimeChart {
  readonly svg: Svg<SVGSVGElement>;
  private width = 320;
  private height = 150;
  /** Persistent layers, in paint order: a redraw updates their attributes instead of rebuilding the chart. */
  private readonly xAxis: Svg<SVGGElement>;
  private readonly leftAxis: Svg<SVGGElement>;
  private readonly rightAxis: Svg<SVGGElement> | undefined;
  private readonly background: Svg<SVGRectElement>;
  /** The bars, as one path (one element to style, lay out and paint, written only when a bar changes). */
  private readonly barPath: Svg<SVGPathElement> | undefined;
  private readonly bandPath: Svg<SVGPathElement> | undefined;
  private readonly linePaths: Svg<SVGPathElement>[];
  private readonly markerLayer: Svg<SVGGElement>;
  private readonly cursor: Svg<SVGLineElement>;
  /** What was last written, so a redraw writes only what changed (each write invalidates style and layout). */
  private drawn = { zoom: NaN, axes: '', bars: '', band: '', lines: [] as string[], markers: '', cursor: '', label: '' };

  constructor(
    readonly spec: ChartSpec,
    private readonly host: HTMLElement,
  ) {
    this.svg = select(host)
      .append('svg')
      .attr('class', 'chart-svg')
      .attr('role', 'img')
      .attr('xmlns', 'http://www.w3.org/2000/svg')
      .attr('font-family', FONT)
      .attr('font-size', 11);
    const g = this.svg.append('g');
    this.background = g.append('rect').attr('x', 0).attr('y', 0).attr('fill', '#ffffff');
    this.xAxis = g.append('g');
    this.leftAxis = g.append('g');
    this.rightAxis = spec.lines.some((s) => s.right) ? g.append('g') : undefined;
    this.barPath = spec.bars ? g.append('path').attr('fill', spec.bars.colour).attr('opacity', 0.75) : undefined;
    this.bandPath = spec.band ? g.append('path').attr('fill', spec.lines[0].colour).attr('opacity', 0.2) : undefined;
    this.linePaths = spec.lines.map((s) =>
      g
        .append('path')
        .attr('fill', 'none')
        .attr('stroke', s.colour)
        .attr('stroke-width', 2.2)
        .attr('stroke-dasharray', s.dash ?? null),
    );
    this.markerLayer = g.append('g');
    // The cursor is attached only while a replayed week is on screen.
    this.cursor = g.append('line').attr('stroke', '#000000').attr('stroke-width', 1.5).remove();
    this.setSize(this.width, this.height);
  }

  /** Reads the host's size (forces layout: use `resize` with a ResizeObserver's size where there is one); returns whether it changed. */
  measure(): boolean {
    const box = this.host.getBoundingClientRect();
    return this.resize(box.width, box.height);
  }

  /** Takes a size already measured (e.g. a ResizeObserver entry); returns whether it changed. */
  resize(boxWidth: number, boxHeight: number): boolean {
    const width = Math.max(200, Math.round(boxWidth));
    const height = Math.max(110, Math.round(boxHeight));
    if (width === this.width && height === this.height) return false;
    this.setSize(width, height);
    return true;
  }

  private setSize(width: number, height: number): void {
    this.width = width;
    this.height = height;
    this.svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);
    this.background.attr('width', width).attr('height', height);
  }

  /** Draws weeks 1..history.latestWeek with a cursor at `viewedWeek`. */
  render(history: RunHistory, viewedWeek: number, markers: readonly ChartMarker[], zoom = pageZoom()): void {
    const { spec, drawn } = this;
    const weeks = history.latestWeek;
    const MARGIN = { top: BASE_MARGIN.top * zoom, right: BASE_MARGIN.right * zoom, bottom: BASE_MARGIN.bottom * zoom, left: BASE_MARGIN.left * zoom };
    if (drawn.zoom !== zoom) {
      this.svg.attr('font-size', (BASE_FONT_PX * zoom).toFixed(1));
      drawn.zoom = zoom;
    }
    const x = scaleLinear().domain([0, Math.max(1, history.run.weeks)]).range([MARGIN.left, this.width - MARGIN.right]);
    const series = spec.lines.map((s) => ({ spec: s, values: trailingMean(history.series(s.metric), s.smoothWeeks ?? 1) }));
    const band = spec.band ? { mean: history.series(spec.band.mean), spread: history.series(spec.band.spread) } : undefined;
    const bars = spec.bars ? this.binned(history.series(spec.bars.metric), spec.bars.binWeeks) : [];
    let leftMax = spec.leftFormat === 'percent' ? 1 : spec.bars ? 1 : 0.05;
    let rightMax = spec.rightFormat === 'percent' ? 0.2 : 1;
    if (spec.leftFormat !== 'percent') for (const b of bars) leftMax = Math.max(leftMax, b.total);
    for (const s of series) {
      if (!s.spec.right && spec.leftFormat === 'percent') continue;
      for (const v of s.values) {
        if (s.spec.right) rightMax = Math.max(rightMax, v);
        else leftMax = Math.max(leftMax, v);
      }
    }
    const y = scaleLinear().domain([0, leftMax]).nice().range([this.height - MARGIN.bottom, MARGIN.top]);
    const yRight = scaleLinear().domain([0, rightMax]).nice().range(y.range());

    // Axes: rebuilt only when their scales or the chart's size change (the week axis is fixed to the run's length).
    const geometry = `${this.width}x${this.height}@${zoom}:${history.run.weeks}`;
    const axesKey = `${geometry}|${y.domain().join()}|${this.rightAxis ? yRight.domain().join() : ''}`;
    if (axesKey !== drawn.axes) {
      drawn.axes = axesKey;
      this.xAxis
        .attr('transform', `translate(0,${this.height - MARGIN.bottom})`)
        .call(axisBottom(x).ticks(Math.max(2, Math.floor(this.width / (70 * zoom)))).tickSizeOuter(0));
      this.leftAxis
        .attr('transform', `translate(${MARGIN.left},0)`)
        .call(axisLeft(y).ticks(spec.bars ? Math.min(4, Math.max(1, leftMax)) : 4).tickFormat((v) => (spec.leftFormat === 'percent' ? pct(+v) : num(+v))));
      this.rightAxis
        ?.attr('transform', `translate(${this.width - MARGIN.right},0)`)
        .call(axisRight(yRight).ticks(4).tickFormat((v) => (spec.rightFormat === 'percent' ? pct(+v) : num(+v))));
      // d3-axis writes its own small font size; let the axes inherit the chart's instead.
      for (const axis of [this.xAxis, this.leftAxis, this.rightAxis]) axis?.attr('font-size', null).attr('font-family', null);
    }

    if (spec.bars && this.barPath) {
      // One rectangle per bin, as subpaths of one path (bars never overlap, so the opacity looks the same as per bar).
      const barWidth = Math.max(1, x(spec.bars.binWeeks) - x(0) - 1);
      const base = y(0);
      let d = '';
      for (const b of bars) {
        const top = y(b.total);
        if (base - top <= 0) continue;
        d += `M${rounded(x(b.start - 1) + 0.5)},${rounded(top)}h${rounded(barWidth)}V${rounded(base)}h${rounded(-barWidth)}Z`;
      }
      if (d !== drawn.bars) {
        drawn.bars = d;
        this.barPath.attr('d', d || null);
      }
    }
    if (band && this.bandPath) {
      const bandArea = area<number>()
        .x((_, i) => x(i + 1))
        .y0((_, i) => y(Math.max(0, band.mean[i] - band.spread[i])))
        .y1((_, i) => y(Math.min(leftMax, band.mean[i] + band.spread[i])));
      const d = weeks > 0 ? (bandArea(Array.from(band.mean)) ?? '') : '';
      if (d !== drawn.band) {
        drawn.band = d;
        this.bandPath.attr('d', d || null);
      }
    }
    series.forEach((s, i) => {
      const scale = s.spec.right ? yRight : y;
      const path = line<number>()
        .x((_, j) => x(j + 1))
        .y((v) => scale(v));
      const d = path(Array.from(s.values)) ?? '';
      if (d !== drawn.lines[i]) {
        drawn.lines[i] = d;
        this.linePaths[i].attr('d', d);
      }
    });

    const markersKey = `${geometry}|${markers.map((m) => `${m.week}\u0000${m.kind}\u0000${m.label}`).join('\u0001')}`;
    if (markersKey !== drawn.markers) {
      drawn.markers = markersKey;
      this.markerLayer.selectAll('*').remove();
      for (const marker of markers) {
        const mx = x(marker.week - 0.5);
        this.markerLayer
          .append('line')
          .attr('x1', mx)
          .attr('x2', mx)
          .attr('y1', MARGIN.top)
          .attr('y2', this.height - MARGIN.bottom)
          .attr('stroke', marker.kind === 'lever' ? '#D55E00' : '#555555')
          .attr('stroke-width', 1.2)
          .attr('stroke-dasharray', marker.kind === 'lever' ? '2 2' : '5 3')
          .append('title')
          .text(`Week ${marker.week}: ${marker.label}`);
      }
    }
    const showCursor = viewedWeek > 0 && viewedWeek < weeks;
    const cursorKey = showCursor ? `${geometry}|${viewedWeek}` : '';
    if (cursorKey !== drawn.cursor) {
      drawn.cursor = cursorKey;
      if (showCursor) {
        this.cursor.attr('x1', x(viewedWeek)).attr('x2', x(viewedWeek)).attr('y1', MARGIN.top).attr('y2', this.height - MARGIN.bottom);
        this.svg.select<SVGGElement>('g').node()!.append(this.cursor.node()!);
      } else this.cursor.remove();
    }
    const label = this.summary(history, viewedWeek);
    if (label !== drawn.label) {
      drawn.label = label;
      this.svg.attr('aria-label', label);
    }
  }

  private binned(values: Float64Array, binWeeks: number): { start: number; total: number }[] {
    const bins: { start: number; total: number }[] = [];
    for (let start = 1; start <= values.length; start += binWeeks) {
      let total = 0;
      for (let w = start; w < start + binWeeks && w <= values.length; w++) total += values[w - 1];
      bins.push({ start, total });
    }
    return bins;
  }

  /** The text a screen reader hears: each series' value at the week on screen and at the start. */
  summary(history: RunHistory, viewedWeek: number): string {
    const week = Math.min(viewedWeek, history.latestWeek);
    if (week < 1) return `${this.spec.title}: no weeks simulated yet.`;
    const parts = this.spec.lines.map((s) => {
      const format = (s.right ? this.spec.rightFormat : this.spec.leftFormat) === 'percent' ? pct : num;
      if (!s.smoothWeeks) return `${s.label} ${format(history.value(week, s.metric))} (week 1: ${format(history.value(1, s.metric))})`;
      const mean = trailingMean(history.series(s.metric), s.smoothWeeks);
      return `${s.label} ${format(mean[week - 1])}, ${s.smoothWeeks}-week mean (week 1: ${format(mean[0])})`;
    });
    return `${this.spec.title}, week ${week}: ${parts.join('; ')}.`;
  }
}
