/**
 * `npm run bench`: engine speed, memory and ensemble scaling against the
 * targets in QUALITY.md. Reports medians and ratios; never fails on a target.
 * Runs in a few minutes on two cores.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createSimulation, validateScenario, type Scenario } from '../sim/index.ts';
import { tick, WEEKLY_ORDER, type Phase } from '../sim/engine/simulation.ts';
import type { Job } from '../cli/jobs/job.ts';
import { runUnits } from '../cli/jobs/pool.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function scenario(teams: number, size: number, weeks: number): Scenario {
  const result = validateScenario({
    schemaVersion: 2,
    name: `bench ${teams}×${size}`,
    weeks,
    teams: Array.from({ length: teams }, (_, i) => ({ name: `T${i}`, size })),
    measurement: { stories: false },
  });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return result.scenario;
}

/** People in a scenario: members plus one leader per team. */
const people = (s: Scenario) => s.teams.reduce((n, t) => n + t.size + 1, 0);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median milliseconds of stepping (creation excluded) over `reps` runs on seeds 1…reps. */
function timeSteps(s: Scenario, weeks: number, reps: number): number {
  const times: number[] = [];
  for (let r = 0; r < reps; r++) {
    const sim = createSimulation(s, { seed: r + 1, weeks, stories: false, log: false });
    const t0 = performance.now();
    sim.step(weeks);
    times.push(performance.now() - t0);
  }
  return median(times);
}

const line = (label: string, value: number, unit: string, target: number, better: 'lower' | 'higher') =>
  `${label}: ${fmt(value)}${unit} (target ${better === 'lower' ? '≤' : '≥'} ${fmt(target)}${unit}, ratio ${(value / target).toFixed(2)})`;
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

interface EnsembleTiming {
  /** Milliseconds from the start to the last result. */
  readonly total: number;
  /** Milliseconds from the first result after 40% of the runs to the last: throughput once V8 has optimised the engine. */
  readonly late: number;
  /** Runs completed in that late window. */
  readonly lateRuns: number;
}

async function ensemble(threads: number, runs: number, forceWorkers: boolean): Promise<EnsembleTiming> {
  const s = scenario(1, 49, 52);
  const job: Job = {
    spec: { command: 'run', engineVersion: 'bench', scenarioHash: 'bench' },
    kind: 'final',
    scenarios: [s],
    unitCount: runs,
    task: (unit) => ({ scenario: 0, seed: unit + 1, weeks: 52 }),
  };
  let lateStart = 0;
  let lateFrom = 0;
  const t0 = performance.now();
  const onProgress = (done: number) => {
    if (lateStart === 0 && done >= runs * 0.4) {
      lateStart = performance.now();
      lateFrom = done;
    }
  };
  await runUnits(job, { start: 0, end: runs }, { threads, forceWorkers, onProgress }, () => {});
  const end = performance.now();
  return { total: end - t0, late: end - lateStart, lateRuns: runs - lateFrom };
}

async function main(): Promise<void> {
  const cores = availableParallelism();
  console.log(`Reciprocity Lab bench — Node ${process.version}, ${cores} cores; medians; targets from QUALITY.md\n`);
  // `npm run bench -- ensemble` (or `engine`, `phases`) runs those parts only; no argument runs all three.
  const parts = process.argv.slice(2);
  const unknown = parts.filter((p) => p !== 'engine' && p !== 'phases' && p !== 'ensemble');
  if (unknown.length > 0) {
    console.error(`error: unknown part ${unknown.join(', ')}; use engine, phases, ensemble or nothing (all)`);
    process.exit(2);
  }
  if (parts.length === 0 || parts.includes('engine')) engineBench();
  if (parts.length === 0 || parts.includes('phases')) phasesBench();
  if (parts.length === 0 || parts.includes('ensemble')) await ensembleBench(cores);
}

function engineBench(): void {
  // Memory first, in a fresh heap: heap plus typed-array bytes held by a live 100k simulation after 13 weeks, run as the
  // CLI runs it (stories and log off). The weekly result series (one row per team and week, growing with the weeks by
  // design) is reported apart from the state, whose size must not depend on the weeks.
  // Compile the engine first, so its code (a fixed cost, not per person) is not counted as state.
  createSimulation(scenario(2, 49, 52), { seed: 1, stories: false, log: false }).step(52);
  gc();
  gc();
  const before = process.memoryUsage();
  // Peak: the process's maximum resident set during the run, above what it held before (or its earlier peak, if higher).
  const peakBefore = Math.max(before.rss, process.resourceUsage().maxRSS * 1024);
  const big = createSimulation(scenario(1000, 99, 13), { seed: 1, weeks: 13, stories: false, log: false });
  big.step(13);
  const peak = process.resourceUsage().maxRSS * 1024 - peakBefore;
  gc();
  gc();
  const after = process.memoryUsage();
  const total = after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers);
  const series = big.state.values.byteLength;
  const n = people(big.scenario);
  console.log(line('state per person @100000 (heap + typed arrays, without the result series)', (total - series) / n, ' B', 300, 'lower'));
  console.log(`  plus the weekly result series: ${fmt(series / n)} B per person for 13 weeks (${big.scenario.teams.length + 1} units × 13 weeks × ${big.result().metricKeys.length} metrics × 8 B)`);
  console.log(`peak memory per person @100000 (growth of the process's maximum resident set during creation and 13 weeks, series included): ${fmt(peak / n)} B`);


  // Per person-week at three sizes (warm up first so the JIT has compiled the tick).
  timeSteps(scenario(1, 49, 52), 52, 3);
  const sizes: [string, Scenario, number, number][] = [
    ['50', scenario(1, 49, 52), 52, 15],
    ['1000', scenario(20, 49, 52), 52, 7],
    ['100000', scenario(1000, 99, 13), 13, 3],
  ];
  for (const [label, s, weeks, reps] of sizes) {
    const ms = timeSteps(s, weeks, reps);
    const ns = (ms * 1e6) / (people(s) * weeks);
    console.log(line(`ns/person-week @${label}`, ns, ' ns', 300, 'lower'));
    if (label === '100000') {
      console.log(line(`100k people × 52 weeks (extrapolated from ${weeks} weeks)`, (ms * 52) / weeks / 1000, ' s', 30, 'lower'));
    }
  }

  const team = scenario(1, 49, 520);
  timeSteps(team, 520, 2);
  console.log(line('one team of 50 × 520 weeks', timeSteps(team, 520, 9), ' ms', 5, 'lower'));

}

