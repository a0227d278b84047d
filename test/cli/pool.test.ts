import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, validateScenario } from '../../sim/index.ts';
import type { Job, UnitResult } from '../../cli/jobs/job.ts';
import { runUnits, warmUpScenario } from '../../cli/jobs/pool.ts';
import { runTasks } from '../../cli/parallel/pool.ts';
import { seedsFrom } from '../../sim/batch/plan.ts';

describe('the worker-thread pool', () => {
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
      kind: 'final',
      plan: { scenarios: [v.scenario], seeds: seedsFrom(1000, 37), weeks: 4 },
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

  it('reports a unit that fails in a worker thread with its units and the reason, and stops', async () => {
    const failing = runTasks({
      entry: new URL('../../scripts/evidence/worker.ts', import.meta.url),
      init: { plan: { experiments: ['no such experiment'], calibrations: [], blocks: [] }, seeds: [1, 2, 3, 4] },
      local: () => () => new Float64Array(0),
      units: 4,
      threads: 2,
    });
    await expect(failing).rejects.toThrow(/worker thread failed on units .*no such experiment|worker thread (crashed|exited).*no such experiment/);
  });
});
