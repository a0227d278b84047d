/**
 * Variants made on the spot: moving a lever in a pane turns that pane's
 * variant into a new named variant of the scenario (a policy override), so the
 * change is part of the scenario, travels in a shared link and replays exactly.
 */
import { BASELINE, resolveVariant } from '../../../sim/scenario/variants.ts';
import { validateScenario } from '../../../sim/scenario/parse.ts';
import type { Scenario, Variant } from '../../../sim/scenario/schema.ts';
import type { LeverKey } from '../../../sim/scenario/levers.ts';

/** The policy a variant runs with (all levers), or null if it does not resolve. */
export function variantPolicy(scenario: Scenario, name: string): Scenario['policy'] | null {
  const resolved = resolveVariant(scenario, name);
  return resolved.ok ? resolved.scenario.policy : null;
}

/** A name not yet used by any variant: "Pane 2 edit", "Pane 2 edit (2)", … */
function freshName(scenario: Scenario, wanted: string): string {
  const taken = new Set([BASELINE, ...scenario.variants.map((v) => v.name)]);
  if (!taken.has(wanted)) return wanted;
  for (let i = 2; ; i++) if (!taken.has(`${wanted} (${i})`)) return `${wanted} (${i})`;
}

/** Whether a variant was made on this page (its name is then safe to edit in place). */
export function isPageVariant(name: string): boolean {
  return /^Pane \d+ edit/.test(name);
}

/**
 * The scenario with `lever` set to `value` in the variant shown in pane
 * `paneIndex`. A library variant or the baseline is never altered: the first
 * move copies it into a new page variant, later moves update that copy.
 * Returns the new scenario and the variant name the pane now shows, or null
 * if the result would not validate.
 */
export function moveLever(scenario: Scenario, paneVariant: string, paneIndex: number, lever: LeverKey, value: number): { scenario: Scenario; variant: string } | null {
  const existing = scenario.variants.find((v) => v.name === paneVariant);
  let variants: Variant[];
  let name: string;
  if (existing && isPageVariant(paneVariant)) {
    name = paneVariant;
    variants = scenario.variants.map((v) => (v.name === name ? { ...v, policy: { ...v.policy, [lever]: value } } : v));
  } else {
    name = freshName(scenario, `Pane ${paneIndex + 1} edit`);
    const from = existing ? { ...existing } : ({ name } as Variant);
    const copy: Variant = {
      ...from,
      name,
      description: `Made on the compare page from “${paneVariant}”, then levers moved.`,
      policy: { ...(existing?.policy ?? {}), [lever]: value },
    };
    variants = [...scenario.variants, copy];
  }
  const checked = validateScenario({ ...scenario, variants });
  return checked.ok ? { scenario: checked.scenario, variant: name } : null;
}
