/**
 * A chart as a file, on both pages: a standalone SVG document with the
 * chart's title and legend written into it and the reproducibility stamp as a
 * visible footer and in <desc>, or the same rendered to PNG at twice the size
 * (sharp on a projector or in slides).
 */
import type { LegendItem } from './card.ts';

const NS = 'http://www.w3.org/2000/svg';
const TITLE_HEIGHT = 22;
const LEGEND_HEIGHT = 16;
const FOOTER_LINE_HEIGHT = 12;
/** Rough widths of a character of the title (13 px bold), of a legend label (10 px) and of the stamp (9 px). */
const TITLE_CHAR = 8.4;
const LEGEND_CHAR = 5.6;
const STAMP_CHAR = 4.9;

/** Words of `text` in lines of at most `chars` characters. */
function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** What each axis of a saved chart shows, with its unit. */
export interface ChartAxes {
  /** The horizontal axis ("Week" unless said). */
  readonly x?: string;
  readonly left: string;
  readonly right?: string;
}

/** What a saved chart carries besides its picture. */
export interface ChartFile {
  readonly title: string;
  readonly legend: readonly LegendItem[];
  /** One line saying what made the chart (scenario, seeds, engine). */
  readonly stamp: string;
  /** Axis labels, written beside the axes. */
  readonly axes?: ChartAxes;
}

/** Room for an axis label beside the chart (px). */
const AXIS_GUTTER = 16;
const AXIS_LABEL_HEIGHT = 14;

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A standalone SVG document of a chart, with its title, legend and stamp written into it. */
export function chartSvgText(chart: SVGSVGElement, file: ChartFile): { text: string; width: number; height: number } {
  const svg = chart.cloneNode(true) as SVGSVGElement;
  const chartWidth = Number(chart.getAttribute('width')) || chart.clientWidth || 600;
  const chartHeight = Number(chart.getAttribute('height')) || chart.clientHeight || 300;
  // As wide as the chart, or as its title and legend need; the stamp wraps to that width.
  const legendWidth = file.legend.reduce((sum, item) => sum + 30 + item.label.length * LEGEND_CHAR, 16);
  const axes = file.axes;
  const leftGutter = axes ? AXIS_GUTTER : 0;
  const rightGutter = axes?.right ? AXIS_GUTTER : 0;
  const width = Math.round(Math.max(chartWidth + leftGutter + rightGutter, 16 + file.title.length * TITLE_CHAR, legendWidth));
  const footer = wrap(file.stamp, Math.floor((width - 8) / STAMP_CHAR));
  const top = TITLE_HEIGHT + (file.legend.length > 0 ? LEGEND_HEIGHT : 0);
  const xLabel = axes ? AXIS_LABEL_HEIGHT : 0;
  const height = top + chartHeight + xLabel + 6 + footer.length * FOOTER_LINE_HEIGHT;
  svg.setAttribute('xmlns', NS);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const body = svgElement('g', { transform: `translate(${leftGutter},${top})` });
  body.append(...Array.from(svg.childNodes));
  const legend = svgElement('g', { 'font-size': 10, fill: '#333333' });
  let x = 8;
  for (const item of file.legend) {
    legend.append(
      item.kind === 'bar'
        ? svgElement('rect', { x, y: TITLE_HEIGHT + 2, width: 12, height: 8, fill: item.colour })
        : svgElement('line', { x1: x, x2: x + 14, y1: TITLE_HEIGHT + 6, y2: TITLE_HEIGHT + 6, stroke: item.colour, 'stroke-width': 3, ...(item.kind === 'dash' ? { 'stroke-dasharray': '4 2' } : {}) }),
      svgElement('text', { x: x + 18, y: TITLE_HEIGHT + 10 }, item.label),
    );
    x += 30 + item.label.length * LEGEND_CHAR;
  }
  // Axis labels: the left and right ones along their axes, the horizontal one under the chart.
  const axisLabels: SVGElement[] = [];
  if (axes) {
    const middle = top + chartHeight / 2;
    const label = (x: number, text: string, angle: number) =>
      svgElement('text', { x, y: middle, transform: `rotate(${angle} ${x} ${middle})`, 'text-anchor': 'middle', 'font-size': 10, fill: '#333333', class: 'axis-label' }, text);
    axisLabels.push(label(11, axes.left, -90));
    if (axes.right) axisLabels.push(label(leftGutter + chartWidth + 5, axes.right, 90));
    axisLabels.push(
      svgElement('text', { x: leftGutter + chartWidth / 2, y: top + chartHeight + 11, 'text-anchor': 'middle', 'font-size': 10, fill: '#333333', class: 'axis-label' }, axes.x ?? 'Week'),
    );
  }
  svg.append(
    svgElement('desc', {}, `Reciprocity Lab: ${file.title}. ${file.stamp}`),
    svgElement('rect', { width, height, fill: '#ffffff' }),
    svgElement('text', { x: 8, y: 15, 'font-size': 13, 'font-weight': 'bold' }, file.title),
    legend,
    body,
    ...axisLabels,
    ...footer.map((line, i) => svgElement('text', { x: 8, y: top + chartHeight + xLabel + 4 + (i + 1) * FOOTER_LINE_HEIGHT - 3, 'font-size': 9, fill: '#555555' }, line)),
  );
  return { text: new XMLSerializer().serializeToString(svg), width, height };
}

/** The chart as a PNG at twice its size (title, legend and stamp drawn in the image). */
export async function chartPngBlob(chart: SVGSVGElement, file: ChartFile): Promise<Blob> {
  const { text, width, height } = chartSvgText(chart, file);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw to a canvas.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be turned into a PNG.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
