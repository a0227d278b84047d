/**
 * Sensitivity ranking: which parameters (sweep) or levers (compare variants)
 * move an outcome most. Main effects are the range of the marginal means over
 * a parameter's levels, averaged over every other factor and over runs — the
 * usual first look at a full-factorial design.
 */

/** One design point's factor levels (indices into each factor's level list) and its observed outcomes. */
export interface DesignObservation {
  readonly levels: readonly number[];
  readonly value: number;
}

/** The main effect of one factor on one outcome. */
export interface MainEffect {
  readonly factor: string;
  /** Marginal mean of the outcome at each level, in level order. */
  readonly levelMeans: readonly number[];
  /** max − min of the level means (≥ 0); the ranking key. */
  readonly range: number;
  /** Level index with the highest marginal mean. */
  readonly highLevel: number;
  /** Level index with the lowest marginal mean. */
  readonly lowLevel: number;
}

/**
 * Main effects of each factor on an outcome, ranked by range (largest first,
 * ties kept in factor order).
 */
export function rankMainEffects(
  factors: readonly { readonly name: string; readonly levelCount: number }[],
  observations: readonly DesignObservation[],
): MainEffect[] {
  const effects = factors.map((factor, f) => {
    const sums = new Float64Array(factor.levelCount);
    const counts = new Float64Array(factor.levelCount);
    for (const o of observations) {
      if (Number.isNaN(o.value)) continue;
      sums[o.levels[f]] += o.value;
      counts[o.levels[f]] += 1;
    }
    const levelMeans = Array.from(sums, (s, i) => (counts[i] > 0 ? s / counts[i] : NaN));
    return { factor: factor.name, levelMeans, ...spread(levelMeans) };
  });
  return stableRank(effects, (e) => e.range);
}

function spread(values: readonly number[]): { range: number; highLevel: number; lowLevel: number } {
  let highLevel = -1;
  let lowLevel = -1;
  values.forEach((v, i) => {
    if (Number.isNaN(v)) return;
    if (highLevel < 0 || v > values[highLevel]) highLevel = i;
    if (lowLevel < 0 || v < values[lowLevel]) lowLevel = i;
  });
  const range = highLevel < 0 ? NaN : values[highLevel] - values[lowLevel];
  return { range, highLevel, lowLevel };
}

/** An effect of a named change (a compare variant) on an outcome. */
export interface NamedEffect {
  readonly name: string;
  /** Signed effect (for example the mean paired difference from baseline). */
  readonly effect: number;
}

/** Ranks named effects by absolute size, largest first; ties keep input order; NaN last. */
export function rankByMagnitude(effects: readonly NamedEffect[]): NamedEffect[] {
  return stableRank(effects, (e) => Math.abs(e.effect));
}

function stableRank<T>(items: readonly T[], key: (item: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index, k: key(item) }))
    .sort((a, b) => {
      const ak = Number.isNaN(a.k) ? -Infinity : a.k;
      const bk = Number.isNaN(b.k) ? -Infinity : b.k;
      return bk - ak || a.index - b.index;
    })
    .map((x) => x.item);
}
