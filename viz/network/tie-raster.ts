/**
 * The page's side of the tie raster worker (tie-raster-worker.ts): sends the
 * ties as packed lines, one request in flight at a time (the newest waiting
 * one replaces any older), and hands back each bitmap that is still wanted.
 * `invalidate()` drops answers to requests sent before it (the page drew the
 * ties itself since, e.g. while the layout moves people). Where workers or
 * OffscreenCanvas are missing, or the worker fails, `available` turns false
 * and the page draws the ties itself, as before.
 */
import type { TieRasterAnswer, TieRasterRequest } from './tie-raster-worker.ts';

export class TieRaster {
  private worker: Worker | undefined;
  private inFlight = false;
  private waiting: TieRasterRequest | undefined;
  private sent = 0;
  /** Answers to requests with a lower id are stale. */
  private validFrom = 0;

  constructor(
    private readonly onBitmap: (bitmap: ImageBitmap) => void,
    /** Told when the worker is lost (the page then draws the ties itself). */
    private readonly onLost: () => void,
  ) {
    if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined') return;
    try {
      this.worker = new Worker(new URL('./tie-raster-worker.ts', import.meta.url), { type: 'module', name: 'ties' });
    } catch {
      return;
    }
    this.worker.onmessage = (event: MessageEvent<TieRasterAnswer>) => this.answered(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.lost();
    };
  }

  /** Whether ties can be drawn off the main thread. */
  get available(): boolean {
    return this.worker !== undefined;
  }

  /** Asks for the ties drawn at this size (device pixels) and ratio; the newest request wins. */
  draw(segments: Float32Array, width: number, height: number, ratio: number): void {
    const request: TieRasterRequest = { id: ++this.sent, width, height, ratio, segments };
    if (this.inFlight) this.waiting = request;
    else this.send(request);
  }

  /** Answers to requests sent so far will be dropped. */
  invalidate(): void {
    this.validFrom = this.sent + 1;
    this.waiting = undefined;
  }

  private send(request: TieRasterRequest): void {
    if (!this.worker) return;
    this.inFlight = true;
    this.worker.postMessage(request, [request.segments.buffer]);
  }

  private answered({ id, bitmap }: TieRasterAnswer): void {
    this.inFlight = false;
    if (!bitmap) {
      // This browser cannot draw off screen after all: the page draws the ties from now on.
      this.lost();
      return;
    }
    // Shown even when a newer request waits: it is newer than what is on screen.
    if (id >= this.validFrom) this.onBitmap(bitmap);
    else bitmap.close();
    const next = this.waiting;
    this.waiting = undefined;
    if (next) this.send(next);
  }

  private lost(): void {
    this.destroy();
    this.onLost();
  }

  destroy(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.inFlight = false;
    this.waiting = undefined;
  }
}
