/**
 * A tornado chart (compare page, "where should a leader start?"): one row per
 * lever, bars from zero to the effect of setting the lever to its minimum
 * (light) and to its maximum (dark), largest swing on top. Colours and fonts
 * are SVG attributes, so an exported SVG or PNG looks as it does on screen.
 */
import { axisBottom } from 'd3-axis';
import { scaleBand, scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { LegendItem } from './card.ts';

/** One bar of a tornado: the effect of setting a lever to its minimum and to its maximum. */
export interface TornadoRow {
  readonly label: string;
  readonly atMin: number;
  readonly atMax: number;
}

const AT_MIN = '#9ecae1';
const AT_MAX = '#08519c';

/** The tornado's legend, for its card and its exported files. */
export const TORNADO_LEGEND: readonly LegendItem[] = [
  { label: 'lever at its minimum', colour: AT_MIN, kind: 'bar' },
  { label: 'lever at its maximum', colour: AT_MAX, kind: 'bar' },
];

/** Shortens text to about `width` pixels at `charWidth` per character (the full text stays in a <title>). */
function fitText(text: string, width: number, charWidth: number): string {
  const max = Math.max(4, Math.floor(width / charWidth));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Draws the rows into `host`, replacing what was there; `summary` labels the SVG for screen readers. `zoom` scales
 * text, rows and margins (1.64 on a projector: 18 px text).
 */
export function drawTornado(host: HTMLElement, rows: readonly TornadoRow[], options: { summary: string; format: (v: number) => string; width?: number; zoom?: number }): SVGSVGElement {
  const zoom = options.zoom ?? 1;
  const width = (options.width ?? 520) * zoom;
  const left = 200 * zoom;
  const top = 8 * zoom;
  const rowHeight = 20 * zoom;
  const height = top + rows.length * rowHeight + 26 * zoom;
  host.replaceChildren();
  const svg = select(host)
    .append('svg')
    .attr('class', 'chart-svg')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', options.summary)
    .attr('font-family', 'system-ui, sans-serif');
  const extent = Math.max(1e-9, ...rows.flatMap((r) => [Math.abs(r.atMin), Math.abs(r.atMax)]).filter(Number.isFinite));
  const x = scaleLinear().domain([-extent, extent]).nice().range([left, width - 16]);
  const y = scaleBand<number>().domain(rows.map((_, i) => i)).range([top, top + rows.length * rowHeight]).padding(0.2);
  svg.append('g').attr('transform', `translate(0,${top + rows.length * rowHeight + 2})`).call(axisBottom(x).ticks(5).tickFormat((v) => options.format(Number(v)))).attr('font-size', 11 * zoom);
  svg.append('line').attr('x1', x(0)).attr('x2', x(0)).attr('y1', top - 4).attr('y2', top + rows.length * rowHeight).attr('stroke', '#444');
  rows.forEach((row, i) => {
    const rowTop = y(i) ?? 0;
    svg.append('text').attr('x', left - 6).attr('y', rowTop + y.bandwidth() / 2 + 4 * zoom).attr('text-anchor', 'end').attr('font-size', 11 * zoom).attr('fill', '#222').text(fitText(row.label, left - 12, 6.6 * zoom)).append('title').text(row.label);
    for (const [value, colour, name] of [[row.atMin, AT_MIN, 'at minimum'], [row.atMax, AT_MAX, 'at maximum']] as const) {
      if (!Number.isFinite(value)) continue;
      svg
        .append('rect')
        .attr('x', Math.min(x(0), x(value)))
        .attr('y', rowTop)
        .attr('width', Math.max(1, Math.abs(x(value) - x(0))))
        .attr('height', y.bandwidth())
        .attr('fill', colour)
        .append('title')
        .text(`${row.label} ${name}: ${options.format(value)}`);
    }
  });
  return svg.node()!;
}
