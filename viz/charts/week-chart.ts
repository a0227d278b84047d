/**
 * The one weekly chart both pages draw (d3): lines, shaded bands (a spread or
 * quantiles), monthly bars, a left and an optional right axis, vertical
 * markers for scheduled events and lever changes, a zero line and a cursor
 * at the week on screen. The chart is told what to show (arrays per week and
 * axis domains, see WeekChartData) and keeps its SVG layers between draws: a
 * redraw writes only the attributes that changed, since each write costs the
 * page style and layout (the trainer's page redraws it while weeks stream in).
 * Colours and fonts are SVG attributes, so an exported SVG or PNG looks as it
 * does on screen. The SVG is role=img, labelled with a text summary.
 */
import { select, type Selection } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { axisBottom, axisLeft, axisRight } from 'd3-axis';
import { placeMarkerLabels, rowsUsed } from './marker-labels.ts';

/** One plotted line. */
export interface LineSeries {
  readonly label: string;
  readonly colour: string;
  /** Value per week, index 0 = week 1; NaN leaves a gap. */
  readonly values: ArrayLike<number>;
  readonly dash?: string;
  /** Plotted against the right-hand axis. */
  readonly right?: boolean;
}

/** A shaded band between two series (a spread, or a quantile range). */
export interface Band {
  readonly lo: ArrayLike<number>;
  readonly hi: ArrayLike<number>;
  readonly colour: string;
  readonly opacity: number;
}

/** Bars of totals over blocks of weeks (e.g. quits per 4 weeks), against the left axis. */
export interface Bars {
  readonly colour: string;
  readonly binWeeks: number;
  readonly bins: readonly Bin[];
}

export interface Bin {
  /** First week of the block (1-based). */
  readonly start: number;
  readonly total: number;
}

/** A vertical marker: a scheduled event or a lever change. */
export interface ChartMarker {
  readonly week: number;
  /** What happened, in full (the marker's tooltip and accessible text). */
  readonly label: string;
  /** A few words written beside the marker above the plot ("Breach", "Recognition frequency 0.3"); `label` when absent. */
  readonly short?: string;
  readonly kind: 'event' | 'lever';
}

export interface Axis {
  /** Made `.nice()` by the chart. */
  readonly domain: readonly [number, number];
  readonly format: (value: number) => string;
  readonly ticks?: number;
}

/** What a chart shows. */
export interface WeekChartData {
  /** The x axis runs from week 0 to this week (the run's length). */
  readonly totalWeeks: number;
  readonly lines: readonly LineSeries[];
  readonly bands?: readonly Band[];
  readonly bars?: Bars;
  readonly left: Axis;
  readonly right?: Axis;
  readonly markers?: readonly ChartMarker[];
  /** A vertical line at this week (a replayed week, or the shared playback week), if any. */
  readonly cursor?: number;
  readonly zeroLine?: boolean;
  /** What a screen reader hears (the SVG's aria-label). */
  readonly summary: string;
}

const BASE_MARGIN = { top: 8, right: 40, bottom: 22, left: 40 };
/** The right margin when there is no right axis (room for the last tick's label). */
const BASE_MARGIN_RIGHT_NO_AXIS = 16;
const FONT = 'system-ui, sans-serif';
/** Chart text at the page's base font size; presenter mode enlarges both. */
const BASE_FONT_PX = 11;
const PAGE_FONT_PX = 15;
/** Chart text on a projector (presenter mode, workshop mode): read from the back of a room. */
export const PROJECTOR_FONT_PX = 18;
/** Rows of marker labels above the plot at most. */
const MARKER_ROWS = 2;
/** Text colours of marker labels (darker than their lines, for contrast on white). */
const MARKER_TEXT = { event: '#404040', lever: '#9a3c00' } as const;

/** Coordinates in path data to 1/100 px (shorter strings, no visible difference). */
const rounded = (v: number) => Math.round(v * 100) / 100;

/**
 * Text scales with the page, and the margins with the text (read once per redraw: it forces a style pass). On a
 * projector (html.presenter on the trainer page, html.workshop on the compare page) chart text is PROJECTOR_FONT_PX.
 */
export function pageZoom(): number {
  const root = document.documentElement;
  if (root.classList.contains('presenter') || root.classList.contains('workshop')) return PROJECTOR_FONT_PX / BASE_FONT_PX;
  return (parseFloat(getComputedStyle(root).fontSize) || PAGE_FONT_PX) / PAGE_FONT_PX;
}

