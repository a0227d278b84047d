/**
 * The stylized facts of the model brief, one test each (64 paired seeds, common
 * random numbers), plus the calibration targets. Same definitions as `npm run facts`.
 */
import { describe, expect, it } from 'vitest';
import { CALIBRATIONS, FACTS, formatCalibration, formatFact, runCalibration, runFact } from '../scripts/facts/runner.ts';

describe('stylized facts', () => {
  for (const fact of FACTS) {
    it(`fact ${fact.id}: ${fact.name}`, () => {
      const outcome = runFact(fact);
      expect(outcome.pass, formatFact(outcome)).toBe(true);
    });
  }
  for (const c of CALIBRATIONS) {
    it(`calibration: ${c.name} on the default scenario lies in [${c.lo}, ${c.hi}]`, () => {
      const outcome = runCalibration(c);
      expect(outcome.pass, formatCalibration(outcome)).toBe(true);
    });
  }
});
