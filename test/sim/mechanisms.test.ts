import { describe, expect, it } from 'vitest';
import { helpProbability, obligation } from '../../sim/engine/exchange.ts';
import { createSimulation, runScenario, type EngineSimulation } from '../../sim/engine/simulation.ts';
import { findTie, idleWeeks, ledgerNow, touchTie, trustNow } from '../../sim/engine/ties.ts';
import { searchHazard } from '../../sim/engine/turnover.ts';
import { GIVER, MATCHER, TAKER, TIE_BOUNDARY, TIE_MENTOR } from '../../sim/engine/state.ts';
import { ROLE_MEMBER } from '../../sim/types.ts';
import { metric, scenario, total } from './helpers.ts';

/** Slots of the live members of a run. */
function members(sim: EngineSimulation): number[] {
  const s = sim.state;
  return [...Array(s.cap).keys()].filter((i) => s.alive[i] && s.role[i] === ROLE_MEMBER);
}

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

describe('reciprocity styles (the bare donation game)', () => {
  it('a taker who never reciprocates ends up refused by a matcher', () => {
    const sc = scenario({ weeks: 30, warmupWeeks: 0, model: { workplaceLayers: 0 }, teams: [{ name: 'A', size: 2, styleCounts: { matcher: 1, taker: 1 } }] });
    const sim = createSimulation(sc, { seed: 5 });
    const s = sim.state;
    const matcher = members(sim).find((i) => s.style[i] === MATCHER)!;
    const taker = members(sim).find((i) => s.style[i] === TAKER)!;
    const tie = findTie(s, matcher, taker);
    expect(helpProbability(s, sim.config, matcher, taker, tie)).toBeCloseTo(0.9);
    let refusingWeeks = 0;
    for (let w = 1; w <= 30; w++) {
      sim.step(1);
      if (w > 6 && helpProbability(s, sim.config, matcher, taker, tie) === sim.config.p.matcherForgiveness) refusingWeeks++;
    }
    expect(refusingWeeks).toBeGreaterThan(12);
  });

  it('givers help even those who never give back', () => {
    const sc = scenario({ weeks: 30, model: { workplaceLayers: 0 }, teams: [{ name: 'A', size: 2, styleCounts: { giver: 1, taker: 1 } }] });
    const sim = createSimulation(sc, { seed: 2 });
    sim.step(30);
    const s = sim.state;
    const giver = members(sim).find((i) => s.style[i] === GIVER)!;
    const taker = members(sim).find((i) => s.style[i] === TAKER)!;
    expect(helpProbability(s, sim.config, giver, taker, findTie(s, giver, taker))).toBeGreaterThan(0.9);
  });
});

describe('obligation, offers and boundaries', () => {
  /** A team of two matchers at week 0, for setting up exact cases. */
  function pair() {
    const sim = createSimulation(scenario({ weeks: 10, warmupWeeks: 0, teams: [{ name: 'A', size: 2, styleCounts: { matcher: 2 } }] }), { seed: 1 });
    const [a, b] = members(sim);
    return { sim, s: sim.state, a, b, ab: findTie(sim.state, a, b), ba: findTie(sim.state, b, a) };
  }

  it('owing a colleague raises the chance of helping them back; a taker feels it less', () => {
    const { sim, s, a, b, ab, ba } = pair();
    const before = helpProbability(s, sim.config, a, b, ab);
    s.tLedger[ab] = -0.2; // b has given a more than a gave b
    s.tLedger[ba] = 0.2;
    const owing = helpProbability(s, sim.config, a, b, ab);
    expect(obligation(s, sim.config, a, -0.2)).toBe(1);
    expect(owing).toBeGreaterThan(before);
    s.style[a] = TAKER;
    expect(obligation(s, sim.config, a, -0.2)).toBeCloseTo(sim.config.p.takerObligation);
  });

  it('a boundary set after a brushed-off imbalance caps help once the other owes too much', () => {
    const { sim, s, a, b, ab } = pair();
    s.tLedger[ab] = 0.6;
    s.style[a] = GIVER;
    const giving = helpProbability(s, sim.config, a, b, ab);
    s.tFlags[ab] |= TIE_BOUNDARY;
    expect(helpProbability(s, sim.config, a, b, ab)).toBeLessThanOrEqual(sim.config.p.matcherForgiveness);
    expect(giving).toBeGreaterThan(sim.config.p.matcherForgiveness);
  });

  it('a giver with time to spare steps in for a struggling colleague without being asked', () => {
    const sc = scenario({
      weeks: 40,
      people: { styleMix: { giver: 1, matcher: 0, taker: 0 } },
      model: { askBase: 0, askSafetyGain: 0 },
      teams: [{ name: 'A', size: 8 }],
      events: [{ type: 'crisis', week: 1, durationWeeks: 40, demandMultiplier: 1.3 }],
    });
    const r = runScenario(sc, { seed: 4 });
    expect(total(r, 'help_asked')).toBe(0); // nobody asks
    expect(total(r, 'help_offered')).toBeGreaterThan(0);
  });
});

