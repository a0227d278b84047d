/**
 * Exports: every file carries the reproducibility stamp in its content and
 * its name. Files are made in the page and saved through a download link;
 * nothing is uploaded anywhere.
 */
import { download } from '../../ui/download.ts';
import { stampLine, stampedFileName, type ReproStamp } from './stamp.ts';

/** Offers a blob as a file download (the trainer page's helper: a link, clicked, then released). */
export function downloadBlob(blob: Blob, fileName: string): void {
  download(fileName, blob);
}

/** CSV with the stamp as leading `#` comment lines (readers such as R's read.csv(comment.char = "#") and pandas' comment="#" skip them). */
export function downloadCsv(csv: string, stamp: ReproStamp, what: string): void {
  const header = `# Reciprocity Lab compare export\n# ${stampLine(stamp)}\n`;
  downloadBlob(new Blob([header, csv], { type: 'text/csv' }), stampedFileName(stamp, what, 'csv'));
}

/** JSON with the stamp as a field next to the data. */
export function downloadJson(data: unknown, stamp: ReproStamp, what: string): void {
  downloadBlob(new Blob([`${JSON.stringify({ stamp, ...(data as object) }, null, 2)}\n`], { type: 'application/json' }), stampedFileName(stamp, what, 'json'));
}

/** A standalone copy of a chart's SVG with the stamp as a visible footer and in <desc>. */
export function stampedSvg(svg: SVGSVGElement, stamp: ReproStamp): { text: string; width: number; height: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const width = Number(svg.getAttribute('width')) || svg.clientWidth || 600;
  const height = (Number(svg.getAttribute('height')) || svg.clientHeight || 300) + 18;
  const ns = 'http://www.w3.org/2000/svg';
  copy.setAttribute('xmlns', ns);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  const desc = document.createElementNS(ns, 'desc');
  desc.textContent = stampLine(stamp);
  copy.insertBefore(desc, copy.firstChild);
  const footer = document.createElementNS(ns, 'text');
  footer.setAttribute('x', '4');
  footer.setAttribute('y', String(height - 5));
  footer.setAttribute('font-size', '9');
  footer.setAttribute('font-family', 'sans-serif');
  footer.setAttribute('fill', '#555');
  footer.textContent = stampLine(stamp);
  copy.append(footer);
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}

export function downloadSvg(svg: SVGSVGElement, stamp: ReproStamp, what: string): void {
  const { text } = stampedSvg(svg, stamp);
  downloadBlob(new Blob([text], { type: 'image/svg+xml' }), stampedFileName(stamp, what, 'svg'));
}

/** Renders the stamped SVG into a canvas at 2× and saves it as PNG (the stamp is drawn in the image). */
export async function downloadPng(svg: SVGSVGElement, stamp: ReproStamp, what: string): Promise<void> {
  const { text, width, height } = stampedSvg(svg, stamp);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw to a canvas.');
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The chart could not be turned into a PNG.');
    downloadBlob(blob, stampedFileName(stamp, what, 'png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
