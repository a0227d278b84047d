/**
 * Moving a lever on the compare page: one meaning with the trainer's page (a
 * policy change from the first week not yet simulated, week 1 for a pane's
 * fresh runs), in the pane's own variant, checked by the page's worker.
 */
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../../sim/scenario/parse.ts';
import { runScenario } from '../../../../sim/index.ts';
import healthyTeam from '../../../../scenarios/healthy-team.json' with { type: 'json' };
import { FIRST_WEEK, withLeverMoved } from '../../../../viz/pages/compare/pane-variants.ts';
import { checkPanes, openScenario } from '../../../../viz/pages/compare/scenario-checks.ts';
import { sensitivityPlan } from '../../../../viz/pages/compare/ensemble/sensitivity.ts';

const scenario = (() => {
  const parsed = parseScenarioText(JSON.stringify(healthyTeam));
  if (!parsed.ok) throw new Error('library scenario must be valid');
  return parsed.scenario;
})();

function checked(s: typeof scenario, panes: string[]) {
  const result = checkPanes(s, panes);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('a lever moved in a pane', () => {
  it('becomes a policy change at week 1 in a new page variant; the library variant is left as it was', () => {
    const moved = withLeverMoved(scenario, 'recognition drought', 1, 'delegation', 0.9);
    expect(moved.variant).toBe('Pane 2 edit');
    const made = moved.scenario.variants.find((v) => v.name === 'Pane 2 edit')!;
    expect(made.policy).toEqual(scenario.variants.find((v) => v.name === 'recognition drought')!.policy);
    expect(made.addEvents).toEqual([expect.objectContaining({ type: 'policyChange', week: FIRST_WEEK, policy: { delegation: 0.9 } })]);
    expect(moved.scenario.variants.find((v) => v.name === 'recognition drought')).toEqual(scenario.variants.find((v) => v.name === 'recognition drought'));
  });

  it('updates the same policy change when moved again, and the pane starts with the moved levers', () => {
    const first = withLeverMoved(scenario, 'baseline', 0, 'delegation', 0.9);
    const second = withLeverMoved(first.scenario, first.variant, 0, 'openness', 0.1);
    expect(second.variant).toBe(first.variant);
    const events = second.scenario.variants.find((v) => v.name === first.variant)!.addEvents!;
    expect(events).toHaveLength(1);
    const result = checked(second.scenario, [second.variant, 'baseline']);
    expect(result.policies[0]).toMatchObject({ delegation: 0.9, openness: 0.1 });
    expect(result.policies[1].delegation).toBe(scenario.policy.delegation);
  });

  it('runs exactly as the trainer’s page runs the same move made before week 1 (a policyChange at week 1)', () => {
    const moved = withLeverMoved(scenario, 'baseline', 0, 'creditTaking', 1);
    const pane = checked(moved.scenario, [moved.variant]).resolved[0];
    const trainer = { ...scenario, variants: [], events: [...scenario.events, { type: 'policyChange' as const, week: 1, policy: { creditTaking: 1 } }] };
    const a = runScenario(pane, { seed: 3, weeks: 20 });
    const b = runScenario(trainer, { seed: 3, weeks: 20 });
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    expect(Array.from(a.values)).not.toEqual(Array.from(runScenario({ ...scenario, variants: [] }, { seed: 3, weeks: 20 }).values));
  });

  it('is refused by the worker’s check, with a reason, when the value is out of range', () => {
    const moved = withLeverMoved(scenario, 'baseline', 0, 'delegation', 2);
    const result = checkPanes(moved.scenario, [moved.variant]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/delegation/);
  });

  it('is held at the swept value for the whole run in the lever sweep', () => {
    const moved = withLeverMoved(scenario, 'baseline', 0, 'delegation', 0.9);
    const reference = checked(moved.scenario, [moved.variant]).resolved[0];
    const plan = sensitivityPlan(reference, 2, 1, 10);
    const atMin = plan.scenarios.find((s) => s.policy.delegation === 0 && s.events.some((e) => e.type === 'policyChange'))!;
    expect(atMin.events.filter((e) => e.type === 'policyChange').every((e) => e.type === 'policyChange' && e.policy.delegation === 0)).toBe(true);
  });
});

describe('opening a scenario in the page’s worker', () => {
  it('refuses a damaged link with a sentence, and says nothing of a hash without a scenario', () => {
    const opened = openScenario({ hash: '#s=this-is-not-a-scenario' });
    expect(opened).toMatchObject({ ok: false, message: expect.stringMatching(/damaged|cannot be read/) });
    expect(openScenario({ hash: '#other=1' })).toBeNull();
  });

  it('opens library text, and names the place of a problem in bad text', () => {
    expect(openScenario({ text: JSON.stringify(healthyTeam) })).toMatchObject({ ok: true });
    const bad = openScenario({ text: JSON.stringify({ ...healthyTeam, weeks: -1 }) });
    expect(bad).toMatchObject({ ok: false, message: expect.stringMatching(/weeks/) });
  });
});
