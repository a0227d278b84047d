import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benefitOf, KIND_EMOTIONAL, KIND_KNOWLEDGE, KIND_PRACTICAL } from '../../sim/engine/exchange.ts';
import { createSimulation, type EngineSimulation } from '../../sim/engine/simulation.ts';
import { PERSON_FIELDS, TEAM_FIELDS, TIE_FIELDS, type FieldSpec } from '../../sim/engine/state.ts';
import { METRICS, METRIC_KEYS, MISSING_WITHOUT_MEMBERS } from '../../sim/metrics.ts';
import { LEVERS } from '../../sim/scenario/levers.ts';
import { scenario } from './helpers.ts';

/**
 * Ranges and long runs: every declared state variable stays within its
 * declared range, and the unbounded ones stay below bounds that do not grow
 * with time, over random scenarios whose levers are at 0, at 1 or anywhere
 * between, including 1,040-week runs.
 */

/** A lever value: at an extreme half the time. */
const leverValue = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));

const arbScenario = fc
  .record({
    teams: fc.integer({ min: 1, max: 3 }),
    size: fc.integer({ min: 1, max: 14 }),
    weeks: fc.oneof(fc.integer({ min: 20, max: 120 }), fc.constant(1040)),
    levers: fc.array(leverValue, { minLength: LEVERS.length, maxLength: LEVERS.length }),
    takers: fc.double({ min: 0, max: 1, noNaN: true }),
    crisis: fc.double({ min: 1, max: 3, noNaN: true }),
    adaptive: fc.boolean(),
    customers: fc.boolean(),
  })
  .map((r) =>
    scenario({
      weeks: r.weeks,
      teams: Array.from({ length: r.teams }, (_, i) => ({ name: `T${i}`, size: r.size, customerFacing: i === 0, leader: { adaptive: r.adaptive } })),
      people: { styleMix: { giver: 0.3, matcher: 0.5, taker: r.takers } },
      policy: Object.fromEntries(LEVERS.map((l, i) => [l.key, r.levers[i]])),
      customers: { enabled: r.customers, count: 30 },
      events: [
        { type: 'crisis', week: 5, durationWeeks: 26, demandMultiplier: r.crisis },
        { type: 'layoffs', week: 15, share: 0.3 },
        { type: 'growth', week: 18, add: 3 },
        { type: 'leaderBreach', week: 12, severity: 1 },
      ],
    }),
  );

/** The unbounded fields' bounds, from the model's parameters (none grows with weeks). */
function bounds(sim: EngineSimulation): Record<string, [number, number]> {
  const p = sim.config.p;
  const benefit = Math.max(benefitOf(sim.config, KIND_KNOWLEDGE), benefitOf(sim.config, KIND_PRACTICAL), benefitOf(sim.config, KIND_EMOTIONAL));
  // At most a handful of exchanges per tie and a few dozen per person in a week; every balance decays geometrically.
  const ledger = (benefit * 8) / (1 - p.ledgerDecay);
  const perPerson = (benefit * 40) / (1 - Math.max(p.ledgerDecay, p.contributionKeep));
  const demand = 3 * p.vacancyLoadCap * (1 + p.demandNoise * 2 * Math.sqrt(3));
  return {
    demand: [0, demand],
    need: [-2, demand + 10],
    contribution: [0, perPerson],
    exchanged: [0, perPerson],
    tLedger: [-ledger, ledger],
    tResent: [0, (p.resentmentRate * 2 * ledger + 8 * p.resentPerOwed * ledger) / (1 - p.resentmentKeep)],
    conflicts: [0, sim.state.K],
    workload: [0, 1e5],
  };
}

/** A description of the violation, or '' (plain comparisons: this runs millions of times). */
function checkField(name: string, spec: FieldSpec, value: number, extra: Record<string, [number, number]>): string {
  const [lo, hi] = extra[name] ?? spec.range;
  if (!Number.isFinite(value)) return `${name} is ${value}`;
  if (lo !== null && value < lo) return `${name} = ${value} < ${lo}`;
  if (hi !== null && value > hi + 1e-6) return `${name} = ${value} > ${hi}`;
  return '';
}

describe('ranges and long runs', () => {
  it('every state variable stays within its declared range, and the unbounded ones within bounds that do not grow with time', () => {
    fc.assert(
      fc.property(arbScenario, fc.integer({ min: 0, max: 1000 }), (sc, seed) => {
        const sim = createSimulation(sc, { seed, stories: false, log: false });
        const s = sim.state;
        const extra = bounds(sim);
        const problems: string[] = [];
        const note = (problem: string) => {
          if (problem && problems.length < 5) problems.push(`week ${s.week}: ${problem}`);
        };
        for (let week = 0; week < sim.weeks; week += 13) {
          sim.step(13);
          for (let i = 0; i < s.cap; i++) {
            if (!s.alive[i]) continue;
            for (const [name, spec] of Object.entries(PERSON_FIELDS)) {
              if (name === 'payoff' || name === 'startWeek') continue;
              note(checkField(name, spec, (s as unknown as Record<string, Float32Array>)[name][i], extra));
            }
            for (let j = i * s.K; j < i * s.K + s.K; j++) {
              if (s.tPeer[j] < 0) continue;
              for (const [name, spec] of Object.entries(TIE_FIELDS)) {
                if (name === 'tLast' || name === 'tSince') continue;
                note(checkField(name, spec, (s as unknown as Record<string, Float32Array>)[name][j], extra));
              }
              if (s.tLast[j] > s.week) note(`tLast ${s.tLast[j]} is in the future`);
            }
          }
          for (let t = 0; t < s.T; t++) {
            for (const [name, spec] of Object.entries(TEAM_FIELDS)) {
              if (name === 'crisisUntil' || name === 'leaderSlot') continue;
              note(checkField(name, spec, (s as unknown as Record<string, Float32Array>)[name][t], extra));
            }
          }
        }
        // Every level and share metric stays within 0–1.
        const v = sim.result().values;
        for (let k = 0; k < v.length; k++) {
          const spec = METRICS[k % METRIC_KEYS.length];
          // A team with no members (merged away, laid off to nobody) reports its levels as missing.
          if (Number.isNaN(v[k]) && MISSING_WITHOUT_MEMBERS.includes(k % METRIC_KEYS.length)) continue;
          if (!Number.isFinite(v[k])) note(`${spec.key} is ${v[k]}`);
          else if ((spec.kind === 'share' || (spec.kind === 'level' && spec.key !== 'survey_gap')) && (v[k] < 0 || v[k] > 1)) note(`${spec.key} = ${v[k]}`);
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 12 },
    );
  }, 240_000);

  it('with every lever at 1 and an ideal leader, trust in the leader stays at most 1 over twenty years', () => {
    const sc = scenario({
      weeks: 1040,
      teams: [{ name: 'A', size: 12, leader: { empathy: 1, reliability: 1 } }],
      policy: Object.fromEntries(LEVERS.map((l) => [l.key, l.key === 'creditTaking' ? 0 : 1])),
      model: { trustGain: 1 },
    });
    const sim = createSimulation(sc, { seed: 3, stories: false, log: false });
    for (let w = 0; w < 1040; w += 52) {
      sim.step(52);
      const s = sim.state;
      for (let i = 0; i < s.cap; i++) {
        if (!s.alive[i]) continue;
        expect(s.trustLeader[i]).toBeLessThanOrEqual(1);
        for (let j = i * s.K; j < i * s.K + s.K; j++) if (s.tPeer[j] >= 0) expect(s.tTrust[j]).toBeLessThanOrEqual(1);
      }
    }
  });
});
