/**
 * What a scenario's reproducibility hash covers: what the engine reads — the
 * name included, since a run's luck is its seed combined with the scenario's
 * name (sim/engine/random.ts scenarioLuck). The `$schema` pointer, the
 * description and facilitator note, and variants' descriptions are
 * documentation for people and editors; changing them changes no result, so
 * they are left out and the same runs keep the same hash. The CLI's stamps and
 * the comparison page both hash this.
 */
import type { Scenario } from './schema.ts';

export function scenarioForHash(scenario: Scenario): unknown {
  const { $schema: _schema, description: _description, facilitatorNote: _note, variants, ...rest } = scenario;
  return { ...rest, variants: variants.map(({ description: _d, ...variant }) => variant) };
}
