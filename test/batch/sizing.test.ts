import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BROWSER_BATCHES, BatchQueue, CLI_BATCHES, nextBatchSize, workersFor } from '../../sim/batch/sizing.ts';

describe('batch sizes', () => {
  it('hand out every unit of a range exactly once, in order, in shrinking batches that are never empty', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 20000 }),
        fc.integer({ min: 1, max: 16 }),
        fc.constantFrom(CLI_BATCHES, BROWSER_BATCHES),
        (start, count, workers, limits) => {
          const queue = new BatchQueue({ start, end: start + count }, workers, limits);
          const sizes: number[] = [];
          let next = start;
          for (let batch = queue.take(); batch; batch = queue.take()) {
            expect(batch.start).toBe(next);
            next = batch.end;
            sizes.push(batch.end - batch.start);
          }
          expect(next).toBe(start + count);
          for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]);
          expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1);
          expect(Math.max(...sizes)).toBeLessThanOrEqual(limits.max);
        },
      ),
    );
  });

  it('end with small batches, so no worker is left finishing a large one alone', () => {
    const sizes: number[] = [];
    for (let left = 1000; left > 0; left -= sizes[sizes.length - 1]) sizes.push(nextBatchSize(left, 2));
    expect(sizes[0]).toBe(125);
    expect(sizes.slice(-3).every((n) => n <= 4)).toBe(true);
    expect(nextBatchSize(1000, 2, BROWSER_BATCHES)).toBe(16);
    expect(nextBatchSize(3, 2, BROWSER_BATCHES)).toBe(1);
  });

  it('start no more workers than there are batches of the smallest size', () => {
    expect(workersFor(1000, 8)).toBe(8);
    expect(workersFor(9, 8)).toBe(3);
    expect(workersFor(2, 8, BROWSER_BATCHES)).toBe(2);
    expect(workersFor(0, 8)).toBe(1);
  });
});
