/**
 * Indirect reciprocity by image scoring (Nowak & Sigmund, Nature 1998).
 *
 * Each generation: every image starts at 0; m donor–recipient pairs are drawn
 * at random (donor ≠ recipient); the donor helps when the recipient's image,
 * as the donor knows it, is at least the donor's threshold k; helping costs the
 * donor c and gives the recipient b and raises the donor's image by 1 (to at
 * most 5), refusing lowers it by 1 (to at least −5). With observation q < 1,
 * every player keeps a private view of every other: each player other than the
 * donor (the recipient included) sees an interaction with chance q, and
 * images never seen stay 0. Then the whole population is replaced by offspring
 * of parents drawn in proportion to payoff; a newborn inherits the parent's k,
 * or with the mutation chance a k drawn uniformly from −5 to 6.
 */
import { STREAM, drawAt, drawFrom, personWeek, streamWeek } from '../engine/random.ts';
import { IMAGE, type ImageScoringConfig } from '../scenario/game.ts';
import { nextGeneration, shiftedFitness, type NextGeneration } from './evolution.ts';
import { ALL, emptyTotals, type GroupTotals } from './results.ts';

/** Nowak & Sigmund add this much per interaction to both players' payoffs so that fitness stays positive. */
export const PAYOFF_FLOOR_PER_INTERACTION = 0.1;

/** Every threshold from −5 (always helps) to 6 (never helps). */
export const THRESHOLDS: readonly number[] = Array.from({ length: IMAGE.maxThreshold - IMAGE.minThreshold + 1 }, (_, i) => IMAGE.minThreshold + i);

/** Row label of a threshold. */
export const thresholdLabel = (k: number) => `k=${k}`;

/** Draw indices within an interaction's draws: donor, recipient, how many observe, then the observers. */
const K = { donor: 0, recipient: 1, count: 2, observers: 3 } as const;

/**
 * Cumulative probabilities of Binomial(trials, q), built from products and
 * quotients only (no Math.pow or Math.log, whose last bits may differ between
 * JavaScript engines). Used for q ≤ 1/2, where (1 − q)^trials cannot underflow.
 */
export function binomialCdf(trials: number, q: number): Float64Array {
  const cdf = new Float64Array(trials + 1);
  let p = 1;
  for (let i = 0; i < trials; i++) p *= 1 - q;
  let sum = 0;
  for (let k = 0; k <= trials; k++) {
    sum += p;
    cdf[k] = sum;
    p *= ((trials - k) / (k + 1)) * (q / (1 - q));
  }
  cdf[trials] = 1;
  return cdf;
}

/**
 * Who sees interaction `h` besides the donor: each of the other n − 1 players
 * independently with chance q. For q ≤ 1/2 the same distribution is drawn more
 * cheaply: how many see it (binomial), then which ones (uniformly, without
 * repeats). Calls `see` once per observer.
 */
export function forEachObserver(h: number, n: number, donor: number, q: number, cdf: Float64Array | undefined, mark: Int32Array, stamp: number, see: (j: number) => void): void {
  if (!cdf) {
    for (let j = 0; j < n; j++) if (j !== donor && drawAt(h, K.observers + j) < q) see(j);
    return;
  }
  const u = drawAt(h, K.count);
  let count = 0;
  while (count < n - 1 && u >= cdf[count]) count++;
  for (let k = K.observers, found = 0; found < count; k++) {
    let j = Math.min(n - 2, Math.floor(drawAt(h, k) * (n - 1)));
    if (j >= donor) j++;
    if (mark[j] === stamp) continue;
    mark[j] = stamp;
    found++;
    see(j);
  }
}

export interface ImageGeneration {
  readonly generation: number;
  /** Threshold of each player. */
  readonly thresholds: Int32Array;
  readonly payoff: Float64Array;
  /** Interactions each player took part in (as donor or recipient). */
  readonly interactions: Int32Array;
  /** Image of each player at the end of the generation: the public image when q = 1, else the mean of the others' views of it. */
  readonly image: Float64Array;
  /** Per threshold −5..6, then everyone. */
  readonly totals: readonly GroupTotals[];
  /** Helping acts / interactions this generation. */
  readonly cooperation: number;
}

