/**
 * Plain-text verdicts of experiments and calibrations, one line each, as
 * `npm run facts` prints them; and the number format the generated docs share.
 */
import { describeMeasure } from './measures.ts';
import type { BlockOutcome, CalibrationOutcome, ExperimentOutcome } from './runner.ts';
import type { SingleRunResult } from './singleRun.ts';
import type { Calibration, Experiment } from './types.ts';

/** A number with three significant digits (exponent form outside 0.001–9999), `—` for null; `+` on positives when `signed`. */
export function formatNumber(x: number | null | undefined, signed = false): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  if (x === 0) return '0';
  const a = Math.abs(x);
  const text = a >= 9999.5 || a < 0.001 ? x.toExponential(2) : x.toFixed(Math.max(0, 2 - Math.floor(Math.log10(a))));
  return signed && x > 0 ? `+${text}` : text;
}

/** A share as a percentage with one decimal (`11.9%`), `—` for null. */
export function formatPercent(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  return `${(x * 100).toFixed(1)}%`;
}

/** `+0.110 [+0.108, +0.112], d = 4.3`: the mean paired value, its 95% interval and Cohen's d_z. */
export function formatBlockEffect(b: BlockOutcome): string {
  return `${formatNumber(b.mean, true)} [${formatNumber(b.lo, true)}, ${formatNumber(b.hi, true)}], d = ${formatNumber(b.effectSize)}`;
}

export function verdict(pass: boolean): 'PASS' | 'FAIL' {
  return pass ? 'PASS' : 'FAIL';
}

/** One line per experiment: verdict over all blocks, id, label, title, then each block's effect and verdict. */
export function formatExperimentLine(e: Experiment, o: ExperimentOutcome): string {
  const blocks = o.blocks.map((b) => `${b.block} ${formatBlockEffect(b)} ${verdict(b.pass)}`).join(' | ');
  return `${verdict(o.pass)} ${e.id} [${e.label}] ${e.title} ${blocks}`;
}

/** One line per calibration: verdict, target range, and the mean with its interval on each block. */
export function formatCalibrationLine(c: Calibration, o: CalibrationOutcome): string {
  const blocks = o.blocks
    .map((b) => `${b.block} ${formatPercent(b.mean)} [${formatPercent(b.lo)}, ${formatPercent(b.hi)}] ${verdict(b.pass)}`)
    .join(' | ');
  return `${verdict(o.pass)} calibration ${c.id}: ${c.title}, target ${formatPercent(c.lo)}–${formatPercent(c.hi)} (${describeMeasure(c.measure)}) ${blocks}`;
}

/** One line per library claim in the trainer's single run. */
export function formatSingleRunLine(r: SingleRunResult): string {
  const status = r.shows ? 'shows' : r.noisy ? 'does not show (the scenario says one run is noisy)' : 'DOES NOT SHOW';
  return `${r.id} at seed ${r.seed}: ${formatNumber(r.value, true)} (${formatNumber(r.treatment)} vs ${formatNumber(r.control)}) ${status}`;
}
