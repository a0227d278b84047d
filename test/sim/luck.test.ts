import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, runScenario } from '../../sim/engine/simulation.ts';
import { scenarioLuck } from '../../sim/engine/random.ts';
import { parseScenarioText } from '../../sim/scenario/parse.ts';
import { resolveVariant } from '../../sim/scenario/variants.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { scenario } from './helpers.ts';

/**
 * Each scenario draws its own people, names and luck: a run's luck is its seed
 * combined with the scenario's name, so the same seed in two scenarios does not
 * replay the same people leaving in the same week (which reads as a scripted
 * story), while a scenario's variants keep its name and so its people and luck.
 */
function library(): { file: string; scenario: Scenario }[] {
  return readdirSync('scenarios')
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .map((file) => {
      const parsed = parseScenarioText(readFileSync(`scenarios/${file}`, 'utf8'));
      if (!parsed.ok) throw new Error(`${file} is invalid`);
      return { file, scenario: parsed.scenario };
    })
    .filter((x) => !x.scenario.game);
}

describe('each scenario its own luck', () => {
  it('no two library scenarios share a leaver’s name and week at their own seeds', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { file, scenario: sc } of library()) {
      const sim = createSimulation(sc, { stories: false });
      sim.step(sim.weeks);
      for (const line of sim.log()) {
        if (line.kind !== 'quit' || line.personId === undefined) continue;
        const key = `${sim.personName(line.personId)} in week ${line.week}`;
        const other = seen.get(key);
        if (other && other !== file) clashes.push(`${key}: ${other} and ${file}`);
        seen.set(key, file);
      }
    }
    expect(seen.size).toBeGreaterThan(20);
    expect(clashes).toEqual([]);
  });

  it('the same seed gives different people in scenarios with different names, and the same in a variant', () => {
    const a = scenario({ name: 'First', weeks: 20, teams: [{ name: 'A', size: 12 }], variants: [{ name: 'same', description: 'only words differ' }] });
    const b = scenario({ name: 'Second', weeks: 20, teams: [{ name: 'A', size: 12 }] });
    expect(scenarioLuck(1, 'First')).not.toBe(scenarioLuck(1, 'Second'));
    const runA = runScenario(a, { seed: 1 });
    expect(Array.from(runScenario(b, { seed: 1 }).values)).not.toEqual(Array.from(runA.values));
    const variant = resolveVariant(a, 'same');
    if (!variant.ok) throw new Error('variant');
    expect(variant.scenario.name).toBe('First');
    expect(Array.from(runScenario(variant.scenario, { seed: 1 }).values)).toEqual(Array.from(runA.values));
    const names = (sc: Scenario) => createSimulation(sc, { seed: 1 }).people().names.join(',');
    expect(names(a)).not.toBe(names(b));
  });
});
