/**
 * Every experiment and calibration the project runs, by id: the stylized
 * facts, the library's claims and the calibration targets. Worker threads look
 * experiments up here by id (functions cannot be sent between threads).
 */
import { CALIBRATIONS, FACTS } from './facts.ts';
import { CLAIMS } from './library/index.ts';
import type { Calibration, Experiment } from './types.ts';

export const EXPERIMENTS: readonly Experiment[] = [...FACTS, ...CLAIMS];

const experimentIndex = new Map(EXPERIMENTS.map((e) => [e.id, e]));
const calibrationIndex = new Map(CALIBRATIONS.map((c) => [c.id, c]));

export function experimentById(id: string): Experiment {
  const e = experimentIndex.get(id);
  if (!e) throw new Error(`no experiment with id ${JSON.stringify(id)}`);
  return e;
}

export function calibrationById(id: string): Calibration {
  const c = calibrationIndex.get(id);
  if (!c) throw new Error(`no calibration with id ${JSON.stringify(id)}`);
  return c;
}
