/**
 * Runs the model brief's stylized facts (each part of a fact) as paired experiments (64 seeds,
 * common random numbers) and the two calibration targets, one line each.
 * Exit code 1 if any fails. Usage: `npm run facts` (optionally `-- --seeds 128`).
 */
import { CALIBRATIONS, FACTS, formatCalibration, formatFact, runCalibration, runFact } from './facts/runner.ts';
import { seedList } from './facts/definitions.ts';

const arg = process.argv.indexOf('--seeds');
const seeds = seedList(arg > 0 ? Number(process.argv[arg + 1]) : 64);
let failed = 0;
for (const fact of FACTS) {
  const o = runFact(fact, seeds);
  if (!o.pass) failed++;
  console.log(formatFact(o));
}
for (const c of CALIBRATIONS) {
  const o = runCalibration(c, seeds);
  if (!o.pass) failed++;
  console.log(formatCalibration(o));
}
process.exitCode = failed > 0 ? 1 : 0;
