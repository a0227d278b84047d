/** Runs facts and calibrations and formats their one-line verdicts. */
import { CALIBRATIONS, FACTS, seedList, type CalibrationDefinition, type FactDefinition } from './definitions.ts';
import { pairedSummary, type PairedSummary } from './stats.ts';

export interface FactOutcome extends PairedSummary {
  readonly fact: FactDefinition;
  readonly pass: boolean;
}

export interface CalibrationOutcome {
  readonly calibration: CalibrationDefinition;
  readonly value: number;
  readonly pass: boolean;
}

/** Runs one fact over the seeds. */
export function runFact(fact: FactDefinition, seeds = seedList()): FactOutcome {
  const summary = pairedSummary(seeds.map((s) => fact.difference(s)));
  return { ...summary, fact, pass: summary.lo > 0 };
}

/** Runs one calibration over the seeds (mean over seeds). */
export function runCalibration(c: CalibrationDefinition, seeds = seedList()): CalibrationOutcome {
  const value = seeds.reduce((a, s) => a + c.value(s), 0) / seeds.length;
  return { calibration: c, value, pass: value >= c.lo && value <= c.hi };
}

const fmt = (x: number) => (Math.abs(x) >= 0.01 || x === 0 ? x.toFixed(4) : x.toExponential(3));

export function formatFact(o: FactOutcome): string {
  return `fact ${o.fact.id} ${o.fact.name}: ${o.pass ? 'PASS' : 'FAIL'} effect=${fmt(o.mean)} ci95=[${fmt(o.lo)}, ${fmt(o.hi)}]`;
}

export function formatCalibration(o: CalibrationOutcome): string {
  return `calibration ${o.calibration.name}: ${o.pass ? 'PASS' : 'FAIL'} value=${fmt(o.value)}`;
}

export { CALIBRATIONS, FACTS };
