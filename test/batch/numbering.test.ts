/**
 * The compare page's ensembles and the CLI's jobs are two transports over one batch core: they number units the same
 * way (variant-major, the same seeds for every variant) and compute the same numbers for the same unit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareJob, type CompareSpec } from '../../cli/jobs/compareJob.ts';
import { runUnits } from '../../cli/jobs/pool.ts';
import type { UnitResult } from '../../cli/jobs/job.ts';
import { seedsFrom, unitCount, unitTask } from '../../sim/batch/plan.ts';
import { METRIC_INDEX } from '../../sim/metrics.ts';
import { series } from '../../sim/results.ts';
import { parseScenarioText } from '../../sim/scenario/parse.ts';
import { resolveVariant, variantNames } from '../../sim/scenario/variants.ts';
import type { RunResult, Scenario } from '../../sim/index.ts';
import healthyTeam from '../../scenarios/healthy-team.json' with { type: 'json' };
import { computeBatch } from '../../viz/pages/compare/ensemble/compute.ts';
import { runPlanOf, runStride, seedOf, totalRuns, variantOf, type EnsemblePlan } from '../../viz/pages/compare/ensemble/plan.ts';

const parsed = parseScenarioText(JSON.stringify(healthyTeam));
if (!parsed.ok) throw new Error('library scenario must be valid');
const names = variantNames(parsed.scenario);
const resolved: Scenario[] = names.map((name) => {
  const r = resolveVariant(parsed.scenario, name);
  if (!r.ok) throw new Error(name);
  return r.scenario;
});

/** The CLI's compare job for these variants, seeds from `seed` (what `compare --seed seed --runs runs` builds). */
function cliJob(scenarios: readonly Scenario[], seed: number, runs: number, weeks: number) {
  const spec: CompareSpec = {
    command: 'compare',
    engineVersion: 'test',
    scenarioHash: 'test',
    format: 'json',
    sensitivity: false,
    variants: scenarios.map((_, v) => `v${v}`),
    seeds: seedsFrom(seed, runs),
    weeks,
    metricKeys: [],
  };
  return compareJob(spec, scenarios);
}

describe('the browser’s plan and the CLI’s plan', () => {
  it('number units identically: the same variant, run, seed and weeks for every unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 40 }), fc.oneof(fc.integer({ min: 0, max: 4294967295 }), fc.constant(4294967290)), (variants, runs, seed) => {
        const scenarios = Array.from({ length: variants }, (_, v) => resolved[v % resolved.length]);
        const job = cliJob(scenarios, seed, runs, 26);
        const browser: EnsemblePlan = { scenarios, runsPerVariant: runs, baseSeed: seed, weeks: 26, metricIndices: [0] };
        expect(totalRuns(browser)).toBe(unitCount(job.plan));
        for (let unit = 0; unit < totalRuns(browser); unit++) {
          expect(unitTask(runPlanOf(browser), unit)).toEqual(unitTask(job.plan, unit));
          expect(seedOf(browser, unit)).toBe(unitTask(job.plan, unit).seed);
          expect(job.plan.scenarios[variantOf(browser, unit)]).toBe(scenarios[unitTask(job.plan, unit).scenario]);
        }
      }),
    );
  });

  it('compute the same series for the same unit: a browser batch holds the organisation rows of the CLI’s runs', async () => {
    const weeks = 20;
    const metrics = [METRIC_INDEX.morale_mean, METRIC_INDEX.turnover_annualised, METRIC_INDEX.headcount];
    const job = { ...cliJob(resolved, 4294967294, 3, weeks), kind: 'full' as const };
    const cli = new Map<number, UnitResult>();
    await runUnits(job, { start: 0, end: unitCount(job.plan) }, { threads: 1 }, (unit, result) => cli.set(unit, result));
    const browser: EnsemblePlan = { scenarios: resolved, runsPerVariant: 3, baseSeed: 4294967294, weeks, metricIndices: metrics };
    const block = computeBatch(browser, { start: 0, end: totalRuns(browser) });
    const stride = runStride(browser);
    for (let unit = 0; unit < totalRuns(browser); unit++) {
      const run = cli.get(unit) as RunResult;
      for (let k = 0; k < metrics.length; k++) {
        const fromCli = Array.from(series(run, metrics[k]));
        const fromBrowser = Array.from({ length: weeks }, (_, w) => block[unit * stride + w * metrics.length + k]);
        expect(fromBrowser).toEqual(fromCli);
      }
    }
  });
});
