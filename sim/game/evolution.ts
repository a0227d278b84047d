/**
 * Between generations: who leaves, who is copied. Both classic models use it;
 * a player's "gene" is a small integer (a strategy's index, or an image-scoring
 * threshold). Every draw is counter-based on the selection stream, keyed by
 * generation, so the next generation depends only on this one's scores.
 */
import { STREAM, drawFrom, streamWeek } from '../engine/random.ts';

export type EvolutionRule =
  | { readonly type: 'replaceWorst'; readonly count: number }
  | { readonly type: 'proportional' }
  | { readonly type: 'moran'; readonly deaths: number }
  | { readonly type: 'none' };

export interface Mutation {
  /** Chance that a newborn takes a gene drawn uniformly from `choices` instead of its parent's. */
  readonly rate: number;
  readonly choices: readonly number[];
}

export interface NextGeneration {
  /** The genes of the next generation, in ring order. */
  readonly genes: Int32Array;
  /** Index (in the old generation) of the player each one is, or was copied from. */
  readonly parent: Int32Array;
  /** 1 for a newborn (a copy), 0 for a player who carries on. */
  readonly newborn: Uint8Array;
}

/** Draw indices (k) within a player's or an event's draws. */
const K = { tie: 0, mutate: 1, mutateTo: 2, parent: 3, death: 4 } as const;

/** Players ordered from the lowest score to the highest, ties in a seeded random order. */
export function rankByScore(score: Float64Array, prefix: number): Int32Array {
  const n = score.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = drawFrom(prefix, i, K.tie);
  return Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => score[a] - score[b] || keys[a] - keys[b] || a - b);
}

/** Index drawn with probability proportional to `weights` (uniform when they are all 0), from one uniform `u`. */
export function drawProportional(weights: Float64Array, total: number, u: number): number {
  if (!(total > 0)) return Math.min(weights.length - 1, Math.floor(u * weights.length));
  let target = u * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i];
    if (target < 0) return i;
  }
  // Rounding can leave a sliver at the end: the last player with weight takes it.
  for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
  return weights.length - 1;
}

/**
 * The next generation. `score` ranks players for replaceWorst; `fitness`
 * (non-negative) weighs parents for proportional and Moran reproduction.
 */
export function nextGeneration(
  genes: Int32Array,
  score: Float64Array,
  fitness: Float64Array,
  rule: EvolutionRule,
  mutation: Mutation,
  seed: number,
  generation: number,
): NextGeneration {
  const n = genes.length;
  const prefix = streamWeek(seed, STREAM.gameSelection, generation);
  const mutate = (gene: number, id: number): number => {
    if (mutation.rate <= 0 || mutation.choices.length === 0) return gene;
    if (drawFrom(prefix, id, K.mutate) >= mutation.rate) return gene;
    return mutation.choices[Math.min(mutation.choices.length - 1, Math.floor(drawFrom(prefix, id, K.mutateTo) * mutation.choices.length))];
  };
  if (rule.type === 'none') {
    return { genes: Int32Array.from(genes), parent: Int32Array.from({ length: n }, (_, i) => i), newborn: new Uint8Array(n) };
  }
  if (rule.type === 'replaceWorst') {
    const order = rankByScore(score, prefix);
    const leaving = new Uint8Array(n);
    const copies = new Uint8Array(n);
    for (let r = 0; r < rule.count; r++) {
      leaving[order[r]] = 1;
      copies[order[n - 1 - r]] = 1;
    }
    const out = { genes: new Int32Array(n), parent: new Int32Array(n), newborn: new Uint8Array(n) };
    let at = 0;
    let born = 0;
    for (let i = 0; i < n; i++) {
      if (!leaving[i]) {
        out.genes[at] = genes[i];
        out.parent[at++] = i;
      }
      // A copy sits next to its parent on the ring (even when, with ties at half the population, the parent itself leaves).
      if (copies[i]) {
        out.genes[at] = mutate(genes[i], n + born++);
        out.parent[at] = i;
        out.newborn[at++] = 1;
      }
    }
    return out;
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += fitness[i];
  if (rule.type === 'proportional') {
    const parents = new Int32Array(n);
    for (let i = 0; i < n; i++) parents[i] = drawProportional(fitness, total, drawFrom(prefix, i, K.parent));
    // Children sit together by parent, so the ring stays readable.
    parents.sort();
    return {
      genes: Int32Array.from(parents, (p, i) => mutate(genes[p], i)),
      parent: parents,
      newborn: new Uint8Array(n).fill(1),
    };
  }
  // Moran: each event copies a parent (chosen by fitness) over a player chosen uniformly; within the generation a
  // newborn counts with its parent's fitness.
  const out = { genes: Int32Array.from(genes), parent: Int32Array.from({ length: n }, (_, i) => i), newborn: new Uint8Array(n) };
  const weights = Float64Array.from(fitness);
  for (let e = 0; e < rule.deaths; e++) {
    const parent = drawProportional(weights, total, drawFrom(prefix, e, K.parent));
    const dies = Math.min(n - 1, Math.floor(drawFrom(prefix, e, K.death) * n));
    out.genes[dies] = mutate(out.genes[parent], n + e);
    out.parent[dies] = out.parent[parent];
    out.newborn[dies] = 1;
    total += weights[parent] - weights[dies];
    weights[dies] = weights[parent];
  }
  return out;
}

/** Fitness for proportional reproduction from payoffs: shifted up when some are negative, so the lowest is 0. */
export function shiftedFitness(score: Float64Array): Float64Array {
  let low = 0;
  for (const s of score) if (s < low) low = s;
  return Float64Array.from(score, (s) => s - low);
}
