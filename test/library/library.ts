/**
 * Loading the scenario library and summarising runs for the library tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import {
  METRIC_INDEX,
  resolveVariant,
  runScenario,
  validateScenario,
  type MetricKey,
  type RunResult,
  type Scenario,
} from '../../sim/index.ts';
import type { Claim } from './claims.ts';

export const SCENARIO_DIR = new URL('../../scenarios/', import.meta.url);

/** Every scenario file in scenarios/ (the JSON Schema excepted), sorted. */
export function scenarioFiles(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .sort();
}

export function readScenarioJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, SCENARIO_DIR), 'utf8'));
}

export function loadScenario(file: string): Scenario {
  const result = validateScenario(readScenarioJson(file));
  if (!result.ok) throw new Error(`${file}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.scenario;
}

export function resolveRun(scenario: Scenario, name: string): Scenario {
  const result = resolveVariant(scenario, name);
  if (!result.ok) throw new Error(`${scenario.name} / ${name}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.scenario;
}

/** Value of one metric for one unit in one week (1-based). */
export function valueAt(run: RunResult, week: number, unit: number, metric: MetricKey): number {
  const units = run.teamNames.length + 1;
  return run.values[((week - 1) * units + unit) * run.metricKeys.length + METRIC_INDEX[metric]];
}

export function unitIndex(run: RunResult, unit: string | undefined): number {
  if (unit === undefined) return run.teamNames.length;
  const i = run.teamNames.indexOf(unit);
  if (i < 0) throw new Error(`no team named ${unit}; teams: ${run.teamNames.join(', ')}`);
  return i;
}

/** The claim's quantity for one run: the window's mean or sum of the metric (minus another, if asked). */
export function summarise(run: RunResult, claim: Claim): number {
  if (claim.to > run.weeks) throw new Error(`claim ${claim.id} needs week ${claim.to}, the run has ${run.weeks}`);
  const unit = unitIndex(run, claim.unit);
  let total = 0;
  for (let w = claim.from; w <= claim.to; w++) {
    let v = valueAt(run, w, unit, claim.metric);
    if (claim.minus) v -= valueAt(run, w, unit, claim.minus);
    total += v;
  }
  return claim.aggregate === 'sum' ? total : total / (claim.to - claim.from + 1);
}

/** Seeds used by the library tests: fixed, so a failure can be reproduced. */
export function librarySeeds(n: number): number[] {
  return Array.from({ length: n }, (_, i) => 1000 + i);
}

/** Runs every seed of one arm (memoised per scenario file, run name, weeks). */
export function makeRunner() {
  const cache = new Map<string, RunResult[]>();
  return (file: string, scenario: Scenario, name: string, weeks: number, seeds: readonly number[]): RunResult[] => {
    const key = `${file}\u0000${name}\u0000${weeks}\u0000${seeds.length}`;
    let runs = cache.get(key);
    if (!runs) {
      const resolved = resolveRun(scenario, name);
      runs = seeds.map((seed) => runScenario(resolved, { seed, weeks, stories: false }));
      cache.set(key, runs);
    }
    return runs;
  };
}
