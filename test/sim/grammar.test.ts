/**
 * Every sentence the engine writes for people — the event log and each
 * person's story — read through a grammar check: every library scenario and
 * variant on a few seeds, and a scenario with every event type (so every
 * template is reached), plus the note the trainer page writes for a lever
 * moved during a session.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, LEVERS, type Scenario } from '../../sim/index.ts';
import { variantNames } from '../../sim/scenario/variants.ts';
import { loadScenario, resolveRun, scenarioFiles } from '../library/library.ts';
import { scenario } from './helpers.ts';
import { grammarProblems } from './grammar.ts';

/** Every log line and story sentence of a run, with where it came from. */
function sentences(run: Scenario, seed: number, weeks = run.weeks): { where: string; text: string }[] {
  const sim = createSimulation(run, { seed, stories: true, log: true });
  sim.step(weeks);
  const out = sim.log().map((entry) => ({ where: `${run.name} seed ${seed} week ${entry.week} log`, text: entry.text }));
  const ids = new Set<number>();
  for (const entry of sim.log()) if (entry.personId !== undefined) ids.add(entry.personId);
  for (const id of sim.people().ids) ids.add(id);
  for (const id of ids) for (const entry of sim.story(id)) out.push({ where: `${run.name} seed ${seed} story of ${id}`, text: entry.text });
  return out;
}

function problemsOf(list: { where: string; text: string }[]): string[] {
  return list.flatMap(({ where, text }) => grammarProblems(text).map((p) => `${where}: ${p}: ${text}`));
}

/** A scenario that reaches every event type and both kinds of policy change. */
const EVERY_EVENT = scenario({
  weeks: 40,
  teams: [
    { name: 'Design', size: 8, leader: { name: 'Sam' } },
    { name: 'Platform', size: 8 },
  ],
  customers: { enabled: true, count: 40 },
  events: [
    { type: 'leaderBreach', week: 2, team: 'Design' },
    { type: 'leaderApology', week: 3, team: 'Design', sustainedChange: false },
    { type: 'leaderApology', week: 4, team: 'Design', sustainedChange: true, note: 'Sam says sorry in the team meeting.' },
    { type: 'policyChange', week: 5, policy: { recognitionFrequency: 0.3 } },
    { type: 'policyChange', week: 5, team: 'Platform', policy: { workloadProtection: 0.8, advocacy: 0.9, delegation: 0.2 } },
    { type: 'crisis', week: 6, durationWeeks: 4, demandMultiplier: 1.8 },
    { type: 'crisis', week: 7, team: 'Platform', durationWeeks: 2 },
    { type: 'hiringFreeze', week: 8, durationWeeks: 3 },
    { type: 'growth', week: 9, team: 'Design', add: 1 },
    { type: 'growth', week: 9, team: 'Platform', add: 2 },
    { type: 'serviceFailure', week: 10, honest: true },
    { type: 'serviceFailure', week: 11, honest: false },
    { type: 'keyPersonLeaves', week: 12, team: 'Platform' },
    { type: 'layoffs', week: 14, share: 0.25 },
    { type: 'newLeader', week: 16, team: 'Platform', leader: { name: 'Ash' } },
    { type: 'teamMerger', week: 20, team: 'Platform', into: 'Design' },
  ],
});

describe('the sentences the engine writes', () => {
  it('the check itself catches the mistakes it is for', () => {
    expect(grammarProblems('The exit interview names never felt they belonged.')).toContain('“names” followed by a verb phrase');
    expect(grammarProblems('Paula left — burnout. Burnout burnout.').join()).toMatch(/doubled word/);
    expect(grammarProblems('Policy changed: recognitionFrequency 0.3.').join()).toMatch(/internal name/);
    expect(grammarProblems('paula left.')).toContain('does not start with a capital letter');
    expect(grammarProblems('Paula left')).toContain('does not end with a full stop');
    expect(grammarProblems('Paula laid off.')).toContain('a cause written as if it were a verb');
    expect(grammarProblems('Paula left — burnout. The exit interview says "a better offer elsewhere" (the real reason: burnout).')).toEqual([]);
  });

  it('are grammatical in every library scenario and variant', () => {
    const all: { where: string; text: string }[] = [];
    for (const file of scenarioFiles()) {
      const base = loadScenario(file);
      for (const name of variantNames(base)) for (const seed of [1, 2]) all.push(...sentences(resolveRun(base, name), seed));
    }
    expect(all.length).toBeGreaterThan(1000);
    expect(problemsOf(all)).toEqual([]);
  });

  it('are grammatical for every event type, a team-level policy change and a lever moved during a session', () => {
    const all = [1, 2, 3].flatMap((seed) => sentences(EVERY_EVENT, seed));
    for (const type of ['apologised', 'set to', 'crisis', 'freeze', 'grows', 'service failure', 'let go', 'merged', 'replaced']) {
      expect(all.some((s) => s.text.toLowerCase().includes(type)), type).toBe(true);
    }
    // Every lever's name reads in a sentence; and the note the worker adds to a lever moved during a session.
    for (const lever of LEVERS) {
      const run = scenario({ weeks: 2, teams: [{ name: 'Team', size: 4 }], events: [{ type: 'policyChange', week: 1, policy: { [lever.key]: lever.max }, note: 'Lever moved during the session.' }] });
      all.push(...sentences(run, 1));
    }
    expect(problemsOf(all)).toEqual([]);
  });
});
