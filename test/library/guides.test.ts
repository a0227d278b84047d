/**
 * Every library scenario can be run as a guided session with no preparation:
 * it has steps and a debrief, its steps hold no run-specific numbers (the
 * engine will change; the debrief computes its own), and the link that shares
 * the scenario still carries them. The debrief measures what the lesson
 * claims: the same runs, metric, weeks and direction as one of the
 * scenario's library claims (sim/experiments/library/), which the evidence
 * record checks on many seeds; a scenario without claims (healthy-team) has
 * its debrief's expectation checked here on common seeds.
 */
import { describe, expect, it } from 'vitest';
import { LIBRARY } from '../../sim/experiments/library/index.ts';
import { pairedDifferenceCi, windowValue } from '../../sim/analysis/index.ts';
import { METRIC_INDEX, runScenario } from '../../sim/index.ts';
import { isFlow } from '../../sim/scenario/guide-weeks.ts';
import { encodeScenarioFragment, decodeScenarioPayload } from '../../viz/share/link.ts';
import { loadScenario, resolveRun, scenarioFiles } from './library.ts';

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

  const entry = LIBRARY.find((e) => e.file === file);
  it.runIf(entry !== undefined)('debriefs on one of the scenario’s library claims: the same two runs, metric, weeks and direction', () => {
    const { debrief } = guide!;
    const run = guide!.run ?? 'baseline';
    const flip = { higher: 'lower', lower: 'higher' } as const;
    const claims = entry!.claims.map((c) => {
      const m = c.measure.kind === 'custom' ? undefined : c.measure;
      return {
        id: c.id,
        pair: `${c.treatment.variant ?? 'baseline'} − ${c.control?.variant ?? 'baseline'}`,
        window: m ? `${m.metric}${m.minus ? ` − ${m.minus}` : ''}${m.team ? ` of ${m.team}` : ''}, weeks ${m.from}–${m.to}` : c.measure.kind,
        direction: c.direction,
      };
    });
    const window = `${debrief.metric}, weeks ${debrief.from}–${debrief.to}`;
    const matches = claims.filter(
      (c) => c.window === window && ((c.pair === `${run} − ${debrief.compareWith}` && c.direction === debrief.expect) || (c.pair === `${debrief.compareWith} − ${run}` && c.direction === flip[debrief.expect!])),
    );
    expect(matches.map((c) => c.id), `the debrief (${run} − ${debrief.compareWith}: ${window}, ${debrief.expect}) matches none of ${JSON.stringify(claims, null, 1)}`).toHaveLength(1);
  });

  it.runIf(entry === undefined)('shows the debrief’s expectation on 30 common seeds (a scenario without library claims)', () => {
    const { debrief } = guide!;
    const values = (name: string) => {
      const resolved = resolveRun(scenario, name);
      return Float64Array.from({ length: 30 }, (_, i) => {
        const result = runScenario(resolved, { seed: scenario.seed + i, weeks: debrief.to, stories: false });
        const units = result.teamNames.length + 1;
        const k = result.metricKeys.length;
        const series = Float64Array.from({ length: result.weeks }, (_, w) => result.values[(w * units + units - 1) * k + METRIC_INDEX[debrief.metric]]);
        return windowValue(series, debrief.from, debrief.to, isFlow(debrief.metric));
      });
    };
    const { ci95 } = pairedDifferenceCi(values(guide!.run ?? 'baseline'), values(debrief.compareWith));
    if (debrief.expect === 'higher') expect(ci95[0]).toBeGreaterThan(0);
    else expect(ci95[1]).toBeLessThan(0);
  });
});
