/**
 * Variants: named overrides of a base scenario. A variant is applied by
 * building new objects from the validated base and the validated override,
 * section by section; parsed JSON is never deep-merged onto anything (that is
 * how prototype pollution happens), and the result is validated again.
 */
import type { Scenario, Variant } from './schema.ts';
import { validateScenario, type ScenarioResult } from './parse.ts';

export const BASELINE = 'baseline';

/** Names of everything that can be run: `baseline` first, then each variant. */
export function variantNames(scenario: Scenario): string[] {
  return [BASELINE, ...scenario.variants.map((v) => v.name)];
}

function defined<T extends object>(override: T | undefined): Partial<T> {
  const out: Partial<T> = {};
  if (!override) return out;
  for (const key of Object.keys(override) as (keyof T)[]) {
    if (override[key] !== undefined) out[key] = override[key];
  }
  return out;
}

function withVariant(base: Scenario, variant: Variant): unknown {
  return {
    ...base,
    policy: { ...base.policy, ...defined(variant.policy) },
    model: { ...base.model, ...defined(variant.model) },
    people: { ...base.people, ...defined(variant.people) },
    customers: { ...base.customers, ...defined(variant.customers) },
    measurement: { ...base.measurement, ...defined(variant.measurement) },
    teams: variant.teams ?? base.teams,
    events: [...(variant.events ?? base.events), ...(variant.addEvents ?? [])],
    variants: [],
    guide: undefined,
  };
}

/**
 * The scenario as a given variant runs it (`baseline` is the base itself,
 * without its variant list). Returns problems if the name is unknown. A
 * resolved run has no guide: the guide names the base's variants, and a
 * session is run from the base scenario.
 */
export function resolveVariant(scenario: Scenario, name: string): ScenarioResult {
  if (name === BASELINE) return validateScenario({ ...scenario, variants: [], guide: undefined });
  const variant = scenario.variants.find((v) => v.name === name);
  if (!variant) {
    const known = variantNames(scenario).map((n) => JSON.stringify(n)).join(', ');
    return { ok: false, problems: [{ path: 'variants', message: `no variant named ${JSON.stringify(name)}; known: ${known}` }] };
  }
  return validateScenario(withVariant(scenario, variant));
}

/** Pretty JSON text of a scenario, as written to a file or downloaded. */
export function serializeScenario(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}
