import { describe, expect, it } from 'vitest';
import { createSimulation, runScenario } from '../../sim/engine/simulation.ts';
import { helpProbability } from '../../sim/engine/helping.ts';
import { findTie } from '../../sim/engine/ties.ts';
import { GIVER, MATCHER, TAKER } from '../../sim/engine/state.ts';
import { ROLE_MEMBER } from '../../sim/types.ts';
import { metric, scenario, total } from './helpers.ts';

describe('trust in the leader', () => {
  it('a breach drops trust in the leader faster than consistency rebuilds it', () => {
    const sc = scenario({ weeks: 60, teams: [{ name: 'A', size: 10 }], events: [{ type: 'leaderBreach', week: 20, severity: 1 }] });
    const r = runScenario(sc, { seed: 3 });
    const before = metric(r, 'trust_in_leader', 19);
    const drop = before - metric(r, 'trust_in_leader', 21);
    const recoveredIn13 = metric(r, 'trust_in_leader', 34) - metric(r, 'trust_in_leader', 21);
    expect(drop).toBeGreaterThan(0.1);
    expect(recoveredIn13).toBeGreaterThan(0);
    expect(drop).toBeGreaterThan(2 * recoveredIn13);
    // Still visible a quarter later.
    expect(before - metric(r, 'trust_in_leader', 33)).toBeGreaterThan(0.05);
  });

  it('a new leader restarts trust in the leader', () => {
    const sc = scenario({ weeks: 12, teams: [{ name: 'A', size: 8 }], events: [{ type: 'newLeader', week: 10, team: 'A' }] });
    const r = runScenario(sc, { seed: 1 });
    expect(metric(r, 'trust_in_leader', 10)).toBeLessThan(0.56);
    expect(metric(r, 'hires', 10)).toBe(1);
    expect(metric(r, 'layoffs', 10)).toBe(1);
  });
});

describe('reciprocity styles', () => {
  it('a taker who never reciprocates ends up refused by a matcher', () => {
    const sc = scenario({
      weeks: 30,
      model: { workplaceLayers: 0 },
      teams: [{ name: 'A', size: 2, styleCounts: { matcher: 1, taker: 1 } }],
    });
    const sim = createSimulation(sc, { seed: 5 });
    const s = sim.state;
    const members = [...Array(s.cap).keys()].filter((i) => s.alive[i] && s.role[i] === ROLE_MEMBER);
    const matcher = members.find((i) => s.style[i] === MATCHER)!;
    const taker = members.find((i) => s.style[i] === TAKER)!;
    const tie = findTie(s, matcher, taker);
    expect(helpProbability(s, sim.config, matcher, taker, tie)).toBeCloseTo(0.9);
    let refusingWeeks = 0;
    for (let w = 1; w <= 30; w++) {
      sim.step(1);
      if (w > 6 && helpProbability(s, sim.config, matcher, taker, tie) === sim.config.p.matcherForgiveness) refusingWeeks++;
    }
    // The ledger hovers at the matcher's tolerance: the taker is refused most weeks, forgiven now and then.
    expect(refusingWeeks).toBeGreaterThan(12);
  });

  it('reciprocators beat defectors in the bare donation game when benefit is high and play repeats', () => {
    const sc = scenario({
      weeks: 100,
      model: { workplaceLayers: 0, knowledgeCost: 0.1, knowledgeBenefit: 0.4, practicalCost: 0.1, practicalBenefit: 0.4, emotionalCost: 0.1, emotionalBenefit: 0.4 },
      teams: [{ name: 'A', size: 20, styleCounts: { matcher: 10, taker: 10 } }],
    });
    let matcherMinusTaker = 0;
    for (const seed of [1, 2, 3, 4]) {
      const sim = createSimulation(sc, { seed });
      sim.step(100);
      const s = sim.state;
      let m = 0, t = 0, nm = 0, nt = 0;
      for (let i = 0; i < s.cap; i++) {
        if (!s.alive[i] || s.role[i] !== ROLE_MEMBER) continue;
        if (s.style[i] === MATCHER) { m += s.payoff[i]; nm++; } else if (s.style[i] === TAKER) { t += s.payoff[i]; nt++; }
      }
      matcherMinusTaker += m / nm - t / nt;
    }
    expect(matcherMinusTaker).toBeGreaterThan(0);
  });

  it('givers help even those who never give back', () => {
    const sc = scenario({ weeks: 30, model: { workplaceLayers: 0 }, teams: [{ name: 'A', size: 2, styleCounts: { giver: 1, taker: 1 } }] });
    const sim = createSimulation(sc, { seed: 2 });
    sim.step(30);
    const s = sim.state;
    const giver = [...Array(s.cap).keys()].find((i) => s.alive[i] && s.style[i] === GIVER && s.role[i] === ROLE_MEMBER)!;
    const taker = [...Array(s.cap).keys()].find((i) => s.alive[i] && s.style[i] === TAKER)!;
    expect(helpProbability(s, sim.config, giver, taker, findTie(s, giver, taker))).toBeGreaterThan(0.9);
  });
});

