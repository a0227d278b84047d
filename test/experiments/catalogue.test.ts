/**
 * Every experiment and calibration is well formed: a label, a mechanism chain
 * of names the model has, a reason for the label, sources, arms that resolve
 * and a measure the runs can give.
 */
import { describe, expect, it } from 'vitest';
import {
  CALIBRATIONS,
  EXPERIMENTS,
  FACTS,
  LABELS,
  MECHANISM_NAMES,
  MECHANISMS,
  experimentById,
  resolveArm,
  type Arm,
  type Measure,
} from '../../sim/experiments/index.ts';

function checkMeasure(measure: Measure, arm: Arm): void {
  const { scenario, weeks } = resolveArm(arm);
  const to = measure.to === 'end' ? weeks : measure.to;
  expect(measure.from).toBeGreaterThanOrEqual(1);
  expect(to).toBeGreaterThanOrEqual(measure.from);
  expect(to, `the measure needs week ${to}; arm "${arm.name}" runs ${weeks} weeks`).toBeLessThanOrEqual(weeks);
  if (measure.kind !== 'custom' && measure.team !== undefined) expect(scenario.teams.map((t) => t.name)).toContain(measure.team);
}

describe('the experiments', () => {
  it('have unique ids', () => {
    const ids = EXPERIMENTS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(experimentById('fact-2').id).toBe('fact-2');
    expect(() => experimentById('fact-99')).toThrow(/no experiment/);
  });

  it('cover all twelve stylized facts of the model brief', () => {
    const numbers = new Set(FACTS.map((f) => Number(/^fact-(\d+)[a-z]?$/.exec(f.id)?.[1])));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  describe.each(EXPERIMENTS.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    it('has a label, a reason for it, sources and a title', () => {
      expect(LABELS).toContain(e.label);
      expect(e.labelReason.length).toBeGreaterThan(20);
      expect(e.sources.length).toBeGreaterThanOrEqual(1);
      expect(e.title).toMatch(/^[A-Z].*\.$/);
    });

    it('names a mechanism chain the model has (at least two links when emergent)', () => {
      expect(e.mechanisms.length).toBeGreaterThanOrEqual(e.label === 'emergent' ? 2 : 1);
      for (const name of e.mechanisms) expect(MECHANISM_NAMES, `unknown mechanism "${name}" (see sim/experiments/mechanisms.ts)`).toContain(name);
    });

    it('has arms that resolve and a measure inside the weeks they run', () => {
      checkMeasure(e.measure, e.treatment);
      if (e.control) checkMeasure(e.measure, e.control);
      else expect(e.paired, 'a paired statistic needs a control').toBeUndefined();
    });
  });
});

describe('the calibrations', () => {
  it.each(CALIBRATIONS.map((c) => [c.id, c] as const))('%s has a range, a source and a measure the run gives', (_id, c) => {
    expect(c.lo).toBeLessThan(c.hi);
    expect(c.source.length).toBeGreaterThan(5);
    checkMeasure(c.measure, c.arm);
  });

  it('include annual voluntary turnover and Gallup’s three shares, on the default scenario', () => {
    expect(CALIBRATIONS.map((c) => c.id)).toEqual(['turnover', 'engaged', 'actively-disengaged', 'not-engaged']);
    for (const c of CALIBRATIONS) expect(c.arm.file).toBe('healthy-team.json');
  });
});

describe('the mechanism names', () => {
  it('are unique, each with a MODEL.md section and a summary', () => {
    expect(MECHANISM_NAMES.size).toBe(MECHANISMS.length);
    for (const m of MECHANISMS) {
      expect(m.section).toMatch(/^§\d/);
      expect(m.summary.length).toBeGreaterThan(20);
    }
  });
});
