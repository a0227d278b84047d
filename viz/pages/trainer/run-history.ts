/**
 * What the page has received of the current run: the metric rows of every
 * computed week and, within a memory budget, each week's people-and-ties
 * frame, so the scrubber can show any computed week at once. Weeks whose
 * frames were dropped are replayed by the worker (deterministic, so identical).
 */
import type { LoadedRun, WeekBatch, WeekFrame } from '../../../sim/worker.ts';
import type { Policy } from '../../../sim/scenario/policy.ts';
import type { LogEntry, MetricKey } from '../../../sim/index.ts';
import { series, unitsOf, valueAt, weekLength } from '../../../sim/results.ts';

/** Frames are dropped (oldest first, week 0 kept) beyond this many bytes. */
const FRAME_BUDGET_BYTES = 160 * 1024 * 1024;

function frameBytes(frame: WeekFrame): number {
  return frame.ids.byteLength * 6 + frame.tieFrom.byteLength * 3 + frame.names.length * 16;
}

export class RunHistory {
  readonly run: LoadedRun;
  private values: Float64Array;
  private readonly rowLength: number;
  private readonly units: number;
  private readonly frames = new Map<number, WeekFrame>();
  private frameBytesTotal = 0;
  /** Weeks computed so far. */
  latestWeek = 0;
  readonly log: LogEntry[] = [];
  /** The organisation-wide levers in effect in the next week to compute, as the worker last reported them. */
  policy: Policy;

  constructor(run: LoadedRun) {
    this.run = run;
    this.units = unitsOf(run);
    this.rowLength = weekLength(run);
    this.values = new Float64Array(Math.max(1, Math.min(run.weeks, 64)) * this.rowLength);
    this.policy = run.policy;
    if (run.frame) this.keepFrame(run.frame);
  }

  /** Appends a batch; throws if it does not continue exactly where the history ends (no skipped or doubled weeks). */
  append(batch: WeekBatch): void {
    if (batch.toWeek < batch.fromWeek) return;
    if (batch.fromWeek !== this.latestWeek + 1) {
      throw new Error(`week ${batch.fromWeek} arrived after week ${this.latestWeek}; the run is out of step`);
    }
    const needed = batch.toWeek * this.rowLength;
    if (needed > this.values.length) {
      const grown = new Float64Array(Math.max(needed, this.values.length * 2));
      grown.set(this.values);
      this.values = grown;
    }
    this.values.set(batch.values, (batch.fromWeek - 1) * this.rowLength);
    this.latestWeek = batch.toWeek;
    for (const frame of batch.frames) this.keepFrame(frame);
    this.log.push(...batch.log);
    this.policy = batch.policy;
  }

  private keepFrame(frame: WeekFrame): void {
    this.frames.set(frame.week, frame);
    this.frameBytesTotal += frameBytes(frame);
    for (const week of this.frames.keys()) {
      if (this.frameBytesTotal <= FRAME_BUDGET_BYTES) break;
      if (week === 0 || week === frame.week) continue;
      this.frameBytesTotal -= frameBytes(this.frames.get(week)!);
      this.frames.delete(week);
    }
  }

  /** The kept frame of a week, if any. */
  frame(week: number): WeekFrame | undefined {
    return this.frames.get(week);
  }

  /** Index of the whole-organisation unit in metric rows. */
  get orgUnit(): number {
    return this.units - 1;
  }

  /** The weeks received so far, read as a run's results (sim/results.ts). */
  private received() {
    return { weeks: this.latestWeek, teamNames: this.run.teamNames, metricKeys: this.run.metricKeys, values: this.values };
  }

  /** A metric's value in a week (1-based) for a unit (team index, or orgUnit). */
  value(week: number, metric: MetricKey, unit = this.orgUnit): number {
    return valueAt(this.received(), week, unit, this.run.metricKeys.indexOf(metric));
  }

  /** A metric's weekly series for a unit, weeks 1..latestWeek. */
  series(metric: MetricKey, unit = this.orgUnit): Float64Array {
    return series(this.received(), this.run.metricKeys.indexOf(metric), unit);
  }
}
