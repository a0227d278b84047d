/**
 * The numbers the engine reads each tick: model parameters resolved from the
 * scenario (falling back to the table's defaults for scenarios built in code),
 * the scenario settings that never change during a run, and tables of decay
 * factors for the lazy reads of tie state (ties.ts).
 */
import { defaultParameters, PARAMETERS, type ModelParameters, type ParameterKey } from '../parameters.ts';
import type { Scenario } from '../scenario/schema.ts';

export interface EngineConfig {
  readonly p: ModelParameters;
  /**
   * The same parameters as doubles in a typed array, at PARAM[key]. A hot loop reads the ones it needs into locals
   * once a week from here: a value read from p stays a tagged number that V8 checks and unboxes at every use in the
   * loop; one read from a Float64Array is a plain double.
   */
  readonly values: Float64Array;
  readonly scenario: Scenario;
  /** Whether the workplace layers run (false: bare donation game). */
  readonly layers: boolean;
  readonly stories: boolean;
  /** Whether the organisation's log is kept. */
  readonly log: boolean;
  /** Weeks run before week 1 is reported. */
  readonly warmupWeeks: number;
  /** ledgerKeep[n] = ledgerDecay^n: a ledger last touched n weeks ago is worth its stored value times this. */
  readonly ledgerKeep: Float64Array;
  /** trustKeep[n]: share of (stored trust − fadeTarget) still there after n weeks unused (fades toward the tie's history). */
  readonly trustKeep: Float64Array;
}

/** Position of each parameter in EngineConfig.values (the parameter table's order). */
export const PARAM = Object.fromEntries(PARAMETERS.map((spec, i) => [spec.key, i])) as Record<ParameterKey, number>;

/**
 * keep[n] = factor^n for n = 0…length−1, by repeated multiplication (bit-identical
 * on every JavaScript engine, unlike Math.pow).
 */
function powers(factor: number, length: number): Float64Array {
  const out = new Float64Array(length);
  let x = 1;
  for (let n = 0; n < length; n++) {
    out[n] = x;
    x *= factor;
  }
  return out;
}

/**
 * trustKeep[n]: 1 for the first fadeAfterWeeks weeks; then the faded part moves
 * toward the share fadeHistory it keeps for good, at fadeKeep a week.
 */
function fadeTable(p: ModelParameters, length: number): Float64Array {
  const out = new Float64Array(length);
  const after = p.fadeAfterWeeks;
  let x = 1;
  for (let n = 0; n < length; n++) {
    if (n > after) x *= p.fadeKeep;
    out[n] = p.fadeHistory + (1 - p.fadeHistory) * x;
  }
  return out;
}

/** Resolves the run's parameters. `horizon` is the number of weeks the run can span (warm-up included). */
export function makeConfig(scenario: Scenario, stories: boolean, log: boolean, horizon = scenario.weeks + (scenario.warmupWeeks ?? 0)): EngineConfig {
  const merged = defaultParameters();
  const model = (scenario.model ?? {}) as Partial<ModelParameters>;
  for (const key of Object.keys(merged) as (keyof ModelParameters)[]) {
    const v = model[key];
    if (typeof v === 'number' && Number.isFinite(v)) merged[key] = v;
  }
  // Rebuilt with Object.fromEntries, which gives an object with fast properties (a hidden class with a field per
  // parameter). Built key by key, or by JSON.parse (beyond 127 keys), an object of hundreds of numbers falls into V8's
  // dictionary mode, and then every p.x read in the hot loops is a hash lookup.
  const p = Object.fromEntries(Object.entries(merged)) as unknown as ModelParameters;
  const length = horizon + 2;
  return {
    p,
    values: Float64Array.from(PARAMETERS, (spec) => p[spec.key]),
    scenario,
    layers: p.workplaceLayers >= 0.5,
    stories,
    log,
    warmupWeeks: scenario.warmupWeeks ?? 0,
    ledgerKeep: powers(p.ledgerDecay, length),
    trustKeep: fadeTable(p, length),
  };
}
