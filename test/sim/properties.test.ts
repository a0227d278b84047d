import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRunner, createSimulation, restoreSimulation } from '../../sim/engine/simulation.ts';
import { METRICS, METRIC_INDEX, METRIC_KEYS, MISSING_WITHOUT_MEMBERS } from '../../sim/metrics.ts';
import { LEVERS } from '../../sim/scenario/levers.ts';
import { metric, scenario } from './helpers.ts';

const teamNames = ['A', 'B', 'C'];

/** A small random scenario: 1–3 teams, random levers, a few random events. */
const arbScenario = fc
  .record({
    teamCount: fc.integer({ min: 1, max: 3 }),
    sizes: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 3, maxLength: 3 }),
    weeks: fc.integer({ min: 8, max: 40 }),
    levers: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: LEVERS.length, maxLength: LEVERS.length }),
    quit: fc.double({ min: 0, max: 0.05, noNaN: true }),
    customers: fc.boolean(),
    events: fc.array(
      fc.record({ kind: fc.integer({ min: 0, max: 10 }), week: fc.integer({ min: 1, max: 40 }), team: fc.integer({ min: 0, max: 2 }), x: fc.double({ min: 0, max: 1, noNaN: true }) }),
      { maxLength: 5 },
    ),
  })
  .map((r) => {
    const teams = teamNames.slice(0, r.teamCount).map((name, i) => ({ name, size: r.sizes[i], customerFacing: i === 0 }));
    const team = (i: number) => teamNames[i % r.teamCount];
    const events = r.events
      .filter((e) => e.week <= r.weeks)
      .map((e) => {
        const week = e.week;
        switch (e.kind) {
          case 0: return { type: 'leaderBreach', week, severity: e.x };
          case 1: return { type: 'leaderApology', week, sustainedChange: e.x > 0.5 };
          case 2: return { type: 'newLeader', week, team: team(e.team) };
          case 3: return { type: 'policyChange', week, policy: { recognitionFrequency: e.x } };
          case 4: return { type: 'crisis', week, durationWeeks: 4, demandMultiplier: 1 + e.x };
          case 5: return { type: 'layoffs', week, share: e.x };
          case 6: return { type: 'hiringFreeze', week, durationWeeks: 5 };
          case 7: return { type: 'keyPersonLeaves', week };
          case 8: return r.teamCount > 1 ? { type: 'teamMerger', week, team: team(e.team), into: team(e.team + 1) } : { type: 'serviceFailure', week, honest: false };
          case 9: return { type: 'serviceFailure', week, honest: e.x > 0.5 };
          default: return e.x > 0.5 ? { type: 'growth', week, add: 1 + Math.floor(e.x * 6) } : { type: 'growth', week, team: team(e.team), add: 1 + Math.floor(e.x * 12) };
        }
      });
    return scenario({
      weeks: r.weeks,
      teams,
      events: withoutMergedAwayTargets(events),
      policy: Object.fromEntries(LEVERS.map((l, i) => [l.key, r.levers[i]])),
      model: { baseQuitHazard: r.quit, hiringDelayWeeks: 3 },
      customers: { enabled: r.customers, count: 40 },
    });
  });

/** Drops events aimed at a team after it was merged away (a scenario refuses them; they would do nothing). */
function withoutMergedAwayTargets<E extends { week: number; type: string; team?: string; into?: string }>(events: E[]): E[] {
  const order = events.map((e, i) => ({ e, i })).sort((a, b) => a.e.week - b.e.week || a.i - b.i);
  const gone = new Set<string>();
  const dropped = new Set<number>();
  for (const { e, i } of order) {
    if ((e.team !== undefined && gone.has(e.team)) || (e.into !== undefined && gone.has(e.into))) {
      dropped.add(i);
      continue;
    }
    if (e.type === 'teamMerger' && e.team !== undefined) gone.add(e.team);
  }
  return events.filter((_, i) => !dropped.has(i));
}

const RUNS = { numRuns: 20 };

