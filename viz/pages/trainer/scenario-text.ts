/**
 * Edits to the running scenario's text that the app makes for the person: the
 * seed they chose and the levers they moved, so the text always replays the
 * run exactly. Only applied to text that already validated (so it is JSON
 * without forbidden keys); the result is validated again by the worker.
 */
import type { ScenarioEvent } from '../../../sim/scenario/schema.ts';

function edit(text: string, change: (scenario: Record<string, unknown>) => void): string {
  const scenario = JSON.parse(text) as Record<string, unknown>;
  change(scenario);
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** The text with its seed set. */
export function withSeed(text: string, seed: number): string {
  return edit(text, (scenario) => {
    scenario.seed = seed;
  });
}

/** The text with an event appended to its timeline. */
export function withEvent(text: string, event: ScenarioEvent): string {
  return edit(text, (scenario) => {
    const events = Array.isArray(scenario.events) ? scenario.events : [];
    scenario.events = [...events, event];
  });
}

/** The text with its last event replaced (a lever move merged into the change already scheduled). */
export function withLastEventReplaced(text: string, event: ScenarioEvent): string {
  return edit(text, (scenario) => {
    const events = Array.isArray(scenario.events) ? scenario.events : [];
    scenario.events = [...events.slice(0, -1), event];
  });
}