/**
 * Trailing mean over `weeks` weeks (the first weeks average what there is): index i holds the mean of i−weeks+1 … i.
 * Missing weeks (NaN: no members) are left out of each window, and a missing week stays missing (a gap, not the
 * mean of the weeks before it).
 */
export function trailingMean(values: Float64Array, weeks: number): Float64Array {
  if (weeks <= 1) return values;
  const out = new Float64Array(values.length);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isNaN(values[i])) {
      sum += values[i];
      count++;
    }
    if (i >= weeks && !Number.isNaN(values[i - weeks])) {
      sum -= values[i - weeks];
      count--;
    }
    out[i] = Number.isNaN(values[i]) ? NaN : sum / count;
  }
  return out;
}

/** Weekly values summed over blocks of `binWeeks` weeks, starting at week 1. */
export function binned(values: ArrayLike<number>, binWeeks: number): Bin[] {
  const bins: Bin[] = [];
  for (let start = 1; start <= values.length; start += binWeeks) {
    let total = 0;
    for (let w = start; w < start + binWeeks && w <= values.length; w++) total += values[w - 1];
    bins.push({ start, total });
  }
  return bins;
}

type Svg<T extends SVGElement> = Selection<T, unknown, null, undefined>;

export class WeekChart {
  readonly svg: Svg<SVGSVGElement>;
  private width = 320;
  private height = 150;
  /** Persistent layers, in paint order: a redraw updates their attributes instead of rebuilding the chart. */
  private readonly background: Svg<SVGRectElement>;
  private readonly xAxis: Svg<SVGGElement>;
  private readonly leftAxis: Svg<SVGGElement>;
  private readonly rightAxis: Svg<SVGGElement>;
  private readonly barPath: Svg<SVGPathElement>;
  private readonly bandLayer: Svg<SVGGElement>;
  private readonly lineLayer: Svg<SVGGElement>;
  private readonly zeroLine: Svg<SVGLineElement>;
  private readonly markerLayer: Svg<SVGGElement>;
  private readonly cursor: Svg<SVGLineElement>;
  private readonly bandPaths: Svg<SVGPathElement>[] = [];
  private readonly linePaths: Svg<SVGPathElement>[] = [];
  /** What was last written, so a redraw writes only what changed (each write invalidates style and layout). */
  private drawn = { zoom: NaN, axes: '', bars: '', bands: [] as string[], lines: [] as string[], styles: [] as string[], zero: '', markers: '', cursor: '', label: '' };

  constructor(private readonly host: HTMLElement) {
    this.svg = select(host)
      .append('svg')
      .attr('class', 'chart-svg')
      .attr('role', 'img')
      .attr('xmlns', 'http://www.w3.org/2000/svg')
      .attr('font-family', FONT)
      .attr('font-size', BASE_FONT_PX);
    const g = this.svg.append('g');
    this.background = g.append('rect').attr('x', 0).attr('y', 0).attr('fill', '#ffffff');
    this.xAxis = g.append('g');
    this.leftAxis = g.append('g');
    this.rightAxis = g.append('g');
    this.barPath = g.append('path').attr('opacity', 0.75);
    this.bandLayer = g.append('g');
    this.lineLayer = g.append('g');
    // The zero line and the cursor are attached only while shown.
    this.zeroLine = g.append('line').attr('stroke', '#888888').attr('stroke-width', 1).remove();
    this.markerLayer = g.append('g');
    this.cursor = g.append('line').attr('stroke', '#000000').attr('stroke-width', 1.5).remove();
    this.setSize(this.width, this.height);
  }

  /** The chart's width in CSS pixels (as last measured). */
  get pixelWidth(): number {
    return this.width;
  }

  /** Reads the host's size (forces layout: use `resize` with a ResizeObserver's size where there is one); returns whether it changed. */
  measure(): boolean {
    const box = this.host.getBoundingClientRect();
    return this.resize(box.width, box.height);
  }

  /** Takes a size already measured (e.g. a ResizeObserver entry) or fixed; returns whether it changed. */
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

