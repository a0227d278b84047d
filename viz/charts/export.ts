/**
 * Exports: the run as tidy CSV (made by the worker with sim/export/tidy.ts, the
 * CLI's rows), each chart as SVG or PNG, and the scenario as JSON. File names
 * carry the reproducibility stamp (scenario, seed, engine version); the chart
 * files carry it inside too.
 */
import type { TimeChart } from './week-chart.ts';

/** Offers a file to the person (a download; nothing is uploaded). */
export function download(fileName: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A standalone SVG document of a chart, with its title and the stamp written into it. */
export function chartSvgText(chart: TimeChart, stamp: string): string {
  const svg = chart.svg.node()!.cloneNode(true) as SVGSVGElement;
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const titleHeight = 22;
  const ns = 'http://www.w3.org/2000/svg';
  svg.setAttribute('xmlns', ns);
  svg.setAttribute('height', String(height + titleHeight));
  svg.setAttribute('viewBox', `0 0 ${width} ${height + titleHeight}`);
  const body = document.createElementNS(ns, 'g');
  body.setAttribute('transform', `translate(0,${titleHeight})`);
  body.append(...Array.from(svg.childNodes));
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height + titleHeight));
  background.setAttribute('fill', '#ffffff');
  const title = document.createElementNS(ns, 'text');
  title.setAttribute('x', '8');
  title.setAttribute('y', '15');
  title.setAttribute('font-size', '13');
  title.setAttribute('font-weight', 'bold');
  title.textContent = chart.spec.title;
  const description = document.createElementNS(ns, 'desc');
  description.textContent = `Reciprocity Lab: ${chart.spec.title}. ${stamp}`;
  svg.append(description, background, title, body);
  return new XMLSerializer().serializeToString(svg);
}

/** Renders the chart's SVG into a PNG at twice the screen size (sharp on a projector or in slides). */
export async function chartPngBlob(chart: TimeChart, stamp: string): Promise<Blob> {
  const text = chartSvgText(chart, stamp);
  const svgUrl = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = svgUrl;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(svgUrl);
  }
}
