// PLACEHOLDER engine (to be replaced by the real engine): produces a run of the right shape.
import { METRIC_KEYS } from '../metrics.ts';
import type { Scenario, ScenarioEvent } from '../scenario/schema.ts';
import type { RunOptions, RunResult, Simulation, SimulationSnapshot } from '../types.ts';

export const ENGINE_VERSION = '0.0.0-placeholder';

export function createSimulation(scenario: Scenario, options: RunOptions = {}): Simulation {
  const seed = options.seed ?? scenario.seed;
  const weeks = options.weeks ?? scenario.weeks;
  const units = scenario.teams.length + 1;
  const values = new Float64Array(weeks * units * METRIC_KEYS.length);
  let week = 0;
  const sim: Simulation = {
    scenario,
    seed,
    get week() { return week; },
    weeks,
    step(n = 1) { week = Math.min(weeks, week + n); },
    result(): RunResult {
      return { engineVersion: ENGINE_VERSION, seed, weeks: week, teamNames: scenario.teams.map((t) => t.name), metricKeys: METRIC_KEYS, values: values.slice(0, week * units * METRIC_KEYS.length) };
    },
    people() {
      return { week, ids: new Int32Array(0), names: [], team: new Int16Array(0), role: new Uint8Array(0), style: new Uint8Array(0), morale: new Float32Array(0), energy: new Float32Array(0), burnout: new Uint8Array(0), tenureWeeks: new Int32Array(0), trustInLeader: new Float32Array(0) };
    },
    ties() { return { from: new Int32Array(0), to: new Int32Array(0), trust: new Float32Array(0) }; },
    log() { return []; },
    story() { return []; },
    personName() { return undefined; },
    schedule(_event: ScenarioEvent) {},
    snapshot(): SimulationSnapshot { return { engineVersion: ENGINE_VERSION, scenario, seed, state: { week } }; },
  };
  return sim;
}

export function restoreSimulation(snapshot: SimulationSnapshot): Simulation {
  const sim = createSimulation(snapshot.scenario, { seed: snapshot.seed });
  sim.step((snapshot.state as { week: number }).week);
  return sim;
}

export function runScenario(scenario: Scenario, options: RunOptions = {}): RunResult {
  const sim = createSimulation(scenario, options);
  sim.step(sim.weeks);
  return sim.result();
}
