/**
 * Loading the scenario library from scenarios/ for the library tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolveVariant, validateScenario, type Scenario } from '../../sim/index.ts';

export const SCENARIO_DIR = new URL('../../scenarios/', import.meta.url);

/** Every scenario file in scenarios/ (the JSON Schema excepted), sorted. */
export function scenarioFiles(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .sort();
}

export function readScenarioJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, SCENARIO_DIR), 'utf8'));
}

export function loadScenario(file: string): Scenario {
  const result = validateScenario(readScenarioJson(file));
  if (!result.ok) throw new Error(`${file}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.scenario;
}

export function resolveRun(scenario: Scenario, name: string): Scenario {
  const result = resolveVariant(scenario, name);
  if (!result.ok) throw new Error(`${scenario.name} / ${name}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.scenario;
}
