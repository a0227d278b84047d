import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, validateScenario } from '../../sim/index.ts';
import type { Job, UnitResult } from '../../cli/jobs/job.ts';
import { nextBatchSize, runUnits, warmUpScenario } from '../../cli/jobs/pool.ts';

describe('worker pool batches', () => {
  it('hands out every unit exactly once, in shrinking batches that are never empty', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 1, max: 16 }), (count, threads) => {
        const sizes: number[] = [];
        for (let left = count; left > 0; left -= sizes[sizes.length - 1]) sizes.push(nextBatchSize(left, threads));
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(count);
        for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1);
        expect(Math.max(...sizes)).toBeLessThanOrEqual(512);
      }),
    );
  });

  it('ends with small batches, so no thread is left finishing a large one alone', () => {
    const sizes: number[] = [];
    for (let left = 1000; left > 0; left -= sizes[sizes.length - 1]) sizes.push(nextBatchSize(left, 2));
    expect(sizes[0]).toBe(125);
    expect(sizes.slice(-3).every((n) => n <= 4)).toBe(true);
  });

  it("has a valid warm-up scenario that takes every kind of event (workers run it before their first batch)", () => {
    const warm = warmUpScenario();
    const kinds = new Set(warm.events.map((e) => e.type));
    for (const kind of EVENT_TYPES) expect(kinds.has(kind), kind).toBe(true);
    expect(warm.customers.enabled).toBe(true);
  });

  it('gives each unit its own result on 3 worker threads, whatever the completion order', async () => {
    const v = validateScenario({ schemaVersion: 2, name: 'pool', weeks: 4, teams: [{ name: 'A', size: 5 }] });
    if (!v.ok) throw new Error('invalid test scenario');
    const job: Job = {
      spec: { command: 'run', engineVersion: 'test', scenarioHash: 'test' },
      kind: 'final', scenarios: [v.scenario], unitCount: 37,
      task: (unit) => ({ scenario: 0, seed: 1000 + unit, weeks: 4 }),
    };
    const serial = new Map<number, UnitResult>();
    await runUnits(job, { start: 3, end: 37 }, { threads: 1 }, (u, r) => serial.set(u, r));
    const parallel = new Map<number, UnitResult>();
    await runUnits(job, { start: 3, end: 37 }, { threads: 3 }, (u, r) => {
      expect(parallel.has(u)).toBe(false);
      parallel.set(u, r);
    });
    expect([...parallel.keys()].sort((a, b) => a - b)).toEqual([...serial.keys()].sort((a, b) => a - b));
    for (const [u, r] of serial) expect(Array.from(parallel.get(u) as Float64Array)).toEqual(Array.from(r as Float64Array));
  });
});
