/**
 * What the end-to-end tests read from the network's canvas, which may be
 * painted in a worker: the RGBA at points of the page, and a way to make the
 * painter worker throw (as a bug there would) to see the page take over.
 */
import type { PaintSurface } from '../network/paint.ts';

/** The canvas's RGBA at points of the page (CSS pixels from the viewport's corner), as painted. */
export async function canvasPixels(surface: PaintSurface, points: readonly (readonly [number, number])[]): Promise<number[][]> {
  const box = surface.canvas.getBoundingClientRect();
  const scale = surface.ratio;
  const device = new Float32Array(points.flatMap(([x, y]) => [Math.round((x - box.left) * scale), Math.round((y - box.top) * scale)]));
  if (surface.painter) return surface.painter.pixels(device);
  const rgba: number[][] = [];
  for (let i = 0; i + 1 < device.length; i += 2) rgba.push(surface.context ? Array.from(surface.context.getImageData(device[i], device[i + 1], 1, 1).data) : []);
  return rgba;
}

/** Makes the painter worker throw; false when the page paints the canvas itself. */
export function crashPainter(surface: PaintSurface): boolean {
  if (!surface.painter) return false;
  surface.painter.crash();
  return true;
}
