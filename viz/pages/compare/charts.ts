/**
 * Small SVG charts for the compare page: week-by-week lines with optional
 * quantile bands, and a tornado. Colours, fonts and strokes are SVG attributes
 * (not CSS), so an exported SVG or PNG looks the same as on the page. Every
 * chart is redrawn whole (they are small); scales are passed in, so panes that
 * share a domain are truly comparable.
 */
import { area, axisBottom, axisLeft, line, scaleBand, scaleLinear, select } from 'd3';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const VARIANT_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'] as const;

export interface WeekSeries {
  readonly label: string;
  readonly colour: string;
  /** Value per week, index 0 = week 1. NaN leaves a gap. */
  readonly values: ArrayLike<number>;
  readonly dashed?: boolean;
  /** 5th and 95th percentiles per week. */
  readonly band90?: readonly [ArrayLike<number>, ArrayLike<number>];
  /** 25th and 75th percentiles per week. */
  readonly band50?: readonly [ArrayLike<number>, ArrayLike<number>];
}

export interface WeekChartOptions {
  readonly title: string;
  readonly weeks: number;
  readonly yDomain: readonly [number, number];
  readonly width?: number;
  readonly height?: number;
  /** Draw only weeks 1…upToWeek (synchronised playback); all weeks when omitted. */
  readonly upToWeek?: number;
  readonly zeroLine?: boolean;
  readonly yFormat?: (value: number) => string;
  /** Draws a legend of the series labels under the title. */
  readonly legend?: boolean;
}

const FONT = 'system-ui, sans-serif';

