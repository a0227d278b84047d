import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InOrder, placeBatch } from '../../sim/batch/order.ts';
import type { UnitRange } from '../../sim/batch/plan.ts';
import { BatchCancelled, runBatches, type BatchRunner } from '../../sim/batch/schedule.ts';

/** A runner that answers after a pseudo-random delay, so batches finish out of order; it logs what it was given. */
function delayed(salt: number, log: UnitRange[] = [], fail?: (batch: UnitRange) => boolean): BatchRunner<number[]> {
  return (batch) => {
    log.push(batch);
    return new Promise((resolve, reject) => {
      const delay = ((batch.start * 7919 + salt * 104729) % 7) + 1;
      setTimeout(() => (fail?.(batch) ? reject(new Error(`batch at ${batch.start} failed`)) : resolve(Array.from({ length: batch.end - batch.start }, (_, i) => (batch.start + i) * 10))), delay);
    });
  };
}

describe('scheduling batches over runners', () => {
  it('gives every unit of the range to exactly one runner, whatever the number of runners', async () => {
    for (const runners of [1, 2, 5]) {
      const seen: number[] = [];
      await runBatches({ start: 7, end: 300 }, Array.from({ length: runners }, (_, s) => delayed(s)), {
        onBatch: (batch, results) => results.forEach((r, i) => seen.push(batch.start + i, r)),
      });
      const units = seen.filter((_, i) => i % 2 === 0);
      expect([...units].sort((a, b) => a - b)).toEqual(Array.from({ length: 293 }, (_, i) => 7 + i));
      for (let i = 0; i < seen.length; i += 2) expect(seen[i + 1]).toBe(seen[i] * 10);
    }
  });

  it('stops handing out batches after a failure and rejects with it', async () => {
    const given: UnitRange[] = [];
    const run = runBatches({ start: 0, end: 400 }, [delayed(0, given, (b) => b.start === 0), delayed(1, given)], { limits: { min: 4, max: 4 }, onBatch: () => {} });
    await expect(run).rejects.toThrow('batch at 0 failed');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(given.length).toBeLessThan(10);
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    let batches = 0;
    const run = runBatches({ start: 0, end: 100 }, [delayed(0)], {
      limits: { min: 1, max: 1 },
      signal: controller.signal,
      onBatch: () => ++batches === 3 && controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(BatchCancelled);
    expect(batches).toBe(3);
  });
});

describe('results in unit order', () => {
  it('InOrder emits each unit once, in sequence, whatever order they are pushed in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.shuffledSubarray(Array.from({ length: 60 }, (_, i) => i), { minLength: 60 }), (start, order) => {
        const emitted: number[] = [];
        const inOrder = new InOrder<string>(start, (unit, value) => {
          expect(value).toBe(`u${unit}`);
          emitted.push(unit);
        });
        for (const i of order) inOrder.push(start + i, `u${start + i}`);
        expect(emitted).toEqual(Array.from({ length: 60 }, (_, i) => start + i));
        expect(inOrder.waiting).toBe(0);
      }),
    );
  });

  it('placeBatch puts a batch where its units belong and refuses a batch of the wrong length', () => {
    const out = new Float64Array(10);
    placeBatch(out, { start: 3, end: 5 }, Float64Array.from([1, 2, 3, 4]), 2);
    expect(Array.from(out)).toEqual([0, 0, 0, 0, 0, 0, 1, 2, 3, 4]);
    expect(() => placeBatch(out, { start: 0, end: 2 }, new Float64Array(3), 2)).toThrow(/returned 3 numbers for 2 runs; expected 4/);
  });
});