describe('ties', () => {
  it('a ledger decays and trust fades lazily: read at any week, as if decayed week by week; touching changes nothing', () => {
    const sim = createSimulation(scenario({ weeks: 60, warmupWeeks: 0, teams: [{ name: 'A', size: 2 }], model: { askBase: 0, askSafetyGain: 0, giverOffer: 0, matcherOffer: 0, takerOffer: 0, resentmentRate: 0 } }), { seed: 1 });
    const s = sim.state;
    const [a, b] = members(sim);
    const i = findTie(s, a, b);
    touchTie(s, sim.config, i);
    s.tLedger[i] = 0.5;
    s.tTrust[i] = 0.9;
    let ledger = 0.5;
    for (let w = 1; w <= 40; w++) {
      sim.step(1);
      ledger *= sim.config.p.ledgerDecay;
      expect(ledgerNow(s, sim.config, i)).toBeCloseTo(ledger, 5);
    }
    expect(idleWeeks(s, i)).toBe(40);
    const p = sim.config.p;
    // Past fadeAfterWeeks, trust fades toward where the tie's history leaves it, never below.
    const floor = p.fadeTarget + p.fadeHistory * (0.9 - p.fadeTarget);
    const trust = trustNow(s, sim.config, i);
    expect(trust).toBeLessThan(0.9);
    expect(trust).toBeGreaterThan(floor);
    touchTie(s, sim.config, i);
    expect(trustNow(s, sim.config, i)).toBeCloseTo(trust, 6);
    expect(ledgerNow(s, sim.config, i)).toBeCloseTo(ledger, 5);
  });

  it('a mentor looks after one newcomer at a time', () => {
    const sc = scenario({
      weeks: 30,
      teams: [{ name: 'A', size: 12 }],
      policy: { mentorship: 1 },
      model: { hiringDelayWeeks: 1 },
      events: [{ type: 'growth', week: 2, add: 4 }],
    });
    const sim = createSimulation(sc, { seed: 3 });
    sim.step(8);
    const s = sim.state;
    const mentees = new Map<number, number>();
    for (const i of members(sim)) {
      if (s.week - s.startWeek[i] >= sim.config.p.newcomerWeeks) continue;
      for (let j = i * s.K; j < i * s.K + s.K; j++) {
        if (s.tPeer[j] >= 0 && s.tFlags[j] & TIE_MENTOR) mentees.set(s.tPeer[j], (mentees.get(s.tPeer[j]) ?? 0) + 1);
      }
    }
    expect(mentees.size).toBeGreaterThanOrEqual(3);
    for (const n of mentees.values()) expect(n).toBeLessThanOrEqual(sim.config.p.menteesPerMentor);
  });
});

