/**
 * The Morris screening of the model (sim/sensitivity/): every parameter is a
 * factor over its declared range, points are valid scenarios run on common
 * seeds, and on a stand-in model linear in the parameters the ranking is
 * exact.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, PARAMETERS } from '../../sim/index.ts';
import {
  SENSITIVITY_OUTPUTS,
  factorValue,
  morrisFactors,
  pointCount,
  pointOutputs,
  pointScenario,
  rankFactors,
  trajectoryValues,
  type MorrisStudy,
  type RunModel,
} from '../../sim/sensitivity/morrisStudy.ts';
import { sensitivityCsv, sensitivityMarkdown } from '../../sim/sensitivity/table.ts';
import { studyRecord } from '../../cli/sensitivity/run.ts';
import { fakeResult } from '../experiments/fakes.ts';

function study(extra: Partial<MorrisStudy> = {}): MorrisStudy {
  return { scenario: DEFAULT_SCENARIO, factors: morrisFactors(), trajectories: 3, levels: 4, designSeed: 1, seeds: [5, 6], weeks: 8, ...extra };
}

/** A stand-in whose morale is 0.2 + 0.3 u(trustGain) − 0.5 u(tiesPerPerson) and turnover 2 u(baseQuitHazard), u = position in the range. */
function linearModel(seen: string[] = []): RunModel {
  const u = (key: string, value: number) => {
    const p = PARAMETERS.find((x) => x.key === key)!;
    return (value - p.min) / (p.max - p.min);
  };
  return (scenario, seed, weeks) => {
    seen.push(`${seed}`);
    const m = scenario.model as Record<string, number>;
    const morale = 0.2 + 0.3 * u('trustGain', m.trustGain) - 0.5 * u('tiesPerPerson', m.tiesPerPerson);
    return fakeResult(
      scenario.teams.map((t) => t.name),
      weeks,
      (k) => (k === 'morale_mean' ? morale : k === 'turnover_annualised' ? 2 * u('baseQuitHazard', m.baseQuitHazard) : 0),
    );
  };
}

describe('the factors', () => {
  it('are every model parameter over its declared range, in table order', () => {
    const factors = morrisFactors();
    expect(factors.map((f) => f.key)).toEqual(PARAMETERS.map((p) => p.key));
    for (const [i, f] of factors.entries()) expect([f.min, f.max, f.integer]).toEqual([PARAMETERS[i].min, PARAMETERS[i].max, PARAMETERS[i].integer === true]);
  });

  it('can leave parameters out, and refuse an unknown one by name', () => {
    expect(morrisFactors(['workplaceLayers']).map((f) => f.key)).not.toContain('workplaceLayers');
    expect(() => morrisFactors(['trustGian'])).toThrow(/unknown model parameter "trustGian"/);
  });

  it('map the unit interval onto the range, rounding whole-number parameters and never leaving the range', () => {
    const ties = morrisFactors().find((f) => f.key === 'tiesPerPerson')!;
    expect([0, 1 / 3, 2 / 3, 1].map((x) => factorValue(ties, x))).toEqual([1, 6, 11, 16]);
    const hazard = morrisFactors().find((f) => f.key === 'baseQuitHazard')!;
    expect(factorValue(hazard, 1)).toBe(hazard.max);
    expect(factorValue(hazard, 0)).toBe(hazard.min);
  });
});

describe('design points', () => {
  it('are valid scenarios with the point’s parameter values, everything else as in the scenario', () => {
    const s = study();
    const { values } = trajectoryValues(s, 0);
    const scenario = pointScenario(s, values[3]);
    s.factors.forEach((f, j) => expect((scenario.model as Record<string, number>)[f.key]).toBe(values[3][j]));
    expect(scenario.teams).toEqual(DEFAULT_SCENARIO.teams);
    expect(scenario.policy).toEqual(DEFAULT_SCENARIO.policy);
  });

  it('all run the same seeds (common random numbers), and an output is the mean over them', () => {
    const seen: string[] = [];
    const s = study({ seeds: [11, 12, 13] });
    const out = pointOutputs(s, 4, linearModel(seen));
    expect(seen).toEqual(['11', '12', '13']);
    expect(out).toHaveLength(SENSITIVITY_OUTPUTS.length);
  });
});

describe('the ranking', () => {
  it('is exact on a model linear in the parameters: μ = μ* = the coefficient, σ = 0, unused parameters 0', () => {
    const s = study({ trajectories: 4 });
    const model = linearModel();
    const outputs = Array.from({ length: pointCount(s) }, (_, p) => pointOutputs(s, p, model));
    const ranking = rankFactors(s, outputs);
    const morale = ranking.morale;
    expect(morale.slice(0, 2).map((f) => f.parameter)).toEqual(['tiesPerPerson', 'trustGain']);
    expect(morale[0].mu).toBeCloseTo(-0.5, 10);
    expect(morale[0].muStar).toBeCloseTo(0.5, 10);
    expect(morale[0].sigma).toBeCloseTo(0, 10);
    expect(morale[1].mu).toBeCloseTo(0.3, 10);
    expect(morale[0].n).toBe(4);
    for (const f of morale.slice(2)) expect(f.muStar).toBe(0);
    expect(ranking.turnover[0]).toMatchObject({ rank: 1, parameter: 'baseQuitHazard' });
    expect(ranking.turnover[0].mu).toBeCloseTo(2, 10);
    expect(ranking.trust_in_leader.every((f) => f.muStar === 0)).toBe(true);
  });

  it('of the first r trajectories is that of an r-trajectory study (the check a smaller design can make)', () => {
    const big = study({ trajectories: 4 });
    const small = study({ trajectories: 2 });
    const model = linearModel();
    const outputs = Array.from({ length: pointCount(big) }, (_, p) => pointOutputs(big, p, model));
    const smallOutputs = Array.from({ length: pointCount(small) }, (_, p) => pointOutputs(small, p, model));
    expect(rankFactors(big, outputs, 2)).toEqual(rankFactors(small, smallOutputs));
  });

  it('renders as a ranked Markdown table and as CSV rows for every output and parameter', () => {
    const s = study({ trajectories: 2 });
    const model = linearModel();
    const outputs = Array.from({ length: pointCount(s) }, (_, p) => pointOutputs(s, p, model));
    const record = studyRecord(s, outputs, { command: 'test', scenario: '(default)', scenarioHash: 'h', variant: 'baseline', excluded: [] });
    const md = sensitivityMarkdown(record);
    expect(md).toContain('## Morale: mean morale of members (morale_mean)');
    expect(md).toMatch(/\| 1 \| `tiesPerPerson` \| 0\.500 \| 0 \| -0\.500 \| 2 \|/);
    const csv = sensitivityCsv(record).trimEnd().split('\n');
    expect(csv[0]).toBe('output,rank,parameter,mu_star,sigma,mu,n');
    expect(csv).toHaveLength(1 + SENSITIVITY_OUTPUTS.length * PARAMETERS.length);
    expect(record.design).toMatchObject({ trajectories: 2, levels: 4, runs: 2, firstSeed: 5, points: 2 * (PARAMETERS.length + 1) });
  });
});