/** Starting thresholds: the scenario's counts in its order, or each drawn uniformly. */
export function startingThresholds(config: ImageScoringConfig, seed: number): Int32Array {
  if (config.start) return Int32Array.from(config.start.flatMap((s) => Array<number>(s.count).fill(s.threshold)));
  const prefix = streamWeek(seed, STREAM.gameImage, 0);
  return Int32Array.from({ length: config.players }, (_, i) => THRESHOLDS[Math.min(THRESHOLDS.length - 1, Math.floor(drawFrom(prefix, i, 0) * THRESHOLDS.length))]);
}

const clampImage = (s: number) => (s > IMAGE.maxScore ? IMAGE.maxScore : s < IMAGE.minScore ? IMAGE.minScore : s);

/** Plays one generation's interactions. */
export function playImageGeneration(config: ImageScoringConfig, thresholds: Int32Array, seed: number, generation: number): ImageGeneration {
  const n = thresholds.length;
  const { benefit, cost, observation: q } = config;
  const payoff = new Float64Array(n);
  const interactions = new Int32Array(n);
  const decisions = new Int32Array(n);
  const helps = new Int32Array(n);
  const publicImage = q >= 1 ? new Int8Array(n) : undefined;
  const views = q >= 1 ? undefined : new Int8Array(n * n);
  const prefix = streamWeek(seed, STREAM.gameImage, generation);
  const cdf = views && q <= 0.5 ? binomialCdf(n - 1, q) : undefined;
  const mark = new Int32Array(n).fill(-1);
  let helped = 0;
  for (let t = 0; t < config.interactions; t++) {
    const h = personWeek(prefix, t);
    const donor = Math.min(n - 1, Math.floor(drawAt(h, K.donor) * n));
    let recipient = Math.min(n - 2, Math.floor(drawAt(h, K.recipient) * (n - 1)));
    if (recipient >= donor) recipient++;
    const seen = publicImage ? publicImage[recipient] : views![donor * n + recipient];
    const help = seen >= thresholds[donor];
    interactions[donor]++;
    interactions[recipient]++;
    decisions[donor]++;
    if (help) {
      payoff[donor] -= cost;
      payoff[recipient] += benefit;
      helps[donor]++;
      helped++;
    }
    const delta = help ? 1 : -1;
    if (publicImage) publicImage[donor] = clampImage(publicImage[donor] + delta);
    else {
      forEachObserver(h, n, donor, q, cdf, mark, t, (j) => {
        const at = j * n + donor;
        views![at] = clampImage(views![at] + delta);
      });
    }
  }
  const image = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (publicImage) image[i] = publicImage[i];
    else {
      let sum = 0;
      for (let j = 0; j < n; j++) if (j !== i) sum += views![j * n + i];
      image[i] = n > 1 ? sum / (n - 1) : 0;
    }
  }
  const totals = [...THRESHOLDS.map(() => emptyTotals()), emptyTotals()];
  for (let i = 0; i < n; i++) {
    for (const t of [totals[thresholds[i] - IMAGE.minThreshold], totals[THRESHOLDS.length]]) {
      t.players++;
      t.score += payoff[i];
      t.matches += interactions[i];
      t.moves += decisions[i];
      t.cooperations += helps[i];
    }
  }
  return { generation, thresholds: Int32Array.from(thresholds), payoff, interactions, image, totals, cooperation: config.interactions > 0 ? helped / config.interactions : 0 };
}

/** Fitness for reproduction: payoff plus 0.1 per interaction taken part in, shifted up if still negative. */
export function imageFitness(played: ImageGeneration): Float64Array {
  return shiftedFitness(Float64Array.from(played.payoff, (p, i) => p + PAYOFF_FLOOR_PER_INTERACTION * played.interactions[i]));
}

export class ImageScoringGame {
  thresholds: Int32Array;
  generation = 1;

  constructor(
    readonly config: ImageScoringConfig,
    readonly seed: number,
  ) {
    this.thresholds = startingThresholds(config, seed);
  }

  get labels(): string[] {
    return [...THRESHOLDS.map(thresholdLabel), ALL];
  }

  play(): ImageGeneration {
    return playImageGeneration(this.config, this.thresholds, this.seed, this.generation);
  }

  evolve(played: ImageGeneration): NextGeneration {
    const next = nextGeneration(this.thresholds, played.payoff, imageFitness(played), { type: 'proportional' }, { rate: this.config.mutation, choices: THRESHOLDS }, this.seed, this.generation);
    this.thresholds = next.genes;
    this.generation++;
    return next;
  }
}
