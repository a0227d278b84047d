/**
 * What an experiment is: the one kind of data behind the stylized facts and the
 * library's claims. Two arms run on the same seeds (common random numbers), a
 * measure is read from each run, and the experiment predicts the sign of
 * treatment − control. See sim/experiments/README.md for how to define one.
 */
import type { MetricKey } from '../metrics.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { RunResult } from '../types.ts';

/**
 * **assumption check**: the lever (or event) enters the outcome's own update, or a one-step formula feeding it; the
 * experiment shows the wiring. **emergent**: no such path; the effect reaches the outcome only through people's exchanges
 * (who helps whom, trust, ledgers, norms, ties, exits), along the experiment's mechanism chain.
 */
export type Label = 'assumption check' | 'emergent';

export const LABELS: readonly Label[] = ['assumption check', 'emergent'];

/** The predicted sign of treatment − control (or of the measure itself when there is no control). */
export type Direction = 'higher' | 'lower';

/** How a window of weekly values becomes one number per run. */
export type Aggregation = 'mean' | 'sum';

/** One run of the model that an arm stands for. */
export interface Arm {
  /** Shown in tables: a variant's name, or a short description of the set-up. */
  readonly name: string;
  /** The scenario as JSON input (a library file's content, or a plain object); validated when the arm is first used. */
  readonly scenario: unknown;
  /** The library file the scenario is (e.g. `credit-taking.json`), for the docs. */
  readonly file?: string;
  /** A variant of the scenario (default: the scenario as written, `baseline`). */
  readonly variant?: string;
  /** A scenario transform applied after the variant; its result is validated again. */
  readonly transform?: (scenario: Scenario) => unknown;
  /** Weeks to run (default: the scenario's own). */
  readonly weeks?: number;
}

/** A metric summarised over a window of weeks, for a team or the organisation. */
export interface WindowMeasure {
  readonly kind?: 'window';
  readonly metric: MetricKey;
  /** When given, the quantity is `metric − minus`, week by week (e.g. survey minus truth). */
  readonly minus?: MetricKey;
  /** A team name; the organisation row when omitted. */
  readonly team?: string;
  readonly aggregate: Aggregation;
  /** First and last week measured, 1-based and inclusive; `'end'` is the run's last week. */
  readonly from: number;
  readonly to: number | 'end';
}

/** Any number read from one run (e.g. a rate built from several metrics). */
export interface CustomMeasure {
  readonly kind: 'custom';
  /** What is measured, in a sentence. */
  readonly text: string;
  /** Weeks the value depends on (for the docs). */
  readonly from: number;
  readonly to: number | 'end';
  readonly value: (run: RunResult) => number;
}

export type Measure = WindowMeasure | CustomMeasure;

/** The seed and the resolved scenarios of a paired statistic, for one that follows people through its own runs. */
export interface PairedContext {
  readonly seed: number;
  readonly treatment: Scenario;
  readonly control: Scenario;
  readonly weeks: number;
}

/** A paired statistic other than treatment − control of the measure (e.g. one that also asks for a lag). */
export interface PairedStatistic {
  /** What it is, in a sentence. */
  readonly text: string;
  /**
   * The value on one seed, oriented like treatment − control. `context` gives the seed and scenarios, for a
   * statistic about individual people (it may run the engine itself; it must stay deterministic in the seed).
   */
  readonly value: (treatment: RunResult, control: RunResult, context: PairedContext) => number;
}

export interface Experiment {
  /** Unique: `fact-1a`, or `<scenario file without .json>/<claim>` for a library claim. */
  readonly id: string;
  /** The claim in one declarative sentence a trainer can read aloud. */
  readonly title: string;
  readonly treatment: Arm;
  /** The reference arm; without one, the measure of the treatment run itself is compared with zero. */
  readonly control?: Arm;
  readonly measure: Measure;
  /** Replaces treatment − control of the measure as the paired value (both arms are still reported). */
  readonly paired?: PairedStatistic;
  readonly direction: Direction;
  readonly label: Label;
  /**
   * The mechanisms (names from MECHANISMS in mechanisms.ts) the effect passes through, from the lever to the outcome:
   * for an emergent experiment the chain of exchanges, for an assumption check the direct path it shows.
   */
  readonly mechanisms: readonly string[];
  /** Why the label is what it is: where the lever meets the outcome, or why it cannot without exchanges. */
  readonly labelReason: string;
  /** Where the prediction comes from: essay sections, the model brief's stylized facts, literature. */
  readonly sources: readonly string[];
}

/** A calibration target: the mean of a measure over seeds on one arm must lie in [lo, hi]. */
export interface Calibration {
  readonly id: string;
  readonly title: string;
  readonly arm: Arm;
  readonly measure: Measure;
  readonly lo: number;
  readonly hi: number;
  readonly source: string;
}

/** Seeds start, start + 1, …, start + count − 1. */
export interface SeedBlock {
  readonly start: number;
  readonly count: number;
}