describe('turnover and hiring', () => {
  it('a hiring freeze holds vacancies open', () => {
    const sc = scenario({
      weeks: 40,
      model: { baseQuitHazard: 0.05, hiringDelayWeeks: 2 },
      teams: [{ name: 'A', size: 20 }],
      events: [{ type: 'hiringFreeze', week: 1, durationWeeks: 25 }],
    });
    const r = runScenario(sc, { seed: 7 });
    let hiresDuringFreeze = 0;
    for (let w = 1; w <= 25; w++) hiresDuringFreeze += metric(r, 'hires', w);
    expect(total(r, 'quits')).toBeGreaterThan(3);
    expect(hiresDuringFreeze).toBe(0);
    expect(metric(r, 'hires', 26)).toBeGreaterThan(0);
  });

  it('growth opens new positions, filled after the hiring delay (and held by a freeze)', () => {
    const base = { weeks: 20, model: { baseQuitHazard: 0, hiringDelayWeeks: 3 }, teams: [{ name: 'A', size: 10 }, { name: 'B', size: 6 }] };
    const r = runScenario(scenario({ ...base, events: [{ type: 'growth', week: 5, team: 'B', add: 4 }] }), { seed: 2 });
    // Nobody quits (hazard 0), so every hire is a new position: none before week 8, four in week 8, all in team B.
    for (let w = 1; w < 8; w++) expect(metric(r, 'hires', w)).toBe(0);
    expect(metric(r, 'hires', 8, 1)).toBe(4);
    expect(metric(r, 'headcount', 8, 1)).toBe(metric(r, 'headcount', 7, 1) + 4);
    expect(metric(r, 'headcount', 20, 0)).toBe(metric(r, 'headcount', 1, 0));
    const sim = createSimulation(scenario({ ...base, events: [{ type: 'growth', week: 5, add: 2 }] }), { seed: 2 });
    sim.step(20);
    expect(total(sim.result(), 'hires')).toBe(4); // every team when none is named
    expect(sim.log().filter((l) => l.week === 5 && /grows: 2 new positions open/.test(l.text))).toHaveLength(2);
    const frozen = runScenario(
      scenario({ ...base, events: [{ type: 'growth', week: 5, team: 'A', add: 3 }, { type: 'hiringFreeze', week: 1, durationWeeks: 12 }] }),
      { seed: 2 },
    );
    expect(total(frozen, 'hires')).toBe(3);
    for (let w = 1; w <= 12; w++) expect(metric(frozen, 'hires', w)).toBe(0);
  });

  it('growth beyond the starting headcount has storage slots for everyone', () => {
    const sc = scenario({ weeks: 12, model: { baseQuitHazard: 0, hiringDelayWeeks: 1 }, teams: [{ name: 'A', size: 2 }], events: [{ type: 'growth', week: 2, add: 40 }] });
    const r = runScenario(sc, { seed: 1 });
    expect(metric(r, 'headcount', 12)).toBe(43);
  });

  it('a layoff removes the share asked', () => {
    const sc = scenario({ weeks: 6, teams: [{ name: 'A', size: 10 }], events: [{ type: 'layoffs', week: 5, share: 0.5 }] });
    const r = runScenario(sc, { seed: 1 });
    expect(metric(r, 'layoffs', 5)).toBe(5);
    expect(metric(r, 'headcount', 5)).toBe(metric(r, 'headcount', 4) - 5 + metric(r, 'hires', 5) - metric(r, 'quits', 5));
  });

  it('a merged team reports headcount 0, its morale as missing (NaN), and the absorbing team grows', () => {
    const sc = scenario({ weeks: 6, teams: [{ name: 'A', size: 5 }, { name: 'B', size: 5 }], events: [{ type: 'teamMerger', week: 3, team: 'A', into: 'B' }] });
    const r = runScenario(sc, { seed: 1 });
    expect(metric(r, 'headcount', 3, 0)).toBe(0);
    expect(metric(r, 'morale_mean', 3, 0)).toBeNaN();
    expect(metric(r, 'quits', 3, 0)).toBe(0);
    expect(metric(r, 'headcount', 3, 1)).toBeGreaterThanOrEqual(11 - total(r, 'quits'));
  });

  it("a close colleague's exit puts their colleagues at higher risk for contagionWeeks", () => {
    const sc = scenario({ weeks: 12, teams: [{ name: 'A', size: 10 }], events: [{ type: 'keyPersonLeaves', week: 10 }] });
    const sim = createSimulation(sc, { seed: 1 });
    sim.step(10);
    const s = sim.state;
    const atRisk = [...Array(s.cap).keys()].filter((i) => s.alive[i] && s.contagionUntil[i] === 10 + sim.config.p.contagionWeeks);
    expect(atRisk.length).toBeGreaterThan(0);
    expect(sim.log().some((l) => l.week === 10 && /close colleague/.test(l.text))).toBe(true);
  });
});

