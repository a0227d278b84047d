/** Public entry of the engine: everything the worker, the CLI and the tests use. */
export * from './types.ts';
export * from './metrics.ts';
export * from './scenario/schema.ts';
export * from './scenario/levers.ts';
export * from './scenario/parse.ts';
export { printable, unsafeCharacterProblem } from './scenario/untrusted.ts';
export * from './scenario/variants.ts';
export { scenarioForHash } from './scenario/hash-input.ts';
export { PARAMETERS, defaultParameters, type ModelParameters, type ParameterKey } from './parameters.ts';
export { createRunner, createSimulation, restoreSimulation, runScenario, ENGINE_VERSION, type EngineSimulation, type Runner } from './engine/simulation.ts';
export { generatedName } from './narrate/names.ts';
export { DEFAULT_SCENARIO } from './scenario/default.ts';