describe('engine invariants', () => {
  it('every metric is finite and within its range, or missing (NaN) in every level of a unit without members', () => {
    const missingSet = new Set(MISSING_WITHOUT_MEMBERS);
    const M = METRIC_KEYS.length;
    fc.assert(
      fc.property(arbScenario, fc.integer({ min: 0, max: 1000 }), (sc, seed) => {
        const sim = createSimulation(sc, { seed });
        sim.step(sim.weeks);
        const v = sim.result().values;
        for (let row = 0; row < v.length; row += M) {
          const missing = MISSING_WITHOUT_MEMBERS.filter((k) => Number.isNaN(v[row + k])).length;
          // All of a row's levels are missing or none is; a row without members has at most its leaders (one per team).
          expect([0, MISSING_WITHOUT_MEMBERS.length]).toContain(missing);
          if (missing > 0) expect(v[row + METRIC_INDEX.headcount]).toBeLessThanOrEqual(sc.teams.length);
        }
        for (let i = 0; i < v.length; i++) {
          const spec = METRICS[i % METRIC_KEYS.length];
          if (Number.isNaN(v[i]) && missingSet.has(i % M)) continue;
          expect(Number.isFinite(v[i])).toBe(true);
          if (spec.kind === 'share') expect(v[i]).toBeGreaterThanOrEqual(0), expect(v[i]).toBeLessThanOrEqual(1);
          if (spec.kind === 'count') expect(v[i]).toBeGreaterThanOrEqual(0);
          if (spec.kind === 'level' && spec.key !== 'survey_gap' && spec.key !== 'customer_value' && spec.key !== 'output') {
            expect(v[i]).toBeGreaterThanOrEqual(0);
            expect(v[i]).toBeLessThanOrEqual(1);
          }
        }
      }),
      RUNS,
    );
  });

  it('headcount next week is headcount plus hires minus quits minus layoffs', () => {
    fc.assert(
      fc.property(arbScenario, fc.integer({ min: 0, max: 1000 }), (sc, seed) => {
        const sim = createSimulation(sc, { seed });
        let head = sim.people().ids.length;
        for (let w = 1; w <= sim.weeks; w++) {
          sim.step(1);
          const r = sim.result();
          const next = metric(r, 'headcount', w);
          expect(next).toBe(head + metric(r, 'hires', w) - metric(r, 'quits', w) - metric(r, 'layoffs', w));
          expect(sim.people().ids.length).toBe(next);
          head = next;
        }
      }),
      RUNS,
    );
  });

  it('person ids are unique and never reused', () => {
    fc.assert(
      fc.property(arbScenario, fc.integer({ min: 0, max: 1000 }), (sc, seed) => {
        const sim = createSimulation(sc, { seed });
        const gone = new Set<number>();
        let current = new Set<number>(sim.people().ids);
        for (let w = 1; w <= sim.weeks; w++) {
          sim.step(1);
          const ids = sim.people().ids;
          const now = new Set<number>(ids);
          expect(now.size).toBe(ids.length);
          for (const id of current) if (!now.has(id)) gone.add(id);
          for (const id of now) expect(gone.has(id)).toBe(false);
          const tieFrame = sim.ties();
          for (const id of tieFrame.to) expect(now.has(id)).toBe(true);
          current = now;
        }
      }),
      RUNS,
    );
  });

  it('the same seed gives identical output', () => {
    fc.assert(
      fc.property(arbScenario, fc.integer({ min: 0, max: 1000 }), (sc, seed) => {
        const a = createSimulation(sc, { seed });
        const b = createSimulation(sc, { seed });
        a.step(a.weeks);
        b.step(b.weeks);
        expect(b.result().values).toEqual(a.result().values);
        expect(b.log()).toEqual(a.log());
      }),
      { numRuns: 15 },
    );
  });

  it('a runner that reuses arrays between runs gives exactly what fresh runs give, whatever ran before', () => {
    // One runner for the whole property: each run takes arrays a previous run (of any shape) left behind.
    const runner = createRunner();
    fc.assert(
      fc.property(fc.array(fc.tuple(arbScenario, fc.integer({ min: 0, max: 1000 })), { minLength: 1, maxLength: 4 }), (runs) => {
        for (const [sc, seed] of runs) {
          const fresh = createSimulation(sc, { seed });
          fresh.step(fresh.weeks);
          expect(Array.from(runner.run(sc, { seed }).values)).toEqual(Array.from(fresh.result().values));
        }
      }),
      { numRuns: 15 },
    );
  });

  it('a snapshot restored mid-run continues exactly like an uninterrupted run', () => {
    fc.assert(
      fc.property(arbScenario, fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), (sc, seed, at) => {
        const whole = createSimulation(sc, { seed });
        whole.step(whole.weeks);
        const part = createSimulation(sc, { seed });
        part.step(Math.floor(at * part.weeks));
        const snap = structuredClone(part.snapshot());
        part.step(1); // the original moving on must not affect the snapshot
        const resumed = restoreSimulation(snap);
        resumed.step(resumed.weeks);
        expect(resumed.result().values).toEqual(whole.result().values);
        expect(resumed.log()).toEqual(whole.log());
      }),
      { numRuns: 15 },
    );
  });

  it('a scheduled policy change replays identically from the scenario plus the recorded event', () => {
    const sc = scenario({ weeks: 30, teams: [{ name: 'A', size: 10 }] });
    const live = createSimulation(sc, { seed: 4 });
    live.step(10);
    const event = { type: 'policyChange' as const, week: 11, policy: { recognitionFrequency: 0 } };
    live.schedule(event);
    live.step(20);
    const replay = createSimulation(scenario({ weeks: 30, teams: [{ name: 'A', size: 10 }], events: [event] }), { seed: 4 });
    replay.step(30);
    expect(replay.result().values).toEqual(live.result().values);
    expect(() => live.schedule({ ...event, week: 5 })).toThrow(/future week/);
  });
});
