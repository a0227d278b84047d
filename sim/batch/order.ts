/**
 * Putting results back in unit order, so output never depends on which
 * worker finished first: a stream (InOrder, for output written as it comes)
 * or a block (placeBatch, for results kept whole in one typed array).
 */
import type { UnitRange } from './plan.ts';

/** Re-orders results by unit number: `push` accepts them in any order and calls `emit` for each in strict sequence from `start`. */
export class InOrder<T> {
  private next: number;
  private readonly pending = new Map<number, T>();

  constructor(
    start: number,
    private readonly emit: (unit: number, value: T) => void,
  ) {
    this.next = start;
  }

  push(unit: number, value: T): void {
    this.pending.set(unit, value);
    for (let v = this.pending.get(this.next); v !== undefined || this.pending.has(this.next); v = this.pending.get(this.next)) {
      this.pending.delete(this.next);
      this.emit(this.next++, v as T);
    }
  }

  /** Units still waiting for an earlier one. */
  get waiting(): number {
    return this.pending.size;
  }
}

/** Copies a batch's values (`stride` numbers per unit) to the place its unit numbers own in `output`; throws on a wrong length. */
export function placeBatch(output: Float64Array, range: UnitRange, values: Float64Array, stride: number): void {
  const units = range.end - range.start;
  if (values.length !== units * stride) throw new Error(`a worker returned ${values.length} numbers for ${units} runs; expected ${units * stride}`);
  output.set(values, range.start * stride);
}
