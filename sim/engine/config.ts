/**
 * The numbers the engine reads each tick: model parameters resolved from the
 * scenario (falling back to the table's defaults for scenarios built in code),
 * and scenario settings that never change during a run.
 */
import { defaultParameters, type ModelParameters } from '../parameters.ts';
import type { Scenario } from '../scenario/schema.ts';

export interface EngineConfig {
  readonly p: ModelParameters;
  readonly scenario: Scenario;
  /** Whether the workplace layers run (false: bare donation game). */
  readonly layers: boolean;
  readonly stories: boolean;
  /** Whether the organisation's log is kept. */
  readonly log: boolean;
}

/** Resolves the run's parameters. */
export function makeConfig(scenario: Scenario, stories: boolean, log: boolean): EngineConfig {
  const merged = defaultParameters();
  const model = (scenario.model ?? {}) as Partial<ModelParameters>;
  for (const key of Object.keys(merged) as (keyof ModelParameters)[]) {
    const v = model[key];
    if (typeof v === 'number' && Number.isFinite(v)) merged[key] = v;
  }
  // Rebuilt through JSON, which gives an object with fast (in-object) properties. Built key by key, an object of ~50
  // numbers can fall into V8's dictionary mode (whether it does depends on which other modules were loaded), and then
  // every p.x read in the hot loops is a hash lookup: runs were ~25% slower. The values are finite numbers, which JSON
  // round-trips exactly.
  const p = JSON.parse(JSON.stringify(merged)) as ModelParameters;
  return { p, scenario, layers: p.workplaceLayers >= 0.5, stories, log };
}
