/**
 * Rasterises the network's ties off the main thread: given a packed array of
 * lines (tie-stroke.ts) and the canvas size in device pixels, strokes them on
 * an OffscreenCanvas and sends back an ImageBitmap (transferred, not copied),
 * which the page copies under the people in well under a millisecond. In
 * software rendering the raster of a few hundred wide translucent lines takes
 * 3–8 ms, which on the main thread was most of the slowest frames.
 */
import { strokeSegments } from './tie-stroke.ts';

/** A request from the page. */
export interface TieRasterRequest {
  readonly id: number;
  /** Canvas size in device pixels. */
  readonly width: number;
  readonly height: number;
  /** Device pixels per CSS pixel (the segments are in CSS pixels). */
  readonly ratio: number;
  readonly segments: Float32Array;
}

/** The answer: the ties of request `id`, as pixels (null: this browser cannot draw off screen; the page draws them itself). */
export interface TieRasterAnswer {
  readonly id: number;
  readonly bitmap: ImageBitmap | null;
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<TieRasterRequest>) => void) | null; postMessage(message: TieRasterAnswer, transfer: Transferable[]): void };
let canvas: OffscreenCanvas | undefined;
let context: OffscreenCanvasRenderingContext2D | null = null;

scope.onmessage = (event) => {
  const { id, width, height, ratio, segments } = event.data;
  if (!canvas || canvas.width !== width || canvas.height !== height) {
    canvas = new OffscreenCanvas(width, height);
    context = canvas.getContext('2d');
  }
  if (!context) {
    scope.postMessage({ id, bitmap: null }, []);
    return;
  }
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width, height);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  strokeSegments(context, segments);
  const bitmap = canvas.transferToImageBitmap();
  scope.postMessage({ id, bitmap }, [bitmap]);
};