describe('conflict and repair', () => {
  it('mediation shortens conflicts', () => {
    const base = { weeks: 80, people: { styleMix: { giver: 0.3, matcher: 0.2, taker: 0.5 } }, teams: [{ name: 'A', size: 12 }, { name: 'B', size: 12 }] };
    let withMediation = 0;
    let without = 0;
    for (let seed = 1; seed <= 8; seed++) {
      withMediation += total(runScenario(scenario({ ...base, policy: { mediation: 1 } }), { seed }), 'conflicts');
      without += total(runScenario(scenario({ ...base, policy: { mediation: 0 } }), { seed }), 'conflicts');
    }
    expect(withMediation).toBeLessThan(without);
  });
});

describe('stories and log', () => {
  it('tells why a person left, in plain language, and can be switched off', () => {
    const sc = scenario({ weeks: 52, model: { baseQuitHazard: 0.03 }, teams: [{ name: 'A', size: 12 }] });
    const sim = createSimulation(sc, { seed: 2 });
    sim.step(52);
    const quit = sim.log().find((l) => l.kind === 'quit')!;
    expect(quit.cause).toBeDefined();
    expect(quit.text).toMatch(/ left — /);
    const story = sim.story(quit.personId!);
    expect(story.at(-1)?.kind).toBe('left');
    expect(story.length).toBeLessThanOrEqual(40);
    expect(sim.personName(quit.personId!)).toBe(quit.text.split(' left')[0]);
    const quiet = createSimulation(sc, { seed: 2, stories: false });
    quiet.step(52);
    expect(quiet.story(quit.personId!)).toEqual([]);
    expect(quiet.result().values).toEqual(sim.result().values);
  });
});
