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
  const p = defaultParameters();
  const model = (scenario.model ?? {}) as Partial<ModelParameters>;
  for (const key of Object.keys(p) as (keyof ModelParameters)[]) {
    const v = model[key];
    if (typeof v === 'number' && Number.isFinite(v)) p[key] = v;
  }
  return { p, scenario, layers: p.workplaceLayers >= 0.5, stories, log };
}
