import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, parseScenarioText, restoreSimulation, runScenario, type Scenario } from '../../sim/index.ts';
import { BURNOUT_RETELL_WEEKS } from '../../sim/narrate/happenings.ts';

function library(file: string): Scenario {
  const result = parseScenarioText(readFileSync(`scenarios/${file}`, 'utf8'));
  if (!result.ok) throw new Error(`${file} is invalid`);
  return result.scenario;
}

describe('the event log and the stories', () => {
  it('tell the room when someone burns out during a crisis, in plain words', () => {
    const sim = createSimulation(library('burnout-spiral.json'), { seed: 1 });
    sim.step(30);
    // The crisis starts at week 8.
    const burnouts = sim.log().filter((e) => e.kind === 'burnout' && e.week >= 8);
    expect(burnouts.length).toBeGreaterThan(0);
    expect(burnouts[0].text).toMatch(/^\S+ is running on empty: burnt out\.$/);
    expect(sim.story(burnouts[0].personId!).some((s) => s.kind === 'burnout' && s.week === burnouts[0].week)).toBe(true);
  });

  it('tell a burnout once per episode: the same person is not logged burning out again within BURNOUT_RETELL_WEEKS', () => {
    let burnouts = 0;
    let crossings = 0;
    for (const file of ['healthy-team.json', 'burnout-spiral.json']) {
      for (const seed of [1, 2, 3]) {
        const sim = createSimulation(library(file), { seed });
        const last = new Map<number, number>();
        const burnt = new Set<number>();
        for (let week = 1; week <= 104; week++) {
          sim.step(1);
          // The model's burnout state may go back and forth at the threshold: count its new entries.
          const people = sim.people();
          for (let i = 0; i < people.ids.length; i++) {
            if (people.burnout[i] === 1 && !burnt.has(people.ids[i])) crossings++;
            if (people.burnout[i] === 1) burnt.add(people.ids[i]);
            else burnt.delete(people.ids[i]);
          }
        }
        for (const line of sim.log().filter((e) => e.kind === 'burnout')) {
          burnouts++;
          const before = last.get(line.personId!);
          if (before !== undefined) expect(line.week - before, `${file} seed ${seed}: ${line.text}`).toBeGreaterThanOrEqual(BURNOUT_RETELL_WEEKS);
          last.set(line.personId!, line.week);
        }
      }
    }
    expect(burnouts).toBeGreaterThan(0);
    // The state crossed the threshold more often than the log tells (else this test would show nothing).
    expect(crossings).toBeGreaterThan(burnouts);
  });

  it('never change the model: every metric is identical with stories and the log on or off', () => {
    const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const file of files) {
      const scenario = library(file);
      const on = runScenario(scenario, { seed: 3, stories: true, log: true }).values;
      const off = runScenario(scenario, { seed: 3, stories: false }).values;
      expect(Array.from(off), file).toEqual(Array.from(on));
    }
  });

  it('is kept by default in a live run, and not kept when switched off or by runScenario', () => {
    const scenario = library('burnout-spiral.json');
    const kept = createSimulation(scenario, { seed: 1, stories: false });
    const skipped = createSimulation(scenario, { seed: 1, stories: false, log: false });
    kept.step(40);
    skipped.step(40);
    expect(kept.log().length).toBeGreaterThan(0);
    expect(skipped.log()).toEqual([]);
    expect(skipped.state.log).toBeNull();
    expect(Array.from(skipped.result().values)).toEqual(Array.from(kept.result().values));
    // A snapshot keeps the choice.
    expect(restoreSimulation(skipped.snapshot()).log()).toEqual([]);
  });
});
