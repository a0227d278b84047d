/**
 * Random numbers for the engine. Two kinds, on purpose (see MODEL.md, "Stochasticity"):
 *
 * - Counter-based draws for everything that happens week by week: a 32-bit
 *   integer hash of (seed, stream, week, person id, draw index). The same person
 *   gets the same luck in the same week under any policy, whatever else changed,
 *   so paired comparisons of policies ("same people, same luck") are precise, and
 *   no generator state needs saving.
 * - A sequential seedrandom xor4096 stream for the one-off population generation,
 *   whose state is saved in snapshots.
 *
 * Only Math.imul and integer shifts are used, so every JavaScript engine gives
 * identical bits.
 */
import seedrandom from 'seedrandom';

/** One stream per concern, so a change in one concern never shifts the luck of another. */
export const STREAM = {
  demand: 1,
  asking: 2,
  helping: 3,
  trust: 4,
  turnover: 5,
  hiring: 6,
  leader: 7,
  survey: 8,
  customers: 9,
  events: 10,
  repair: 11,
  organisation: 12,
  recognition: 13,
  kind: 14,
  socialisation: 15,
  voice: 16,
  /** Classic games (sim/game/): random moves, mistakes and match lengths. */
  gameMoves: 17,
  /** Classic games: who meets whom when pairing is random. */
  gamePairing: 18,
  /** Classic games: ties among equal scores, reproduction and mutation between generations. */
  gameSelection: 19,
  /** Classic games: image scoring's donor–recipient pairs, observers and starting thresholds. */
  gameImage: 20,
} as const;

/** murmur3's 32-bit finaliser: a strong avalanche in a handful of integer operations. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** A uniform draw in [0, 1) determined only by its five integer coordinates. */
export function draw(seed: number, stream: number, week: number, id: number, k: number): number {
  return drawFrom(streamWeek(seed, stream, week), id, k);
}

/**
 * The first half of a draw's hash, fixed by (seed, stream, week). A weekly
 * phase computes it once and then calls drawFrom per person: half the hashing,
 * bit-identical to draw().
 */
export function streamWeek(seed: number, stream: number, week: number): number {
  const h = fmix(seed ^ Math.imul(stream + 0x51ed27, 0x9e3779b1));
  return fmix(h ^ Math.imul(week + 0x3c6ef372, 0x85ebca6b));
}

/** draw(seed, stream, week, id, k) given prefix = streamWeek(seed, stream, week). */
export function drawFrom(prefix: number, id: number, k: number): number {
  return drawAt(personWeek(prefix, id), k);
}

/**
 * The next part of a draw's hash, fixed by (seed, stream, week, id): a phase
 * that draws several k for one person computes it once and calls drawAt.
 */
export function personWeek(prefix: number, id: number): number {
  return fmix(prefix ^ Math.imul(id + 0x6a09e667, 0xc2b2ae35));
}

/** drawFrom(prefix, id, k) given person = personWeek(prefix, id). */
export function drawAt(person: number, k: number): number {
  const h = fmix(person ^ Math.imul(k + 0x27d4eb2f, 0x165667b1));
  return (h >>> 0) / 4294967296;
}

/** drawNormal(seed, stream, week, id, k) given prefix = streamWeek(seed, stream, week). */
export function drawNormalFrom(prefix: number, id: number, k: number): number {
  const k4 = k * 4;
  const h = personWeek(prefix, id);
  const s = drawAt(h, k4) + drawAt(h, k4 + 1) + drawAt(h, k4 + 2) + drawAt(h, k4 + 3);
  return (s - 2) * 1.7320508075688772;
}

/**
 * An approximately standard-normal draw from four counter-based uniforms
 * (Irwin–Hall, rescaled): no log/cos on the state path, identical everywhere.
 */
export function drawNormal(seed: number, stream: number, week: number, id: number, k: number): number {
  const k4 = k * 4;
  const s =
    draw(seed, stream, week, id, k4) +
    draw(seed, stream, week, id, k4 + 1) +
    draw(seed, stream, week, id, k4 + 2) +
    draw(seed, stream, week, id, k4 + 3);
  return (s - 2) * 1.7320508075688772;
}

/** A sequential, savable generator (seedrandom xor4096) for population generation. */
export interface SequentialRandom {
  next(): number;
  normal(): number;
  state(): object;
}

/** Creates (or restores, when `state` is given) a sequential stream. */
export function sequentialRandom(seed: number, name: string, state?: object): SequentialRandom {
  const rng = state
    ? seedrandom.xor4096('', { state: state as seedrandom.State.Xor4096 })
    : seedrandom.xor4096(`${seed}:${name}`, { state: true });
  return {
    next: () => rng.quick(),
    normal: () => (rng.quick() + rng.quick() + rng.quick() + rng.quick() - 2) * 1.7320508075688772,
    state: () => rng.state(),
  };
}

/** Clamps to [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Clamps to [0, 1]. */
export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
