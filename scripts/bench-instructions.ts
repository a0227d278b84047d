/**
 * `npm run bench:instructions`: machine instructions the engine executes per
 * person-week at 1,000 people, counted by valgrind (cachegrind). Unlike a
 * timing, the count is the same from run to run and does not move when another
 * process shares the machine, so it compares two versions of the engine on a
 * busy two-core machine where timings drift by ±20%. It is not a time: fewer
 * instructions usually, not always, means faster (branch misses and memory
 * stalls are not in it); confirm a real change with `npm run bench`.
 *
 * How: the engine and a small driver are bundled with esbuild (as the CLI's
 * workers run it), run under valgrind for 4 and for 10 runs of 52 weeks with
 * V8 on one thread (so compilation happens at the same points every time), and
 * the difference is divided by the 6 × 52 × 1,000 person-weeks between them:
 * start-up, module loading and compiling cancel out.
 *
 * Needs valgrind (Debian: `apt-get install valgrind`); takes about a minute.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const DIR = 'test-results/bench-instructions';
const FEW = 4;
const MANY = 10;
const WEEKS = 52;
const PEOPLE = 20 * 50;

const DRIVER = `
import { createSimulation, validateScenario } from '../../sim/index.ts';
const runs = Number(process.argv[2]);
const r = validateScenario({
  schemaVersion: 2, name: 'bench 20×49', weeks: ${WEEKS}, warmupWeeks: 0,
  teams: Array.from({ length: 20 }, (_, i) => ({ name: 'T' + i, size: 49 })), measurement: { stories: false },
});
if (!r.ok) throw new Error('the bench scenario is invalid');
for (let k = 0; k < runs; k++) createSimulation(r.scenario, { seed: k + 1, weeks: ${WEEKS}, stories: false, log: false }).step(${WEEKS});
`;

function instructions(bundle: string, runs: number): number {
  const out = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', bundle, String(runs)], {
    encoding: 'utf8',
  });
  if (out.error) {
    console.error(`error: cannot run valgrind (${out.error.message}); install it (Debian: apt-get install valgrind) and try again`);
    process.exit(1);
  }
  const match = /I\s+refs:\s+([\d,]+)/.exec(out.stderr);
  if (out.status !== 0 || !match) {
    console.error(`error: valgrind did not report an instruction count (exit ${out.status}):\n${out.stderr.split('\n').slice(-8).join('\n')}`);
    process.exit(1);
  }
  return Number(match[1].replaceAll(',', ''));
}

mkdirSync(DIR, { recursive: true });
writeFileSync(`${DIR}/driver.ts`, DRIVER);
await build({ entryPoints: [`${DIR}/driver.ts`], bundle: true, platform: 'node', format: 'esm', outfile: `${DIR}/driver.mjs`, logLevel: 'warning' });
const few = instructions(`${DIR}/driver.mjs`, FEW);
const many = instructions(`${DIR}/driver.mjs`, MANY);
const perPersonWeek = (many - few) / ((MANY - FEW) * WEEKS * PEOPLE);
console.log(`instructions per person-week @1000 (valgrind, ${MANY} minus ${FEW} runs × ${WEEKS} weeks): ${Math.round(perPersonWeek)}`);