/** Shortens text to about `width` pixels at `charWidth` per character (the full text stays in the SVG's aria-label or a <title>). */
function fitText(text: string, width: number, charWidth: number): string {
  const max = Math.max(4, Math.floor(width / charWidth));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
const MARGIN = { top: 26, right: 12, bottom: 28, left: 46 };

/** The smallest and largest finite value over several series (and bands), padded a little; [0, 1] when there is none. */
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

function svgFor(container: HTMLElement, title: string, width: number, height: number) {
  container.replaceChildren();
  return select(container)
    .append('svg')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', title)
    .attr('font-family', FONT);
}

/** Draws lines (and bands) over weeks into `container`, replacing what was there; returns the SVG. */
export function drawWeekChart(container: HTMLElement, series: readonly WeekSeries[], options: WeekChartOptions): SVGSVGElement {
  const width = options.width ?? 420;
  const height = options.height ?? 220;
  const svg = svgFor(container, options.title, width, height);
  const x = scaleLinear().domain([1, Math.max(2, options.weeks)]).range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear().domain(options.yDomain as [number, number]).nice().range([height - MARGIN.bottom, MARGIN.top]);
  const last = Math.min(options.weeks, options.upToWeek ?? options.weeks);
  const weeks = Array.from({ length: Math.max(0, last) }, (_, i) => i);

  svg.append('text').attr('x', MARGIN.left).attr('y', 14).attr('font-size', 13).attr('font-weight', 600).attr('fill', '#222').text(fitText(options.title, width - MARGIN.left - MARGIN.right, 7.8));
  svg
    .append('g')
    .attr('transform', `translate(0,${height - MARGIN.bottom})`)
    .call(axisBottom(x).ticks(Math.min(8, options.weeks)).tickFormat((w) => String(w)))
    .attr('font-size', 10);
  const yAxis = axisLeft(y).ticks(5);
  if (options.yFormat) yAxis.tickFormat((v) => options.yFormat!(Number(v)));
  svg.append('g').attr('transform', `translate(${MARGIN.left},0)`).call(yAxis).attr('font-size', 10);
  svg.append('text').attr('x', width - MARGIN.right).attr('y', height - 2).attr('text-anchor', 'end').attr('font-size', 10).attr('fill', '#555').text('week');
  if (options.zeroLine) {
    svg.append('line').attr('x1', MARGIN.left).attr('x2', width - MARGIN.right).attr('y1', y(0)).attr('y2', y(0)).attr('stroke', '#888').attr('stroke-width', 1);
  }

  const finite = (values: ArrayLike<number>) => (w: number) => Number.isFinite(values[w]);
  for (const s of series) {
    for (const [band, opacity] of [[s.band90, 0.15], [s.band50, 0.3]] as const) {
      if (!band) continue;
      const [lo, hi] = band;
      const shape = area<number>()
        .defined((w) => Number.isFinite(lo[w]) && Number.isFinite(hi[w]))
        .x((w) => x(w + 1))
        .y0((w) => y(lo[w]))
        .y1((w) => y(hi[w]));
      svg.append('path').attr('d', shape(weeks) ?? '').attr('fill', s.colour).attr('fill-opacity', opacity).attr('stroke', 'none');
    }
    const path = line<number>().defined(finite(s.values)).x((w) => x(w + 1)).y((w) => y(s.values[w]));
    svg
      .append('path')
      .attr('d', path(weeks) ?? '')
      .attr('fill', 'none')
      .attr('stroke', s.colour)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', s.dashed ? '5 3' : null);
  }
  if (options.upToWeek !== undefined && options.upToWeek >= 1 && options.upToWeek < options.weeks) {
    svg.append('line').attr('x1', x(last)).attr('x2', x(last)).attr('y1', MARGIN.top).attr('y2', height - MARGIN.bottom).attr('stroke', '#999').attr('stroke-dasharray', '2 2');
  }
  if (options.legend) {
    let lx = MARGIN.left;
    const legend = svg.append('g').attr('font-size', 10);
    for (const s of series) {
      legend.append('rect').attr('x', lx).attr('y', MARGIN.top - 6).attr('width', 10).attr('height', 3).attr('fill', s.colour);
      const label = fitText(s.label, 44 * 5.6, 5.6);
      legend.append('text').attr('x', lx + 13).attr('y', MARGIN.top - 2).attr('fill', '#333').text(label);
      lx += 20 + label.length * 5.6;
    }
  }
  return svg.node()!;
}

/** One bar of a tornado: the effect of setting a lever to its minimum and to its maximum. */
export interface TornadoRow {
  readonly label: string;
  readonly atMin: number;
  readonly atMax: number;
}

/** Horizontal bars from zero: effect at the lever's minimum (light) and maximum (dark), largest swing on top. */
export function drawTornado(container: HTMLElement, rows: readonly TornadoRow[], options: { title: string; subtitle: string; format: (v: number) => string; width?: number }): SVGSVGElement {
  const width = options.width ?? 520;
  const left = 200;
  const height = 60 + rows.length * 20 + 24;
  const svg = svgFor(container, options.title, width, height);
  const extent = Math.max(1e-9, ...rows.flatMap((r) => [Math.abs(r.atMin), Math.abs(r.atMax)]).filter(Number.isFinite));
  const x = scaleLinear().domain([-extent, extent]).nice().range([left, width - 16]);
  const y = scaleBand<number>().domain(rows.map((_, i) => i)).range([52, 52 + rows.length * 20]).padding(0.2);
  svg.append('text').attr('x', 8).attr('y', 16).attr('font-size', 13).attr('font-weight', 600).attr('fill', '#222').text(options.title);
  svg.append('text').attr('x', 8).attr('y', 32).attr('font-size', 10).attr('fill', '#555').text(options.subtitle);
  svg.append('g').attr('transform', `translate(0,${52 + rows.length * 20 + 2})`).call(axisBottom(x).ticks(5).tickFormat((v) => options.format(Number(v)))).attr('font-size', 10);
  svg.append('line').attr('x1', x(0)).attr('x2', x(0)).attr('y1', 46).attr('y2', 52 + rows.length * 20).attr('stroke', '#444');
  rows.forEach((row, i) => {
    const top = y(i) ?? 0;
    svg.append('text').attr('x', left - 6).attr('y', top + y.bandwidth() / 2 + 4).attr('text-anchor', 'end').attr('font-size', 11).attr('fill', '#222').text(fitText(row.label, left - 12, 6.6)).append('title').text(row.label);
    for (const [value, colour, name] of [[row.atMin, '#9ecae1', 'at minimum'], [row.atMax, '#08519c', 'at maximum']] as const) {
      if (!Number.isFinite(value)) continue;
      svg
        .append('rect')
        .attr('x', Math.min(x(0), x(value)))
        .attr('y', top)
        .attr('width', Math.max(1, Math.abs(x(value) - x(0))))
        .attr('height', y.bandwidth())
        .attr('fill', colour)
        .append('title')
        .text(`${row.label} ${name}: ${options.format(value)}`);
    }
  });
  const legend = svg.append('g').attr('font-size', 10).attr('fill', '#333');
  legend.append('rect').attr('x', left).attr('y', 38).attr('width', 10).attr('height', 8).attr('fill', '#9ecae1');
  legend.append('text').attr('x', left + 14).attr('y', 46).text('lever at its minimum');
  legend.append('rect').attr('x', left + 130).attr('y', 38).attr('width', 10).attr('height', 8).attr('fill', '#08519c');
  legend.append('text').attr('x', left + 144).attr('y', 46).text('lever at its maximum');
  return svg.node()!;
}
