import { describe, expect, it } from 'vitest';
import { policyInEffect } from '../../sim/scenario/policy.ts';
import { DEFAULT_SCENARIO } from '../../sim/scenario/default.ts';
import type { ScenarioEvent } from '../../sim/scenario/schema.ts';

const change = (week: number, recognitionFrequency: number, team?: string): ScenarioEvent => ({ type: 'policyChange', week, policy: { recognitionFrequency }, ...(team ? { team } : {}) });

describe('the policy in effect', () => {
  const base = { policy: { ...DEFAULT_SCENARIO.policy, recognitionFrequency: 0.5 }, events: [] as ScenarioEvent[] };

  it('is the scenario’s policy before any change', () => {
    expect(policyInEffect({ ...base, events: [change(10, 0.1)] }, 9).recognitionFrequency).toBe(0.5);
  });

  it('takes an organisation-wide change from its week on', () => {
    expect(policyInEffect({ ...base, events: [change(10, 0.1)] }, 10).recognitionFrequency).toBe(0.1);
  });

  it('applies changes in week order, whatever order they are listed in (as the engine does)', () => {
    expect(policyInEffect({ ...base, events: [change(20, 0.1), change(5, 0.9)] }, 30).recognitionFrequency).toBe(0.1);
    expect(policyInEffect({ ...base, events: [change(20, 0.1), change(5, 0.9)] }, 19).recognitionFrequency).toBe(0.9);
  });

  it('keeps the listed order within one week, and leaves a team’s own change out', () => {
    expect(policyInEffect({ ...base, events: [change(3, 0.2), change(3, 0.7)] }, 3).recognitionFrequency).toBe(0.7);
    expect(policyInEffect({ ...base, events: [change(3, 0.2, 'Product')] }, 3).recognitionFrequency).toBe(0.5);
  });
});
