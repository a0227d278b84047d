/**
 * Pure statistics for ensembles: summaries, t intervals, paired differences, sensitivity (main effects, Morris screening,
 * the lever sweep).
 * No Node imports. A run's final-quarter means and totals are in sim/results.ts, with everything else that reads a run.
 */
export { mean, sampleVariance, sampleSd } from './descriptive.ts';
export { logGamma, regularizedIncompleteBeta, tCdf, tPdf, tQuantile } from './tDistribution.ts';
export { meanWithCi, pairedDifferences, pairedDifferenceCi, excludesZero, present, clipInterval, differenceRange, type MeanEstimate } from './confidence.ts';
export { pairedSigns, windowValue, type PairedSigns } from './paired.ts';
export { rankMainEffects, rankByMagnitude, type DesignObservation, type MainEffect, type NamedEffect } from './sensitivity.ts';
export { elementaryEffects, morrisDelta, morrisDesign, morrisIndices, morrisTrajectory, rankByMuStar, type MorrisDesignOptions, type MorrisIndex, type Trajectory } from './morris.ts';
export { LEVER_SENSITIVITY_METRICS, leverEffects, leverSweepScenarios, withLeverHeld, type LeverEffect } from './leverSensitivity.ts';
