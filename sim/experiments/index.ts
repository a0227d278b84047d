/**
 * Experiments: the stylized facts, the library's claims and the calibration
 * targets as one kind of data, and the one runner that judges them. Pure (no
 * Node): scripts/facts.ts, the tests and the docs generator all use it.
 */
export * from './types.ts';
export { DEFAULT_BLOCKS, blockSeeds, distinctSeeds, formatBlock, parseBlocks } from './blocks.ts';
export { DEFAULT_SCENARIO_FILE, SCENARIO_FILES, libraryArm, libraryScenario, resolveArm, scenarioArm, type ResolvedArm } from './arms.ts';
export { describeMeasure, measureValue, meanOver, series, sumOver, unitIndex } from './measures.ts';
export { MECHANISMS, MECHANISM_NAMES, type Mechanism } from './mechanisms.ts';
export {
  VALUES_PER_EXPERIMENT,
  createRunModel,
  evidenceFromValues,
  runEvidence,
  seedValueCount,
  seedValues,
  summariseBlock,
  supports,
  type BlockOutcome,
  type CalibrationBlock,
  type CalibrationOutcome,
  type Evidence,
  type EvidencePlan,
  type ExperimentOutcome,
  type RunModel,
} from './runner.ts';
export { CALIBRATIONS, FACTS } from './facts.ts';
export { CLAIMS, LIBRARY, libraryEntry, type ClaimSpec, type LibraryEntry } from './library/index.ts';
export { EXPERIMENTS, calibrationById, experimentById } from './catalogue.ts';
export { singleRunCheck, singleRunFailures, type SingleRunResult } from './singleRun.ts';
export { formatBlockEffect, formatCalibrationLine, formatExperimentLine, formatNumber, formatPercent, formatSingleRunLine, verdict } from './report.ts';
