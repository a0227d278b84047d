/**
 * Paints the network's canvas off the main thread: the page hands over its
 * canvas (transferControlToOffscreen) and then sends, per draw, only packed
 * arrays — the people (person-marks.ts) and, when they changed, the ties
 * (tie-stroke.ts). Here they are rasterised and the canvas's frame goes to the
 * compositor straight from this thread: on the main thread a canvas draw cost
 * its raster plus a commit of the whole canvas (~4 ms in software
 * compositing), every other frame at 32 weeks a second. Draws arriving faster
 * than they are painted are merged (the newest people, the newest ties).
 */
import { drawPeople } from './person-marks.ts';
import { strokeSegments } from './tie-stroke.ts';

/** Messages from the page. */
export type PainterRequest =
  /** The canvas to paint, its backdrop colour and the morale colours by index. */
  | { readonly kind: 'init'; readonly canvas: OffscreenCanvas; readonly background: string; readonly colours: readonly string[] }
  /** The canvas's size in device pixels (clears it; a draw with ties follows). */
  | { readonly kind: 'size'; readonly width: number; readonly height: number }
  /** People (and new ties, if any) to show; `ratio` is device pixels per CSS pixel. */
  | { readonly kind: 'draw'; readonly ratio: number; readonly radius: number; readonly people: Float32Array; readonly segments?: Float32Array }
  /** Test hook: the RGBA of the canvas at these device-pixel points (x, y pairs). */
  | { readonly kind: 'pixels'; readonly id: number; readonly points: Float32Array }
  /** Test hook: throw, as a bug in this worker would, so a test can see the page take over the painting. */
  | { readonly kind: 'crash' };

/** Answers to the page. */
export type PainterAnswer =
  | { readonly kind: 'pixels'; readonly id: number; readonly rgba: number[][] }
  /** This browser cannot draw on the canvas here after all. */
  | { readonly kind: 'failed' };

const scope = self as unknown as { onmessage: ((event: MessageEvent<PainterRequest>) => void) | null; postMessage(message: PainterAnswer): void };

let canvas: OffscreenCanvas | undefined;
let context: OffscreenCanvasRenderingContext2D | null = null;
let background = '#ffffff';
let colours: readonly string[] = [];
/** The ties, rasterised when they change and copied under the people on every draw. */
let ties: OffscreenCanvas | undefined;
let tieContext: OffscreenCanvasRenderingContext2D | null = null;
let pending: Extract<PainterRequest, { kind: 'draw' }> | undefined;
let pendingTies: Float32Array | undefined;
let scheduled = false;

function fail(): void {
  canvas = undefined;
  context = null;
  scope.postMessage({ kind: 'failed' });
}

function paint(): void {
  scheduled = false;
  const draw = pending;
  pending = undefined;
  if (!draw || !canvas || !context) return;
  const { width, height } = canvas;
  if (pendingTies) {
    if (!ties || ties.width !== width || ties.height !== height) {
      ties = new OffscreenCanvas(width, height);
      tieContext = ties.getContext('2d');
    }
    if (tieContext) {
      tieContext.setTransform(1, 0, 0, 1, 0, 0);
      tieContext.clearRect(0, 0, width, height);
      tieContext.setTransform(draw.ratio, 0, 0, draw.ratio, 0, 0);
      strokeSegments(tieContext, pendingTies);
    }
    pendingTies = undefined;
  }
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.globalAlpha = 1;
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  if (ties && ties.width === width && ties.height === height) context.drawImage(ties, 0, 0);
  context.setTransform(draw.ratio, 0, 0, draw.ratio, 0, 0);
  drawPeople(context, draw.people, draw.radius, colours);
}

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.kind) {
    case 'init':
      canvas = message.canvas;
      background = message.background;
      colours = message.colours;
      context = canvas.getContext('2d', { alpha: false });
      if (!context) fail();
      break;
    case 'size':
      if (!canvas) return;
      if (canvas.width !== message.width) canvas.width = message.width;
      if (canvas.height !== message.height) canvas.height = message.height;
      break;
    case 'draw':
      pending = message;
      if (message.segments) pendingTies = message.segments;
      // Merges draws that arrive together; the canvas's frame is sent when this thread's task ends.
      if (!scheduled) {
        scheduled = true;
        setTimeout(paint, 0);
      }
      break;
    case 'pixels': {
      if (scheduled) paint();
      const rgba: number[][] = [];
      for (let i = 0; i + 1 < message.points.length; i += 2) {
        rgba.push(context ? Array.from(context.getImageData(Math.round(message.points[i]), Math.round(message.points[i + 1]), 1, 1).data) : []);
      }
      scope.postMessage({ kind: 'pixels', id: message.id, rgba });
      break;
    }
    case 'crash':
      throw new Error('network painter: crash asked for by a test');
  }
};