/**
 * Where a person-week's time goes at 1,000 people: each phase of the weekly order (sim/engine/simulation.ts
 * WEEKLY_ORDER) timed inside real runs, so every phase sees the state and caches it sees in a run. The clock is read
 * here, around the phases; the engine itself never reads it.
 */
function phasesBench(): void {
  const s = scenario(20, 49, 52);
  const weeks = 52;
  const spent = new Float64Array(WEEKLY_ORDER.length);
  const timed: Phase[] = WEEKLY_ORDER.map((phase, k) => ({
    ...phase,
    run(state, cfg, x) {
      const t0 = performance.now();
      phase.run(state, cfg, x);
      spent[k] += performance.now() - t0;
    },
  }));
  const runs = 24;
  const warmUp = 8;
  let personWeeks = 0;
  for (let r = 0; r < runs; r++) {
    if (r === warmUp) spent.fill(0);
    const sim = createSimulation(s, { seed: r + 1, weeks, stories: false, log: false });
    for (let w = 0; w < weeks; w++) tick(sim.state, sim.config, sim.scratch, timed);
    if (r >= warmUp) personWeeks += people(s) * weeks;
  }
  const ns = Array.from(spent, (ms) => (ms * 1e6) / personWeeks);
  const total = ns.reduce((a, b) => a + b, 0);
  console.log(`ns/person-week @1000 by phase (${runs - warmUp} runs × ${weeks} weeks after ${warmUp} warm-up runs; total ${fmt(total)} ns):`);
  WEEKLY_ORDER.forEach((phase, k) => {
    if (phase.model === 'game') return; // the bare donation game's phases do not run in the full model
    console.log(`  ${phase.name.padEnd(22)} ${fmt(ns[k]).padStart(5)} ns  ${((100 * ns[k]) / total).toFixed(0).padStart(3)}%`);
  });
}

/** Ensemble: 1,000 runs × 52 weeks × 50 people on the worker pool. */
async function ensembleBench(cores: number): Promise<void> {
  const runs = 1000;
  await ensemble(cores, 20, true); // warm the workers' bundle cache
  // All cores and one thread in alternation, three times each: medians of pairs measured under the same conditions.
  const allTimes: EnsembleTiming[] = [];
  const oneTimes: EnsembleTiming[] = [];
  for (let r = 0; r < 3; r++) {
    allTimes.push(await ensemble(cores, runs, true));
    oneTimes.push(await ensemble(1, runs, true));
  }
  const all = median(allTimes.map((t) => t.total));
  const one = median(oneTimes.map((t) => t.total));
  console.log(line(`ensemble ${runs} runs × 52 weeks × 50 people, ${cores} threads`, all / 1000, ' s', 2, 'lower'));
  const secs = (ts: EnsembleTiming[]) => ts.map((t) => fmt(t.total / 1000)).join(', ');
  console.log(`ensemble on 1 thread: ${fmt(one / 1000)} s (runs: ${secs(allTimes)} s on ${cores}; ${secs(oneTimes)} s on 1)`);
  const perCore = one / all / cores;
  console.log(line(`parallel scaling (speed-up ${(one / all).toFixed(2)}× on ${cores} cores, per core)`, perCore, '', 0.85, 'higher'));
  // The same ratio on throughput after the first 40% of runs, when every thread runs optimised code: the difference to the
  // figure above is each thread's warm-up (V8 compiling the engine, which a lone thread does on an idle core).
  const rate = (ts: EnsembleTiming[]) => median(ts.map((t) => t.lateRuns / t.late));
  const lateScaling = rate(allTimes) / rate(oneTimes) / cores;
  console.log(`  after warm-up (last 60% of runs): ${fmt(rate(oneTimes) * 1000)} runs/s on 1 thread, ${fmt(rate(allTimes) * 1000)} on ${cores}: ${lateScaling.toFixed(2)} per core`);
}

await main();
