/**
 * How a range of units is cut into batches for workers (threads in Node,
 * Web Workers in the browser): guided self-scheduling — each batch a share of
 * what is left, about a quarter of each worker's remaining part, within the
 * limits — so early batches are large (few messages) and the last ones small,
 * and no worker sits idle at the end while another finishes a big batch.
 * Batch sizes never change a result: results are kept by unit number.
 */
import type { UnitRange } from './plan.ts';

export interface BatchLimits {
  /** The smallest batch worth a message round trip (except the last). */
  readonly min: number;
  /** The largest batch (a cap on memory in flight, and on how long a cancel waits). */
  readonly max: number;
}

/** The CLI's: runs of a few milliseconds each, many of them. */
export const CLI_BATCHES: BatchLimits = { min: 4, max: 512 };
/** For units that are each a whole experiment (a seed of every fact, a design point of every seed): one is worth a message. */
export const HEAVY_BATCHES: BatchLimits = { min: 1, max: 512 };
/** The browser's: small batches so progress is drawn often and Cancel acts within a few runs. */
export const BROWSER_BATCHES: BatchLimits = { min: 1, max: 16 };

/** Units in the next batch when `remaining` units are left for `workers` workers. */
export function nextBatchSize(remaining: number, workers: number, limits: BatchLimits = CLI_BATCHES): number {
  return Math.max(1, Math.min(remaining, limits.max, Math.max(limits.min, Math.ceil(remaining / (Math.max(1, workers) * 4)))));
}

/** Workers worth starting for `units` units when `available` can run: never more than there are batches of the smallest size. */
export function workersFor(units: number, available: number, limits: BatchLimits = CLI_BATCHES): number {
  return Math.max(1, Math.min(available, Math.ceil(units / limits.min)));
}

/** Hands out a range's units as batches, in order, sized for `workers` workers. */
export class BatchQueue {
  private next: number;

  constructor(
    private readonly range: UnitRange,
    private readonly workers: number,
    private readonly limits: BatchLimits = CLI_BATCHES,
  ) {
    this.next = range.start;
  }

  /** The next batch, or undefined when every unit has been handed out. */
  take(): UnitRange | undefined {
    if (this.next >= this.range.end) return undefined;
    const start = this.next;
    this.next = start + nextBatchSize(this.range.end - start, this.workers, this.limits);
    return { start, end: this.next };
  }
}
