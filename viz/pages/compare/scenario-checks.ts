/**
 * What the compare page's worker (worker.ts) does with scenarios, off the
 * page's main thread (the schema, zod, stays there, as on the trainer page):
 * open a scenario from text or a shared link, and check a scenario with the
 * variants its panes show — the whole scenario validated, each pane's variant
 * resolved, and the levers each pane starts with. Bad input comes back as a
 * message for the page, never as an exception. Pure: the worker and the unit
 * tests call the same functions.
 */
import { ENGINE_VERSION } from '../../../sim/index.ts';
import { formatProblems, parseScenarioText, validateScenario } from '../../../sim/scenario/parse.ts';
import { BASELINE, resolveVariant, serializeScenario } from '../../../sim/scenario/variants.ts';
import { policyInEffect, type Policy } from '../../../sim/scenario/policy.ts';
import type { Scenario } from '../../../sim/scenario/schema.ts';
import { decodeScenarioHash } from '../../share/link.ts';

/** Why a scenario cannot be opened or checked, in words for the page. */
export interface Refused {
  readonly ok: false;
  readonly message: string;
}

export type Opened = { readonly ok: true; readonly scenario: Scenario } | Refused;

/** A variant as the pane's picker lists it. */
export interface VariantInfo {
  readonly name: string;
  readonly description: string;
}

/** A scenario checked with the variants its panes show. */
export interface CheckedPanes {
  readonly ok: true;
  /** The scenario as validated (defaults filled in). */
  readonly scenario: Scenario;
  /** Its file text (what "Scenario file" downloads). */
  readonly text: string;
  readonly variants: readonly VariantInfo[];
  /** The scenario each pane runs (its variant resolved). */
  readonly resolved: readonly Scenario[];
  /** The levers each pane's run starts with (week 1, policy changes of that week included). */
  readonly policies: readonly Policy[];
  readonly engineVersion: string;
}

/** Opens scenario text (a library file), or the scenario in a location hash; null when the hash carries none. */
export function openScenario(source: { readonly text: string } | { readonly hash: string }): Opened | null {
  if ('hash' in source) {
    const decoded = decodeScenarioHash(source.hash);
    if (decoded === null) return null;
    return decoded.ok ? { ok: true, scenario: decoded.scenario } : { ok: false, message: decoded.message };
  }
  const parsed = parseScenarioText(source.text);
  return parsed.ok ? { ok: true, scenario: parsed.scenario } : { ok: false, message: formatProblems(parsed.problems.slice(0, 10)) };
}

/** Validates `scenario` and resolves the variant of each pane. */
export function checkPanes(scenario: Scenario, panes: readonly string[]): CheckedPanes | Refused {
  const checked = validateScenario(scenario);
  if (!checked.ok) return { ok: false, message: formatProblems(checked.problems.slice(0, 10)) };
  const valid = checked.scenario;
  const resolved: Scenario[] = [];
  for (const name of panes) {
    const result = resolveVariant(valid, name);
    if (!result.ok) return { ok: false, message: `The variant “${name}” cannot run: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}` };
    resolved.push(result.scenario);
  }
  const variants: VariantInfo[] = [
    { name: BASELINE, description: 'The scenario as written.' },
    ...valid.variants.map((v) => ({ name: v.name, description: v.description ?? '' })),
  ];
  return {
    ok: true,
    scenario: valid,
    text: serializeScenario(valid),
    variants,
    resolved,
    policies: resolved.map((r) => policyInEffect(r, 1)),
    engineVersion: ENGINE_VERSION,
  };
}
