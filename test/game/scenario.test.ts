/** The game section of a scenario: defaults, and bad input named by path with the fix. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, validateScenario } from '../../sim/scenario/parse.ts';

const problems = (value: unknown) => {
  const r = validateScenario(value);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
};
const base = { schemaVersion: 2, name: 'x' };

describe('the game section', () => {
  it('every scenario in scenarios/classic/ is valid', () => {
    const dir = new URL('../../scenarios/classic/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const r = parseScenarioText(readFileSync(new URL(f, dir), 'utf8'));
      expect(r.ok ? [] : r.problems, f).toEqual([]);
    }
  });

  it('fills the Evolution of Trust defaults: its coins, 10 rounds, round robin, 5 replaced', () => {
    const r = validateScenario({ ...base, game: { type: 'repeated', population: { titForTat: 10 } } });
    expect(r.ok && r.scenario.game).toMatchObject({
      payoffs: { type: 'matrix', reward: 2, temptation: 3, sucker: -1, punishment: 0 },
      rounds: 10,
      mistakes: 0,
      pairing: { type: 'roundRobin', selfPlay: false },
      evolution: { type: 'replaceWorst', count: 5 },
    });
  });

  it('names team sections in a classic-mode scenario, and a team scenario without teams', () => {
    expect(problems({ ...base, teams: [{ name: 'A', size: 2 }], events: [], game: { type: 'repeated', population: { titForTat: 2 }, evolution: { type: 'none' } } })).toEqual([
      'teams: is not used by a classic-mode scenario (one with a "game" section); remove "teams"',
      'events: is not used by a classic-mode scenario (one with a "game" section); remove "events"',
    ]);
    expect(problems(base)).toEqual(['teams: a scenario needs at least one team (or a "game" section for classic mode; see docs/theory-mode.md)']);
  });

  it('names a mistyped strategy, game type or choice with what is allowed', () => {
    expect(problems({ ...base, game: { type: 'repeated', population: { copycat: 12 } } })[0]).toMatch(/^game\.population\.copycat: unknown key "copycat"; allowed here: titForTat, /);
    expect(problems({ ...base, game: { type: 'repeat' } })).toEqual(['game.type: unknown type, got "repeat"; allowed: repeated, imageScoring']);
    expect(problems({ ...base, game: { type: 'repeated', population: { titForTat: 12 }, evolution: { type: 'best' } } })).toEqual([
      'game.evolution.type: unknown type, got "best"; allowed: replaceWorst, proportional, moran, none',
    ]);
  });

  it('checks numbers that must fit together', () => {
    expect(problems({ ...base, game: { type: 'repeated', population: { titForTat: 1 } } })).toEqual([
      'game.population: must hold at least 2 players in all, got 1 (give a strategy a count, e.g. "titForTat": 3)',
    ]);
    expect(problems({ ...base, game: { type: 'repeated', population: { titForTat: 3 }, pairing: { type: 'random' }, evolution: { type: 'replaceWorst', count: 2 } } })).toEqual([
      'game.pairing: random pairing needs an even number of players, got 3 (add or remove one player)',
      'game.evolution.count: must be at most half the players (1), got 2 (the default is 5; for a one-off tournament write "evolution": {"type": "none"})',
    ]);
    expect(problems({ ...base, game: { type: 'imageScoring', players: 10, start: [{ threshold: 0, count: 4 }, { threshold: 0, count: 5 }] } })).toEqual([
      'game.start: the counts must add up to players (10), got 9',
      'game.start[1].threshold: threshold 0 is already given in game.start[0]; give each threshold once',
    ]);
    expect(problems({ ...base, game: { type: 'repeated', population: { titForTat: 1000 }, rounds: 10000, generations: 10 } })[0]).toMatch(
      /^game: a run would play about 5\.0e\+10 rounds; the limit is 2e\+9/,
    );
    expect(problems({ ...base, game: { type: 'imageScoring', mistakes: 0.1 } })[0]).toMatch(/unknown key "mistakes"/);
  });
});
