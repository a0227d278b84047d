/**
 * The built-in default scenario ("a healthy team of twelve"), used by the app
 * and the CLI when given none. It is the library file scenarios/healthy-team.json,
 * imported as data so the engine needs no file system.
 */
import healthyTeam from '../../scenarios/healthy-team.json' with { type: 'json' };
import { validateScenario } from './parse.ts';
import type { Scenario } from './schema.ts';

function load(): Scenario {
  const result = validateScenario(healthyTeam);
  if (!result.ok) throw new Error(`the built-in default scenario is invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.scenario;
}

export const DEFAULT_SCENARIO: Scenario = load();