describe('turnover and hiring', () => {
  it('close colleagues who are looking for another job raise one’s own search hazard; an exit sets no term of its own', () => {
    const sim = createSimulation(scenario({ weeks: 20, teams: [{ name: 'A', size: 10 }] }), { seed: 2 });
    const s = sim.state;
    const x = { pushes: new Float64Array(6) };
    const i = members(sim)[0];
    for (let j = i * s.K; j < i * s.K + s.K; j++) if (s.tPeer[j] >= 0) s.tTrust[j] = 0.9;
    const calm = searchHazard(s, sim.config, i, x);
    for (let j = i * s.K; j < i * s.K + s.K; j++) if (s.tPeer[j] >= 0) s.searching[s.tPeer[j]] = 1;
    const looking = searchHazard(s, sim.config, i, x);
    expect(looking - calm).toBeCloseTo(sim.config.p.baseQuitHazard * sim.config.p.contagionStrength, 9);
  });

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
    for (let w = 1; w < 8; w++) expect(metric(r, 'hires', w)).toBe(0);
    expect(metric(r, 'hires', 8, 1)).toBe(4);
    expect(metric(r, 'headcount', 8, 1)).toBe(metric(r, 'headcount', 7, 1) + 4);
    expect(metric(r, 'headcount', 20, 0)).toBe(metric(r, 'headcount', 1, 0));
    const sim = createSimulation(scenario({ ...base, events: [{ type: 'growth', week: 5, add: 2 }] }), { seed: 2 });
    sim.step(20);
    expect(total(sim.result(), 'hires')).toBe(4);
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
    expect(metric(runScenario(sc, { seed: 1 }), 'headcount', 12)).toBe(43);
  });

  it('a layoff removes the share asked, and most of their work stays with the survivors', () => {
    const sc = scenario({ weeks: 6, teams: [{ name: 'A', size: 10 }], events: [{ type: 'layoffs', week: 5, share: 0.5 }] });
    const sim = createSimulation(sc, { seed: 1 });
    sim.step(6);
    const r = sim.result();
    expect(metric(r, 'layoffs', 5)).toBe(5);
    expect(metric(r, 'headcount', 5)).toBe(metric(r, 'headcount', 4) - 5 + metric(r, 'hires', 5) - metric(r, 'quits', 5));
    expect(sim.state.workload[0]).toBeCloseTo(10 - 5 * (1 - sim.config.p.layoffWorkRetained), 5);
  });

  it('a merged team reports headcount 0, its morale as missing (NaN), and the absorbing team grows', () => {
    const sc = scenario({ weeks: 6, teams: [{ name: 'A', size: 5 }, { name: 'B', size: 5 }], events: [{ type: 'teamMerger', week: 3, team: 'A', into: 'B' }] });
    const r = runScenario(sc, { seed: 1 });
    expect(metric(r, 'headcount', 3, 0)).toBe(0);
    expect(metric(r, 'morale_mean', 3, 0)).toBeNaN();
    expect(metric(r, 'quits', 3, 0)).toBe(0);
    expect(metric(r, 'headcount', 3, 1)).toBeGreaterThanOrEqual(11 - total(r, 'quits'));
  });

  it('the warm-up leaves tenure and skill near their steady state, so week 1 looks like week 520', () => {
    const sc = scenario({ weeks: 520, teams: [{ name: 'A', size: 30 }, { name: 'B', size: 30 }] });
    const sim = createSimulation(sc, { seed: 5, stories: false, log: false });
    const means = () => {
      const s = sim.state;
      let skill = 0, tenure = 0, n = 0;
      for (const i of members(sim)) {
        skill += s.skill[i];
        tenure += s.week - s.startWeek[i];
        n++;
      }
      return { skill: skill / n, tenure: tenure / n };
    };
    const start = means();
    let later = { skill: 0, tenure: 0 };
    for (let k = 0; k < 5; k++) {
      sim.step(104);
      const m = means();
      later = { skill: later.skill + m.skill / 5, tenure: later.tenure + m.tenure / 5 };
    }
    expect(Math.abs(start.skill - later.skill) / later.skill).toBeLessThan(0.05);
    expect(Math.abs(start.tenure - later.tenure) / later.tenure).toBeLessThan(0.35);
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
    const quits = sim.log().filter((l) => l.kind === 'quit');
    // People start looking before they leave (some started in the warm-up, before the story begins).
    expect(quits.some((q) => sim.story(q.personId!).some((e) => e.kind === 'looking'))).toBe(true);
    const quit = quits[0];
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
