/**
 * The experiment runner on a stand-in model whose outputs are known exactly,
 * and on the real engine: paired values, intervals, effect sizes, verdicts,
 * shared runs, seed blocks, measures, and identical results for any number
 * of threads.
 */
import { describe, expect, it } from 'vitest';
import { meanWithCi, sampleSd } from '../../sim/analysis/index.ts';
import {
  CALIBRATIONS,
  describeMeasure,
  evidenceFromValues,
  experimentById,
  measureValue,
  parseBlocks,
  runEvidence,
  scenarioArm,
  seedValues,
  type Arm,
  type Experiment,
  type RunModel,
} from '../../sim/experiments/index.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { computeEvidence } from '../../scripts/evidence/parallel.ts';
import { fakeResult } from './fakes.ts';

/** A stand-in model: morale = recognition frequency × (1 + seed/100) + week/1000; quits = seed mod 3 each week. */
function standIn(calls: string[] = []): RunModel {
  return (scenario: Scenario, seed: number, weeks: number) => {
    const f = scenario.policy.recognitionFrequency;
    calls.push(`${f}@${seed}`); // arms share one scenario name (a run's luck); their policies tell them apart
    return fakeResult(
      scenario.teams.map((t) => t.name),
      weeks,
      (k, w) => (k === 'morale_mean' ? f * (1 + seed / 100) + w / 1000 : k === 'quits' ? seed % 3 : 0),
    );
  };
}

const arm = (name: string, recognitionFrequency: number): Arm =>
  scenarioArm(name, { weeks: 10, teams: [{ name: 'A', size: 4 }], policy: { recognitionFrequency } });

const high = arm('high', 0.8);
const low = arm('low', 0.2);

function experiment(extra: Partial<Experiment> = {}): Experiment {
  return {
    id: 'test',
    title: 'Recognition raises morale.',
    treatment: high,
    control: low,
    measure: { metric: 'morale_mean', aggregate: 'mean', from: 1, to: 4 },
    direction: 'higher',
    label: 'assumption check',
    mechanisms: ['recognition', 'morale'],
    labelReason: 'test',
    sources: ['test'],
    ...extra,
  };
}

describe('the runner on a stand-in model', () => {
  const blocks = [{ start: 1, count: 5 }];

  it('pairs treatment and control on each seed and summarises the paired values exactly', () => {
    const e = experiment();
    const evidence = runEvidence({ experiments: [e], calibrations: [], blocks }, standIn());
    // Paired value on seed s: (0.8 − 0.2)(1 + s/100): the week terms cancel.
    const paired = [1, 2, 3, 4, 5].map((s) => 0.6 * (1 + s / 100));
    const expected = meanWithCi(paired);
    const [b] = evidence.experiments[0].blocks;
    expect(b.block).toBe('1:5');
    expect(b.n).toBe(5);
    expect(b.mean).toBeCloseTo(expected.mean, 12);
    expect(b.lo).toBeCloseTo(expected.ci95[0], 12);
    expect(b.hi).toBeCloseTo(expected.ci95[1], 12);
    expect(b.sd).toBeCloseTo(sampleSd(paired), 12);
    expect(b.effectSize).toBeCloseTo(expected.mean / sampleSd(paired), 9);
    expect(b.treatmentMean).toBeCloseTo(0.8 * 1.03 + 0.0025, 12);
    expect(b.controlMean).toBeCloseTo(0.2 * 1.03 + 0.0025, 12);
    expect(b.pass).toBe(true);
    expect(evidence.experiments[0].pass).toBe(true);
  });

  it('passes only when the interval lies on the predicted side, and only when every block passes', () => {
    expect(runEvidence({ experiments: [experiment({ direction: 'lower' })], calibrations: [], blocks }, standIn()).experiments[0].pass).toBe(false);
    // The same arm twice: every paired value is exactly 0, a zero-width interval at 0 supports neither side.
    const none = runEvidence({ experiments: [experiment({ control: high })], calibrations: [], blocks }, standIn()).experiments[0];
    expect(none.blocks[0]).toMatchObject({ mean: 0, lo: 0, hi: 0, sd: 0, effectSize: null, pass: false });
    // quits = seed mod 3 in both arms: the difference is 0 on every block.
    const twoBlocks = runEvidence({ experiments: [experiment({ measure: { metric: 'quits', aggregate: 'sum', from: 1, to: 'end' } })], calibrations: [], blocks: [...blocks, { start: 7, count: 3 }] }, standIn());
    expect(twoBlocks.experiments[0].blocks.map((b) => b.pass)).toEqual([false, false]);
  });

  it('compares the measure itself with zero when there is no control', () => {
    const e = experiment({ control: undefined, measure: { metric: 'quits', aggregate: 'sum', from: 1, to: 'end' } });
    const [b] = runEvidence({ experiments: [e], calibrations: [], blocks: [{ start: 1, count: 6 }] }, standIn()).experiments[0].blocks;
    // 10 weeks × (s mod 3) for s = 1…6: 10, 20, 0, 10, 20, 0.
    expect(b.mean).toBeCloseTo(10, 12);
    expect(b.controlMean).toBeNull();
  });

  it('uses an experiment’s own paired statistic instead of treatment − control', () => {
    const e = experiment({ paired: { text: 'always −1', value: () => -1 } });
    expect(runEvidence({ experiments: [e], calibrations: [], blocks }, standIn()).experiments[0].blocks[0]).toMatchObject({ mean: -1, pass: false });
  });

  it('runs each distinct arm once per seed, shared by every experiment that needs it', () => {
    const calls: string[] = [];
    const same = arm('high', 0.8); // another object with the same content as `high`
    const plan = {
      experiments: [experiment(), experiment({ id: 'b', treatment: same, measure: { metric: 'quits', aggregate: 'sum', from: 1, to: 'end' } })],
      calibrations: [],
      blocks: [{ start: 1, count: 2 }],
    };
    runEvidence(plan, standIn(calls));
    expect(calls).toEqual(['0.8@1', '0.2@1', '0.8@2', '0.2@2']);
  });

  it('judges a calibration by the mean over seeds against its range', () => {
    const c = { id: 'c', title: 'morale', arm: high, measure: { metric: 'morale_mean', aggregate: 'mean', from: 1, to: 1 } as const, lo: 0.8, hi: 0.9, source: 'test' };
    const evidence = runEvidence({ experiments: [], calibrations: [c, { ...c, id: 'd', lo: 0.9, hi: 1 }], blocks }, standIn());
    expect(evidence.calibrations[0].blocks[0].mean).toBeCloseTo(0.8 * 1.03 + 0.001, 12);
    expect(evidence.calibrations.map((x) => x.pass)).toEqual([true, false]);
  });

  it('gives the same evidence whatever order seeds are computed in', () => {
    const plan = { experiments: [experiment()], calibrations: [], blocks: [{ start: 1, count: 4 }, { start: 3, count: 4 }] };
    const model = standIn();
    const values = new Map([1, 2, 3, 4, 5, 6].map((s) => [s, seedValues(plan, s, model)]));
    const forward = evidenceFromValues(plan, (s) => values.get(s)!);
    const reversed = new Map([...values].reverse());
    expect(evidenceFromValues(plan, (s) => reversed.get(s)!)).toEqual(forward);
    expect(forward).toEqual(runEvidence(plan, standIn()));
  });
});