  /** Draws `data`, with text and margins scaled by `zoom` (presenter mode). */
  render(data: WeekChartData, zoom = 1): void {
    const { drawn } = this;
    const margin = {
      top: BASE_MARGIN.top * zoom,
      right: (data.right ? BASE_MARGIN.right : BASE_MARGIN_RIGHT_NO_AXIS) * zoom,
      bottom: BASE_MARGIN.bottom * zoom,
      left: BASE_MARGIN.left * zoom,
    };
    // Marker labels go in rows above the plot, which starts lower by the rows they use.
    const fontPx = BASE_FONT_PX * zoom;
    const rowHeight = Math.round(fontPx * 1.25);
    const markers = data.markers ?? [];
    const xMarker = scaleLinear().domain([0, Math.max(1, data.totalWeeks)]).range([margin.left, this.width - margin.right]);
    const labels = placeMarkerLabels(
      markers.map((m) => ({ x: Math.round(xMarker(m.week - 0.5) * 10) / 10, text: m.short ?? m.label })),
      0,
      this.width,
      fontPx * 0.56,
      MARKER_ROWS,
    );
    const labelTop = margin.top;
    margin.top += rowsUsed(labels) * rowHeight;
    if (drawn.zoom !== zoom) {
      this.svg.attr('font-size', (BASE_FONT_PX * zoom).toFixed(1));
      drawn.zoom = zoom;
    }
    const x = scaleLinear().domain([0, Math.max(1, data.totalWeeks)]).range([margin.left, this.width - margin.right]);
    const y = scaleLinear().domain(data.left.domain).nice().range([this.height - margin.bottom, margin.top]);
    const yRight = scaleLinear().domain(data.right?.domain ?? [0, 1]).nice().range(y.range());

    // Axes: rebuilt only when their scales or the chart's size change (the week axis is fixed to the run's length).
    const geometry = `${this.width}x${this.height}@${zoom}:${data.totalWeeks}:${margin.top}`;
    const axesKey = `${geometry}|${y.domain().join()}|${data.right ? yRight.domain().join() : '-'}|${data.left.format(1)}`;
    if (axesKey !== drawn.axes) {
      drawn.axes = axesKey;
      this.xAxis
        .attr('transform', `translate(0,${this.height - margin.bottom})`)
        .call(axisBottom(x).ticks(Math.max(2, Math.floor(this.width / (70 * zoom)))).tickSizeOuter(0));
      this.leftAxis
        .attr('transform', `translate(${margin.left},0)`)
        .call(axisLeft(y).ticks(data.left.ticks ?? 4).tickFormat((v) => data.left.format(+v)));
      if (data.right) {
        const right = data.right;
        this.rightAxis
          .attr('transform', `translate(${this.width - margin.right},0)`)
          .call(axisRight(yRight).ticks(right.ticks ?? 4).tickFormat((v) => right.format(+v)));
      } else this.rightAxis.selectAll('*').remove();
      // d3-axis writes its own small font size; let the axes inherit the chart's instead.
      for (const axis of [this.xAxis, this.leftAxis, this.rightAxis]) axis.attr('font-size', null).attr('font-family', null);
    }

    let bars = '';
    if (data.bars) {
      // One rectangle per bin, as subpaths of one path (bars never overlap, so the opacity looks the same as per bar).
      const barWidth = Math.max(1, x(data.bars.binWeeks) - x(0) - 1);
      const base = y(0);
      for (const b of data.bars.bins) {
        const top = y(b.total);
        if (base - top <= 0) continue;
        bars += `M${rounded(x(b.start - 1) + 0.5)},${rounded(top)}h${rounded(barWidth)}V${rounded(base)}h${rounded(-barWidth)}Z`;
      }
    }
    if (bars !== drawn.bars) {
      drawn.bars = bars;
      this.barPath.attr('d', bars || null).attr('fill', data.bars?.colour ?? null);
    }

    const bands = data.bands ?? [];
    this.fit(this.bandPaths, bands.length, this.bandLayer, drawn.bands);
    bands.forEach((band, i) => {
      const shape = area<number>()
        .defined((w) => Number.isFinite(band.lo[w]) && Number.isFinite(band.hi[w]))
        .x((w) => x(w + 1))
        .y0((w) => y(band.lo[w]))
        .y1((w) => y(band.hi[w]));
      const d = `${shape(weeksOf(Math.min(band.lo.length, band.hi.length))) ?? ''}|${band.colour}|${band.opacity}`;
      if (d !== drawn.bands[i]) {
        drawn.bands[i] = d;
        this.bandPaths[i].attr('d', d.slice(0, d.indexOf('|')) || null).attr('fill', band.colour).attr('fill-opacity', band.opacity);
      }
    });

    this.fit(this.linePaths, data.lines.length, this.lineLayer, drawn.lines, drawn.styles);
    data.lines.forEach((series, i) => {
      const scale = series.right ? yRight : y;
      const values = series.values;
      const path = line<number>()
        .defined((w) => Number.isFinite(values[w]))
        .x((w) => x(w + 1))
        .y((w) => scale(values[w]));
      const d = path(weeksOf(values.length)) ?? '';
      if (d !== drawn.lines[i]) {
        drawn.lines[i] = d;
        this.linePaths[i].attr('d', d || null);
      }
      const style = `${series.colour}|${series.dash ?? ''}`;
      if (style !== drawn.styles[i]) {
        drawn.styles[i] = style;
        this.linePaths[i].attr('stroke', series.colour).attr('stroke-dasharray', series.dash ?? null);
      }
    });

    const zeroKey = data.zeroLine ? `${geometry}|${y(0)}` : '';
    if (zeroKey !== drawn.zero) {
      drawn.zero = zeroKey;
      if (data.zeroLine) {
        this.zeroLine.attr('x1', margin.left).attr('x2', this.width - margin.right).attr('y1', y(0)).attr('y2', y(0));
        this.lineLayer.node()!.before(this.zeroLine.node()!);
      } else this.zeroLine.remove();
    }

    const markersKey = `${geometry}|${markers.map((m) => `${m.week}\u0000${m.kind}\u0000${m.label}\u0000${m.short ?? ''}`).join('\u0001')}`;
    if (markersKey !== drawn.markers) {
      drawn.markers = markersKey;
      this.markerLayer.selectAll('*').remove();
      const rowOf = new Map(labels.map((l) => [l.markerX, l.row]));
      for (const marker of markers) {
        const mx = Math.round(x(marker.week - 0.5) * 10) / 10;
        const row = rowOf.get(mx);
        // A labelled marker's line reaches up to its label's row.
        const top = row === undefined ? margin.top : labelTop + row * rowHeight + 2;
        this.markerLayer
          .append('line')
          .attr('x1', mx)
          .attr('x2', mx)
          .attr('y1', top)
          .attr('y2', this.height - margin.bottom)
          .attr('stroke', marker.kind === 'lever' ? '#D55E00' : '#555555')
          .attr('stroke-width', 1.2)
          .attr('stroke-dasharray', marker.kind === 'lever' ? '2 2' : '5 3')
          .append('title')
          .text(`Week ${marker.week}: ${marker.label}`);
      }
      for (const label of labels) {
        const kind = markers.find((m) => Math.round(x(m.week - 0.5) * 10) / 10 === label.markerX)?.kind ?? 'event';
        this.markerLayer
          .append('text')
          .attr('class', 'marker-label')
          .attr('x', label.x)
          .attr('y', labelTop + (label.row + 1) * rowHeight - Math.round(fontPx * 0.3))
          .attr('text-anchor', label.anchor)
          .attr('fill', MARKER_TEXT[kind])
          .text(label.text);
      }
    }

    const cursorKey = data.cursor !== undefined ? `${geometry}|${data.cursor}` : '';
    if (cursorKey !== drawn.cursor) {
      drawn.cursor = cursorKey;
      if (data.cursor !== undefined) {
        this.cursor.attr('x1', x(data.cursor)).attr('x2', x(data.cursor)).attr('y1', margin.top).attr('y2', this.height - margin.bottom);
        this.svg.select<SVGGElement>('g').node()!.append(this.cursor.node()!);
      } else this.cursor.remove();
    }
    if (data.summary !== drawn.label) {
      drawn.label = data.summary;
      this.svg.attr('aria-label', data.summary);
    }
  }

  /** Adds or removes paths in `layer` so there are `count` (the cache entries of removed ones go too). */
  private fit(paths: Svg<SVGPathElement>[], count: number, layer: Svg<SVGGElement>, ...caches: string[][]): void {
    while (paths.length < count) {
      const path = layer.append('path');
      if (layer === this.lineLayer) path.attr('fill', 'none').attr('stroke-width', 2.2);
      else path.attr('stroke', 'none');
      paths.push(path);
    }
    while (paths.length > count) paths.pop()!.remove();
    for (const cache of caches) cache.length = Math.min(cache.length, count);
  }
}

/** Week indices 0 … n−1 (the x of index i is week i + 1). */
function weeksOf(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** The smallest and largest finite value over several series (and bands), padded a little; [0, 1] when there is none. Panels drawn on one such domain compare at a glance. */
export function sharedDomain(arrays: readonly ArrayLike<number>[], includeZero = false): [number, number] {
  let lo = includeZero ? 0 : Infinity;
  let hi = includeZero ? 0 : -Infinity;
  for (const values of arrays) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (Number.isFinite(v)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) return [lo - 0.5, hi + 0.5];
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}
