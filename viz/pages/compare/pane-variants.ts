/**
 * Variants made on the spot. Moving a lever in a pane means what it means on
 * the trainer's page (README, "Moving a lever"): a policy change from the
 * first week not yet simulated, written into the scenario as a
 * `policyChange` event. A pane's runs are simulated afresh from week 0 after
 * every change, so on this page that week is week 1, and the event goes into
 * the pane's own variant (`addEvents`): a library variant or the baseline is
 * never altered, the first move copies it into a page variant ("Pane 2
 * edit") and later moves update that copy's event. The change is part of the
 * scenario, so it travels in a shared link and replays exactly. Plain object
 * building only: the page's worker validates the result.
 */
import { LEVERS, type LeverKey } from '../../../sim/scenario/levers.ts';
import type { Scenario, ScenarioEvent, Variant } from '../../../sim/scenario/schema.ts';

/** The first week a pane's fresh runs have not simulated: where a lever moved on this page takes effect. */
export const FIRST_WEEK = 1;
const BASELINE = 'baseline';
const NOTE = 'Levers moved on the compare page';

type PolicyChange = Extract<ScenarioEvent, { type: 'policyChange' }>;

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

function isPageChange(event: ScenarioEvent): event is PolicyChange {
  return event.type === 'policyChange' && event.week === FIRST_WEEK && event.team === undefined && event.note === NOTE;
}

/** The variant's added events with `lever` set to `value` in its page change (made when there is none). */
function withChange(events: readonly ScenarioEvent[], lever: LeverKey, value: number): ScenarioEvent[] {
  const existing = events.find(isPageChange);
  if (!existing) return [...events, { type: 'policyChange', week: FIRST_WEEK, policy: { [lever]: value }, note: NOTE }];
  return events.map((e) => (e === existing ? { ...existing, policy: { ...existing.policy, [lever]: value } } : e));
}

/**
 * The scenario with `lever` moved to `value` in the variant shown in pane
 * `paneIndex`, and the name of the variant the pane shows now.
 */
export function withLeverMoved(scenario: Scenario, paneVariant: string, paneIndex: number, lever: LeverKey, value: number): { scenario: Scenario; variant: string } {
  if (!LEVERS.some((l) => l.key === lever)) throw new Error(`unknown lever ${lever}`);
  const existing = scenario.variants.find((v) => v.name === paneVariant);
  if (existing && isPageVariant(paneVariant)) {
    const variants = scenario.variants.map((v) => (v === existing ? { ...v, addEvents: withChange(v.addEvents ?? [], lever, value) } : v));
    return { scenario: { ...scenario, variants }, variant: paneVariant };
  }
  const name = freshName(scenario, `Pane ${paneIndex + 1} edit`);
  const copy: Variant = {
    ...(existing ?? {}),
    name,
    description: `Made on the compare page from “${paneVariant}”, then levers moved.`,
    addEvents: withChange(existing?.addEvents ?? [], lever, value),
  };
  return { scenario: { ...scenario, variants: [...scenario.variants, copy] }, variant: name };
}
