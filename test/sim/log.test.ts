import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, parseScenarioText, restoreSimulation, runScenario, type Scenario } from '../../sim/index.ts';

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
