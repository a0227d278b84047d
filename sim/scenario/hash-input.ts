/**
 * What a scenario's reproducibility hash covers: what the engine reads. The
 * `$schema` pointer, the scenario's name, description, facilitator note and
 * guided session, and variants' descriptions are documentation for people and editors; changing
 * them changes no result, so they are left out and the same runs keep the same
 * hash. The CLI's stamps and the comparison page both hash this.
 */
import type { Scenario } from './schema.ts';

export function scenarioForHash(scenario: Scenario): unknown {
  const { $schema: _schema, name: _name, description: _description, facilitatorNote: _note, guide: _guide, variants, ...rest } = scenario;
  return { ...rest, variants: variants.map(({ description: _d, ...variant }) => variant) };
}
