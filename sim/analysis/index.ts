/** Pure statistics for ensembles: summaries, t intervals, paired differences and their signs, sensitivity (main effects, Morris screening). No Node imports. */
export { mean, sampleVariance, sampleSd } from './descriptive.ts';
export { logGamma, regularizedIncompleteBeta, tCdf, tPdf, tQuantile } from './tDistribution.ts';
export { meanWithCi, pairedDifferences, pairedDifferenceCi, excludesZero, present, clipInterval, differenceRange, type MeanEstimate } from './confidence.ts';
export { finalQuarterWeeks, finalQuarterMeans, runTotals } from './finalQuarter.ts';
export { pairedSigns, windowValue, type PairedSigns } from './paired.ts';
export { rankMainEffects, rankByMagnitude, type DesignObservation, type MainEffect, type NamedEffect } from './sensitivity.ts';
export { elementaryEffects, morrisDelta, morrisDesign, morrisIndices, morrisTrajectory, rankByMuStar, type MorrisDesignOptions, type MorrisIndex, type Trajectory } from './morris.ts';
