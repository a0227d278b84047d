/** Scenario files that used to validate and then run something other than what they say (issue: silently wrong results). */
import { describe, expect, it } from 'vitest';
import { validateScenario, createSimulation, STYLES, type ScenarioResult } from '../../sim/index.ts';

// No warm-up: the shares are those the people start with (socialisation would move some styles in a warm-up).
const minimal = { schemaVersion: 2, name: 'Tiny', warmupWeeks: 0, teams: [{ name: 'A', size: 40 }] };

function problems(result: ScenarioResult) {
  if (result.ok) throw new Error('expected problems, got a valid scenario');
  return result.problems;
}

function styleShares(input: unknown): number[] {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const sim = createSimulation(result.scenario, { stories: false });
  const people = sim.people();
  const counts = STYLES.map(() => 0);
  let members = 0;
  people.style.forEach((s, i) => {
    if (people.role[i] !== 0) return;
    counts[s]++;
    members++;
  });
  return counts.map((c) => c / members);
}

describe('styleMix says exactly what the team is', () => {
  it('refuses a mix that omits giver, matcher or taker (their old defaults would have filled it in silently)', () => {
    const found = problems(validateScenario({ ...minimal, people: { styleMix: { taker: 1 } } }));
    expect(found.map((p) => p.path).sort()).toEqual(['people.styleMix.giver', 'people.styleMix.matcher']);
    expect(found[0].message).toMatch(/required.*0 for none/);
    const team = problems(validateScenario({ ...minimal, teams: [{ name: 'A', size: 4, styleMix: { giver: 1, taker: 1 } }] }));
    expect(team.map((p) => p.path)).toEqual(['teams[0].styleMix.matcher']);
    const variant = problems(validateScenario({ ...minimal, variants: [{ name: 'v', people: { styleMix: { giver: 1 } } }] }));
    expect(variant.map((p) => p.path).sort()).toEqual(['variants[0].people.styleMix.matcher', 'variants[0].people.styleMix.taker']);
  });

  it('a mix with every weight given is exactly that mix; reputation may be left out and is then 0', () => {
    const shares = styleShares({ ...minimal, people: { styleMix: { giver: 0, matcher: 0, taker: 1 } } });
    expect(shares).toEqual([0, 0, 1, 0]);
  });

  it('refuses weights whose sum is not finite (1e308 + 1e308 made everyone a matcher)', () => {
    const found = problems(validateScenario({ ...minimal, people: { styleMix: { giver: 1e308, matcher: 0, taker: 1e308 } } }));
    expect(found).toEqual([{ path: 'people.styleMix', message: expect.stringMatching(/finite/) }]);
    const team = problems(validateScenario({ ...minimal, teams: [{ name: 'A', size: 4, styleMix: { giver: 1e308, matcher: 1e308, taker: 0 } }] }));
    expect(team[0].path).toBe('teams[0].styleMix');
  });
});

describe('names that collide with the output', () => {
  it('reserves the team name "org" for the whole-organisation rows, in any case', () => {
    for (const name of ['org', 'ORG', 'Org']) {
      const found = problems(validateScenario({ ...minimal, teams: [{ name, size: 3 }] }));
      expect(found).toEqual([{ path: 'teams[0].name', message: expect.stringMatching(/reserved/) }]);
    }
    const variant = problems(validateScenario({ ...minimal, variants: [{ name: 'v', teams: [{ name: 'org', size: 3 }] }] }));
    expect(variant[0].path).toBe('variants[0].teams[0].name');
  });
});

describe('events aimed at a team that no longer exists', () => {
  const teams = [
    { name: 'A', size: 4 },
    { name: 'B', size: 4 },
    { name: 'C', size: 4 },
  ];

  it('refuses an event at a team after it was merged away, with the event path', () => {
    const found = problems(
      validateScenario({
        ...minimal,
        teams,
        events: [
          { week: 10, type: 'teamMerger', team: 'B', into: 'A' },
          { week: 20, type: 'crisis', team: 'B' },
          { week: 30, type: 'teamMerger', team: 'C', into: 'B' },
        ],
      }),
    );
    expect(found.map((p) => p.path)).toEqual(['events[1].team', 'events[2].into']);
    expect(found[0].message).toMatch(/merged into "A" in week 10 \(events\[0\]\)/);
  });

  it('orders by week, then by position within a week (the engine applies a week’s events in scenario order)', () => {
    const sameWeekBefore = validateScenario({
      ...minimal,
      teams,
      events: [
        { week: 10, type: 'crisis', team: 'B' },
        { week: 10, type: 'teamMerger', team: 'B', into: 'A' },
      ],
    });
    expect(sameWeekBefore.ok).toBe(true);
    const listedEarlierButLater = problems(
      validateScenario({
        ...minimal,
        teams,
        events: [
          { week: 12, type: 'layoffs', team: 'B', share: 0.2 },
          { week: 10, type: 'teamMerger', team: 'B', into: 'A' },
        ],
      }),
    );
    expect(listedEarlierButLater.map((p) => p.path)).toEqual(['events[0].team']);
  });

  it('checks the events a variant adds against the base timeline', () => {
    const found = problems(
      validateScenario({
        ...minimal,
        teams,
        events: [{ week: 10, type: 'teamMerger', team: 'B', into: 'A' }],
        variants: [{ name: 'v', addEvents: [{ week: 11, type: 'newLeader', team: 'B' }] }],
      }),
    );
    expect(found.map((p) => p.path)).toEqual(['variants[0].addEvents[0].team']);
  });
});

describe('validate checks every variant as it runs', () => {
  it('refuses a variant whose resolved scenario is invalid (an all-zero style mix)', () => {
    const found = problems(
      validateScenario({ ...minimal, variants: [{ name: 'nobody', people: { styleMix: { giver: 0, matcher: 0, taker: 0 } } }] }),
    );
    expect(found).toEqual([{ path: 'variants[0].people.styleMix', message: expect.stringMatching(/at least one style/) }]);
  });
});
