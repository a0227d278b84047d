/**
 * The page's side of the network painter worker (painter-worker.ts):
 * hands the visible canvas to the worker and sends each draw as packed
 * arrays. `Painter.start` returns undefined where a canvas cannot be handed
 * over (no transferControlToOffscreen, no module workers): the page then
 * paints the canvas itself. If the worker fails later, `onLost` is told and
 * the canvas is the worker's for good: the page puts a new one in its place.
 */
import type { PainterAnswer, PainterRequest } from './painter-worker.ts';

export class Painter {
  private readonly worker: Worker;
  private asked = 0;
  private readonly answers = new Map<number, (rgba: number[][]) => void>();
  private lostAlready = false;

  private constructor(
    canvas: HTMLCanvasElement,
    background: string,
    colours: readonly string[],
    private readonly onLost: () => void,
  ) {
    this.worker = new Worker(new URL('./painter-worker.ts', import.meta.url), { type: 'module', name: 'network' });
    this.worker.onmessage = (event: MessageEvent<PainterAnswer>) => this.answered(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.lost();
    };
    const offscreen = canvas.transferControlToOffscreen();
    this.send({ kind: 'init', canvas: offscreen, background, colours }, [offscreen]);
  }

  /** A painter for this canvas, or undefined when this browser cannot paint it off the main thread. */
  static start(canvas: HTMLCanvasElement, background: string, colours: readonly string[], onLost: () => void): Painter | undefined {
    if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined' || typeof canvas.transferControlToOffscreen !== 'function') return undefined;
    try {
      return new Painter(canvas, background, colours, onLost);
    } catch {
      return undefined;
    }
  }

  /** The canvas's size in device pixels. */
  size(width: number, height: number): void {
    this.send({ kind: 'size', width, height });
  }

  /** Shows these people, over these ties (or the last ties sent, when none are given). */
  draw(people: Float32Array, radius: number, ratio: number, segments?: Float32Array): void {
    const transfer: Transferable[] = [people.buffer];
    if (segments) transfer.push(segments.buffer);
    this.send({ kind: 'draw', people, radius, ratio, ...(segments ? { segments } : {}) }, transfer);
  }

  /** The RGBA at device-pixel points (x, y pairs), once what was sent so far is painted (test hook). */
  pixels(points: Float32Array): Promise<number[][]> {
    const id = ++this.asked;
    return new Promise((resolve) => {
      this.answers.set(id, resolve);
      this.send({ kind: 'pixels', id, points });
    });
  }

  /** Test hook: makes the worker throw, as a bug there would; the page is told through onLost. */
  crash(): void {
    this.send({ kind: 'crash' });
  }

  private send(message: PainterRequest, transfer: Transferable[] = []): void {
    if (this.lostAlready) return;
    this.worker.postMessage(message, transfer);
  }

  private answered(answer: PainterAnswer): void {
    if (answer.kind === 'failed') this.lost();
    else {
      this.answers.get(answer.id)?.(answer.rgba);
      this.answers.delete(answer.id);
    }
  }

  private lost(): void {
    if (this.lostAlready) return;
    this.destroy();
    this.onLost();
  }

  destroy(): void {
    this.lostAlready = true;
    this.worker.terminate();
    for (const resolve of this.answers.values()) resolve([]);
    this.answers.clear();
  }
}
