/**
 * The debrief's numbers, computed by the engine: ensembles run on the compare
 * page's worker pool (viz/pages/compare/ensemble/), one run per seed, the same
 * seeds for every setting (common random numbers). First the session's run
 * and the run it is compared with; then every lever held at its lowest and
 * its highest for the whole run, to say which would have mattered most. The
 * statistics are sim/analysis's; here they are only read off the runs.
 */
import { mean, meanWithCi, pairedDifferenceCi, pairedSigns, windowValue, type MeanEstimate } from '../../../../sim/analysis/index.ts';
import { METRIC_INDEX } from '../../../../sim/metrics.ts';
import { LEVERS, type LeverKey } from '../../../../sim/scenario/levers.ts';
import { isFlow, type Debrief } from '../../../../sim/scenario/guide-weeks.ts';
import type { Scenario } from '../../../../sim/scenario/schema.ts';
import type { GuideRuns } from '../../../../sim/worker.ts';
import { runSeries } from '../../compare/ensemble/aggregate.ts';
import type { EnsemblePlan } from '../../compare/ensemble/plan.ts';
import { startEnsemble, type EnsembleJob } from '../../compare/ensemble/pool.ts';
import type { EnsembleProgress } from '../../compare/ensemble/scheduler.ts';
import type { DebriefSummary } from './debrief-text.ts';

/** A computation that can be cancelled (the session ended). */
export interface Pending<T> {
  readonly result: Promise<T>;
  cancel(): void;
}

/** Each run's value over the debrief's window, for one setting of the plan (column 0 is the debrief's metric). */
function windowValues(values: Float64Array, plan: EnsemblePlan, setting: number, debrief: Debrief): Float64Array {
  const out = new Float64Array(plan.runsPerVariant);
  const sum = isFlow(debrief.metric);
  for (let r = 0; r < plan.runsPerVariant; r++) out[r] = windowValue(runSeries(values, plan, setting, r, 0), debrief.from, debrief.to, sum);
  return out;
}

function job<T>(ensemble: EnsembleJob, read: (values: Float64Array) => T): Pending<T> {
  return { result: ensemble.result.then(read), cancel: () => ensemble.cancel() };
}

/** The session's run against the comparison over `debrief.runs` futures from `seed` on. */
export function compareRuns(
  runs: GuideRuns,
  debrief: Debrief,
  seed: number,
  comparison: string,
  onProgress: (p: EnsembleProgress) => void,
): Pending<DebriefSummary> {
  const plan: EnsemblePlan = {
    scenarios: [runs.run, runs.comparison],
    runsPerVariant: debrief.runs,
    baseSeed: seed,
    weeks: debrief.to,
    metricIndices: [METRIC_INDEX[debrief.metric], METRIC_INDEX.headcount],
  };
  return job(startEnsemble(plan, onProgress), (values) => {
    const run = windowValues(values, plan, 0, debrief);
    const other = windowValues(values, plan, 1, debrief);
    const signs = pairedSigns(run, other);
    // People employed when the window starts (at the end of the week before it), over the session's futures.
    const before = Math.max(1, debrief.from - 1);
    const people = mean(Float64Array.from({ length: plan.runsPerVariant }, (_, r) => runSeries(values, plan, 0, r, 1)[before - 1]));
    return {
      metric: debrief.metric,
      from: debrief.from,
      to: debrief.to,
      window: debrief.window,
      comparison,
      expect: debrief.expect,
      people,
      run: meanWithCi(run).mean,
      other: meanWithCi(other).mean,
      difference: pairedDifferenceCi(run, other),
      higher: signs.higher,
      lower: signs.lower,
      same: signs.same,
    };
  });
}

/** What holding one lever at an end did, against the run as written (paired). */
export interface LeverEffect {
  readonly lever: LeverKey;
  readonly label: string;
  /** The lever's value in the organisation's policy as written, and its lowest and highest. */
  readonly now: number;
  readonly min: number;
  readonly max: number;
  readonly atMin: number;
  readonly atMax: number;
  /** Highest minus lowest, paired, with its interval. */
  readonly swing: MeanEstimate;
}

/**
 * The run as written with one lever held at `value` for the whole run: in the organisation's policy, every team's
 * own policy, every policy change and every new leader's policy that sets it.
 */
export function heldThroughout(scenario: Scenario, lever: LeverKey, value: number): Scenario {
  const set = <T extends Partial<Record<LeverKey, number>> | undefined>(policy: T): T => (policy && policy[lever] !== undefined ? { ...policy, [lever]: value } : policy);
  return {
    ...scenario,
    policy: { ...scenario.policy, [lever]: value },
    teams: scenario.teams.map((t) => (t.policy ? { ...t, policy: set(t.policy) } : t)),
    events: scenario.events.map((e) => (e.type === 'policyChange' || e.type === 'newLeader' ? { ...e, policy: set(e.policy) } : e)) as Scenario['events'],
  };
}

/** Futures per lever setting: a fifth of the debrief's, from 10 to 20 (43 settings in all). */
export function leverFutures(debriefRuns: number): number {
  return Math.max(10, Math.min(20, Math.round(debriefRuns / 5)));
}

/** Every lever held at its lowest and its highest, against the run as written; the largest swing first. */
export function rankLevers(reference: Scenario, debrief: Debrief, seed: number, onProgress: (p: EnsembleProgress) => void): Pending<LeverEffect[]> {
  const scenarios: Scenario[] = [reference];
  for (const spec of LEVERS) for (const value of [spec.min, spec.max]) scenarios.push(heldThroughout(reference, spec.key as LeverKey, value));
  const plan: EnsemblePlan = { scenarios, runsPerVariant: leverFutures(debrief.runs), baseSeed: seed, weeks: debrief.to, metricIndices: [METRIC_INDEX[debrief.metric]] };
  return job(startEnsemble(plan, onProgress), (values) => {
    const written = windowValues(values, plan, 0, debrief);
    const effects = LEVERS.map((spec, i): LeverEffect => {
      const low = windowValues(values, plan, 1 + 2 * i, debrief);
      const high = windowValues(values, plan, 2 + 2 * i, debrief);
      return {
        lever: spec.key as LeverKey,
        label: spec.label,
        now: reference.policy[spec.key as LeverKey],
        min: spec.min,
        max: spec.max,
        atMin: pairedDifferenceCi(low, written).mean,
        atMax: pairedDifferenceCi(high, written).mean,
        swing: pairedDifferenceCi(high, low),
      };
    });
    const size = (e: LeverEffect) => (Number.isFinite(e.swing.mean) ? Math.abs(e.swing.mean) : -1);
    return effects.map((e, i) => ({ e, i })).sort((a, b) => size(b.e) - size(a.e) || a.i - b.i).map((x) => x.e);
  });
}
