/**
 * Every library scenario can be run as a guided session with no preparation:
 * it has steps and a debrief, its steps hold no run-specific numbers (the
 * engine will change; the debrief computes its own), and the link that shares
 * the scenario still carries them.
 */
import { describe, expect, it } from 'vitest';
import { encodeScenarioFragment, decodeScenarioPayload } from '../../viz/share/link.ts';
import { loadScenario, scenarioFiles } from './library.ts';

/** A number that belongs to one run: a percentage or a decimal fraction (weeks, counts of people and "a fifth" are fine). */
const RUN_SPECIFIC_NUMBER = /\d+(\.\d+)?\s?%|\b0?\.\d+\b/;

describe.each(scenarioFiles())('%s', (file) => {
  const scenario = loadScenario(file);
  const guide = scenario.guide;

  it('has a guided session: an introduction, at least two steps with a question each, and a debrief with an expectation', () => {
    expect(guide, `${file} has no guide`).toBeDefined();
    if (!guide) return;
    expect(guide.intro?.length ?? 0).toBeGreaterThan(40);
    expect(guide.steps.length).toBeGreaterThanOrEqual(2);
    for (const step of guide.steps) expect(step.question).toMatch(/\?$/);
    expect(guide.steps.some((step) => step.predict)).toBe(true);
    expect(guide.debrief.expect).toBeDefined();
    expect(guide.debrief.window).toBeDefined();
    expect(guide.debrief.comparison).toBeDefined();
  });

  it('says nothing a run could contradict: no percentages or fractions in what the facilitator reads out', () => {
    for (const step of guide!.steps) {
      for (const text of [step.watch ?? '', step.question, step.predict?.prompt ?? '']) expect(text).not.toMatch(RUN_SPECIFIC_NUMBER);
    }
    expect(guide!.intro ?? '').not.toMatch(RUN_SPECIFIC_NUMBER);
  });

  it('is carried whole by a shared link', () => {
    const encoded = encodeScenarioFragment(scenario);
    expect(encoded.ok, encoded.ok ? '' : encoded.message).toBe(true);
    if (!encoded.ok) return;
    const decoded = decodeScenarioPayload(encoded.fragment.slice(2));
    expect(decoded.ok && decoded.scenario.guide).toEqual(guide);
  });
});
