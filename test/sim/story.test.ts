/**
 * A person's story's numbers: the weekly record kept by replaying the run is
 * the live run's, week for week, lever moves included, also for people who
 * have left; and the main falls of morale come with what went with them.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../sim/index.ts';
import { StoryHistories } from '../../sim/story/history.ts';
import { moraleTurns, MIN_TURN } from '../../sim/story/turns.ts';
import { loadScenario } from '../library/library.ts';

describe('a person’s weekly record', () => {
  it('is the live run’s morale, trust and energy week for week, for those who stay, who leave and who join, with a lever moved', () => {
    const scenario = loadScenario('layoffs-contagion.json');
    const live = createSimulation(scenario, { seed: 5 });
    const histories = new StoryHistories(scenario, 5);
    const seen = new Map<number, { from: number; morale: number[] }>();
    const move = { type: 'policyChange' as const, week: 12, policy: { advocacy: 1 } };
    for (let week = 0; week <= 40; week++) {
      if (week === 6) {
        live.schedule(move);
        histories.schedule(move);
      }
      if (week > 0) live.step(1);
      const people = live.people();
      people.ids.forEach((id, k) => {
        const s = seen.get(id) ?? { from: week, morale: [] };
        s.morale.push(people.morale[k]);
        seen.set(id, s);
      });
    }
    const left = [...live.log()].filter((e) => e.kind === 'layoff' || e.kind === 'quit').map((e) => e.personId!);
    const joined = [...live.log()].filter((e) => e.kind === 'hire').map((e) => e.personId!);
    expect(left.length).toBeGreaterThan(5);
    expect(joined.length).toBeGreaterThan(0);
    for (const id of [...seen.keys()]) {
      const record = histories.person(id, 40)!;
      expect(record.fromWeek, `person ${id}`).toBe(seen.get(id)!.from);
      expect(Array.from(record.morale), `person ${id}`).toEqual(seen.get(id)!.morale.map((v) => Math.fround(v)));
    }
    // As of an earlier week, the record stops there; someone who joins later has none yet.
    const leaver = left.find((id) => seen.get(id)!.from === 0 && seen.get(id)!.morale.length > 4)!;
    expect(histories.person(leaver, 3)!.morale.length).toBe(4);
    expect(histories.person(leaver, 40)!.morale.length).toBe(seen.get(leaver)!.morale.length);
    expect(histories.person(joined[joined.length - 1], 1)).toBeNull();
  });
});

describe('the ups and downs of morale', () => {
  it('finds a fall with the breach and the drop in trust that went with it', () => {
    const entries = [
      { week: 3, kind: 'recognised' as const },
      { week: 13, kind: 'breach' as const },
      { week: 15, kind: 'was-refused' as const },
      { week: 30, kind: 'helped' as const },
    ];
    // Steady at 0.7, falls from week 13 to 0.45 by week 22, then steady.
    const morale = Float32Array.from({ length: 40 }, (_, w) => (w < 13 ? 0.7 : w < 22 ? 0.7 - ((w - 12) * 0.25) / 9 : 0.45));
    const trust = Float32Array.from({ length: 40 }, (_, w) => (w < 13 ? 0.72 : 0.4));
    const energy = new Float32Array(40).fill(0.8);
    const turns = moraleTurns({ fromWeek: 0, morale, trustInLeader: trust, energy }, entries);
    expect(turns.length).toBe(1);
    const [fall] = turns;
    expect(fall.from).toBeLessThanOrEqual(13);
    expect(fall.to).toBeGreaterThanOrEqual(21);
    expect(fall.morale[0] - fall.morale[1]).toBeGreaterThan(0.2);
    expect(fall.trustInLeader[0]).toBeCloseTo(0.72, 5);
    expect(fall.trustInLeader[1]).toBeCloseTo(0.4, 5);
    // The breach and the refusal are the fall's moments; recognition and helping others are not.
    expect(fall.entries).toEqual([1, 2]);
  });

  it('finds nothing in a steady run, and at most three turns that never overlap', () => {
    const flat = new Float32Array(50).fill(0.6);
    expect(moraleTurns({ fromWeek: 0, morale: flat, trustInLeader: flat, energy: flat }, [])).toEqual([]);
    const wave = Float32Array.from({ length: 120 }, (_, w) => 0.5 + 0.3 * Math.sin(w / 6));
    const turns = moraleTurns({ fromWeek: 10, morale: wave, trustInLeader: wave, energy: wave }, []);
    expect(turns.length).toBe(3);
    for (let i = 1; i < turns.length; i++) expect(turns[i].from).toBeGreaterThan(turns[i - 1].to);
    for (const t of turns) expect(Math.abs(t.morale[1] - t.morale[0])).toBeGreaterThanOrEqual(MIN_TURN);
  });

  it('explains the falls of real people in a run with a breach', () => {
    const scenario = loadScenario('credit-taking.json');
    const live = createSimulation(scenario, { seed: 1 });
    live.step(40);
    const histories = new StoryHistories(scenario, 1);
    let explained = 0;
    for (const id of live.people().ids) {
      const weeks = histories.person(id, 40);
      if (!weeks) continue;
      const story = live.story(id);
      const falls = moraleTurns(weeks, story).filter((t) => t.morale[1] < t.morale[0] && t.from <= 16 && t.to >= 13);
      if (falls.some((t) => t.entries.some((i) => story[i].kind === 'breach') && t.trustInLeader[1] < t.trustInLeader[0])) explained++;
    }
    expect(explained).toBeGreaterThan(0);
  });
});