describe('measures', () => {
  const run = fakeResult(['A', 'B'], 6, (k, w, u) => (k === 'quits' ? w * (u + 1) : k === 'survey_morale' ? 0.7 : k === 'morale_mean' ? 0.5 + u / 10 : 0));

  it('sum, mean, a team or the organisation, a difference of metrics, to the last week', () => {
    expect(measureValue({ metric: 'quits', aggregate: 'sum', from: 2, to: 3 }, run)).toBe((2 + 3) * 3);
    expect(measureValue({ metric: 'quits', aggregate: 'mean', from: 2, to: 3, team: 'B' }, run)).toBe(5);
    expect(measureValue({ metric: 'quits', aggregate: 'sum', from: 5, to: 'end', team: 'A' }, run)).toBe(11);
    expect(measureValue({ metric: 'survey_morale', minus: 'morale_mean', aggregate: 'mean', from: 1, to: 6, team: 'A' }, run)).toBeCloseTo(0.2, 12);
  });

  it('refuses a window the run does not have, or a team it does not have, naming them', () => {
    expect(() => measureValue({ metric: 'quits', aggregate: 'sum', from: 1, to: 7 }, run)).toThrow(/needs week 7, the run has 6/);
    expect(() => measureValue({ metric: 'quits', aggregate: 'sum', from: 1, to: 2, team: 'C' }, run)).toThrow(/no team named "C"; teams: A, B/);
  });

  it('describes itself in words', () => {
    expect(describeMeasure({ metric: 'trust_in_leader', aggregate: 'mean', from: 26, to: 39 })).toBe('trust_in_leader, mean over weeks 26–39 (organisation)');
    expect(describeMeasure({ metric: 'quits', aggregate: 'sum', from: 1, to: 'end', team: 'A' })).toBe('quits, total over all weeks (A)');
    expect(describeMeasure({ metric: 'trust_in_leader', aggregate: 'mean', from: 43, to: 43 })).toBe('trust_in_leader, at week 43 (organisation)');
  });
});

describe('seed blocks', () => {
  it('are written start:count, several separated by commas', () => {
    expect(parseBlocks('10001:256')).toEqual([{ start: 10001, count: 256 }]);
    expect(parseBlocks('1:64, 5001:64')).toEqual([
      { start: 1, count: 64 },
      { start: 5001, count: 64 },
    ]);
  });

  it('refuse other forms with a message that shows the expected one', () => {
    expect(() => parseBlocks('256')).toThrow(/"256" is not start:count \(e\.g\. 10001:256\)/);
    expect(() => parseBlocks('1:1')).toThrow(/at least 2/);
    expect(() => parseBlocks('4294967295:2')).toThrow(/largest seed/);
  });
});

describe('the runner on the engine', () => {
  it('gives byte-identical evidence on one thread, on two worker threads, and in the pure runner', async () => {
    const plan = {
      experiments: [experimentById('fact-2'), experimentById('credit-taking/breach-drops-trust')],
      calibrations: [CALIBRATIONS[0]],
      blocks: [{ start: 1, count: 3 }, { start: 2, count: 3 }],
    };
    const one = await computeEvidence(plan, { threads: 1 });
    const two = await computeEvidence(plan, { threads: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(JSON.stringify(runEvidence(plan))).toBe(JSON.stringify(one));
    expect(one.experiments[0].blocks[0].n).toBe(3);
  });
});
