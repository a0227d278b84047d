/**
 * Morris elementary-effects screening (Morris 1991) with the μ* measure of
 * Campolongo, Cariboni & Saltelli (2007).
 *
 * Factors live in the unit hypercube [0, 1]^k on a grid of `levels` (p, even)
 * values {0, 1/(p − 1), …, 1}. A trajectory starts at a random grid point and
 * moves one factor at a time, in random order, by Δ = p / (2(p − 1)) (the
 * step Morris recommends: every level is reached equally often), up from the
 * lower half of the grid and down from the upper half. The elementary effect
 * of the factor moved at a step is (y after − y before) / (its change). Over r
 * trajectories each factor has r elementary effects; their mean is μ, the mean
 * of their absolute values μ* (robust to effects of opposite sign cancelling),
 * and their standard deviation σ (non-linearity or interaction).
 *
 * Trajectory t is drawn from its own stream, seeded by (design seed, t), so
 * the first r trajectories of a larger design are exactly the design of r.
 * Pure: its only randomness is those seeded streams, and it reads no time.
 */
import seedrandom from 'seedrandom';
import { mean, sampleSd } from './descriptive.ts';

/** One trajectory: k + 1 points of k coordinates each, and the factor changed at each of the k steps. */
export interface Trajectory {
  /** `points[i]` is the i-th point (coordinates in [0, 1]). */
  readonly points: readonly Float64Array[];
  /** `order[i]` is the factor changed between point i and point i + 1. */
  readonly order: readonly number[];
}

export interface MorrisDesignOptions {
  /** Number of factors k (≥ 1). */
  readonly factors: number;
  /** Grid levels p (even, ≥ 2). */
  readonly levels: number;
  /** Number of trajectories r (≥ 1). */
  readonly trajectories: number;
  /** Seed of the design (any string or number; the same seed gives the same design). */
  readonly seed: string | number;
}

/** The Morris step Δ = p / (2(p − 1)) for `levels` = p. */
export function morrisDelta(levels: number): number {
  return levels / (2 * (levels - 1));
}

function checkOptions(o: MorrisDesignOptions): void {
  if (!Number.isInteger(o.factors) || o.factors < 1) throw new RangeError(`factors must be a whole number ≥ 1, got ${o.factors}`);
  if (!Number.isInteger(o.levels) || o.levels < 2 || o.levels % 2 !== 0) throw new RangeError(`levels must be an even whole number ≥ 2, got ${o.levels}`);
  if (!Number.isInteger(o.trajectories) || o.trajectories < 1) throw new RangeError(`trajectories must be a whole number ≥ 1, got ${o.trajectories}`);
}

/** Trajectory number `index` of the design (independent of how many trajectories the design has). */
export function morrisTrajectory(options: MorrisDesignOptions, index: number): Trajectory {
  checkOptions(options);
  const { factors: k, levels: p } = options;
  const random = seedrandom.alea(`${options.seed}:morris:${index}`);
  const half = p / 2;
  // Base level of each factor, uniform over the grid; the step goes up from the lower half and down from the upper half.
  const level = new Int32Array(k);
  const up = new Uint8Array(k);
  for (let j = 0; j < k; j++) {
    level[j] = Math.min(p - 1, Math.floor(random() * p));
    up[j] = level[j] < half ? 1 : 0;
  }
  // Random order of the factors (Fisher–Yates).
  const order = Array.from({ length: k }, (_, j) => j);
  for (let i = k - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const points: Float64Array[] = [];
  const current = Float64Array.from(level, (l) => l / (p - 1));
  points.push(current.slice());
  for (const j of order) {
    level[j] += up[j] ? half : -half;
    current[j] = level[j] / (p - 1);
    points.push(current.slice());
  }
  return { points, order };
}

/** The whole design: trajectories 0 … r − 1. */
export function morrisDesign(options: MorrisDesignOptions): Trajectory[] {
  checkOptions(options);
  return Array.from({ length: options.trajectories }, (_, t) => morrisTrajectory(options, t));
}

/**
 * The elementary effects of one trajectory, indexed by factor: (y[i + 1] − y[i]) / (x[i + 1] − x[i]) for the factor
 * changed at step i. `points` may differ from the design's (e.g. after rounding a whole-number factor): the change used is
 * the one in `points`; a step that leaves its factor unchanged gives NaN.
 */
export function elementaryEffects(points: readonly ArrayLike<number>[], order: readonly number[], y: ArrayLike<number>): Float64Array {
  if (points.length !== order.length + 1 || y.length !== points.length) {
    throw new RangeError(`a trajectory of ${order.length} steps needs ${order.length + 1} points and outputs, got ${points.length} and ${y.length}`);
  }
  const effects = new Float64Array(order.length).fill(NaN);
  for (let i = 0; i < order.length; i++) {
    const j = order[i];
    const step = points[i + 1][j] - points[i][j];
    effects[j] = step === 0 ? NaN : (y[i + 1] - y[i]) / step;
  }
  return effects;
}

/** The Morris measures of one factor on one output. */
export interface MorrisIndex {
  readonly factor: number;
  /** Mean of the absolute elementary effects (Campolongo et al. 2007): the ranking key. */
  readonly muStar: number;
  /** Mean of the elementary effects (a sign: whether raising the factor raises the output). */
  readonly mu: number;
  /** Standard deviation of the elementary effects (n − 1): non-linearity or interactions. */
  readonly sigma: number;
  /** Elementary effects used (non-NaN). */
  readonly n: number;
}

/**
 * μ*, μ and σ of each factor from its elementary effects, one Float64Array per trajectory (indexed by factor). Effects
 * that are NaN (a step that did not move its factor, or an output that was not a number) are left out and not counted.
 */
export function morrisIndices(effects: readonly ArrayLike<number>[], factors: number): MorrisIndex[] {
  const out: MorrisIndex[] = [];
  for (let j = 0; j < factors; j++) {
    const values: number[] = [];
    for (const e of effects) if (!Number.isNaN(e[j])) values.push(e[j]);
    out.push({
      factor: j,
      muStar: mean(values.map(Math.abs)),
      mu: mean(values),
      sigma: values.length >= 2 ? sampleSd(values) : NaN,
      n: values.length,
    });
  }
  return out;
}

/** Indices ranked by μ*, largest first; ties keep factor order; NaN last. */
export function rankByMuStar(indices: readonly MorrisIndex[]): MorrisIndex[] {
  return [...indices].sort((a, b) => {
    const am = Number.isNaN(a.muStar) ? -Infinity : a.muStar;
    const bm = Number.isNaN(b.muStar) ? -Infinity : b.muStar;
    return bm - am || a.factor - b.factor;
  });
}
