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
  offer: 17,
  episodes: 18,
  network: 19,
  search: 20,
  mood: 21,
  /** Classic games (sim/game/): random moves, mistakes and match lengths. */
  gameMoves: 30,
  /** Classic games: who meets whom when pairing is random. */
  gamePairing: 31,
  /** Classic games: ties among equal scores, reproduction and mutation between generations. */
  gameSelection: 32,
  /** Classic games: image scoring's donor–recipient pairs, observers and starting thresholds. */
  gameImage: 33,
} as const;

/**
 * The k coordinate of draws that share a stream, week and person: one name per
 * use, so no two uses of a stream ever read the same number. Uses keyed by a
 * second person (a helping decision toward an asker) add the other's id times
 * PAIR_STRIDE to keep pairs apart.
 */
export const DRAW = {
  demandNoise: 0,
  recognitionLeader: 0,
  recognitionPeers: 1,
  leaderHabit: 0,
  leaderFirstMove: 1,
  askWhether: 0,
  askWhom: 1,
  askKind: 0,
  offerWhether: 0,
  offerKind: 1,
  mistake: 0,
  leaderResponse: 1,
  proximity: 0,
  proximityWho: 100,
  closure: 200,
  closureWho: 201,
  cross: 300,
  crossWho: 301,
  mentorIntro: 400,
  mentorIntroWho: 401,
  searchStart: 0,
  searchFind: 1,
  searchStop: 2,
  moveWho: 3,
  mood: 0,
  repairConversation: 0,
  repairListens: 1,
  repairMediation: 2,
  voiceAnswered: 1,
  socialisation: 0,
  hireStyle: 0,
  hireScreen: 8,
  hireRedraw: 9,
  hireReliability: 1,
  hireEmpathy: 2,
  hireAptitude: 3,
  hireDisposition: 4,
  hireOutGroup: 5,
  hireWhere: 6,
  hireMentor: 7,
  hireResilience: 10,
  customerContact: 0,
  customerWho: 1,
  customerExtraMile: 2,
  customerPurchase: 3,
  customerReferral: 4,
  layoff: 0,
} as const;
/** Spacing of k between the draws of one person toward different partners (partner id × stride + use). */
export const PAIR_STRIDE = 4;
/** Irwin–Hall normal draws use four uniforms. */
const NORMAL_PARTS = 4;
/** √3: rescales the sum of four uniforms (variance 4/12) to unit variance. */
const SQRT3 = 1.7320508075688772;

/**
 * A run's luck: its seed combined with the scenario's identity (its name), so
 * that each scenario draws its own people, names and luck at the same seed —
 * "the same people" in two scenarios would read as a scripted story — while a
 * scenario's variants, which keep its name, share them (common random numbers).
 * FNV-1a over the name's UTF-16 code units, then mixed with the seed.
 */
export function scenarioLuck(seed: number, identity: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < identity.length; i++) h = Math.imul(h ^ identity.charCodeAt(i), 0x01000193);
  return fmix(fmix(h) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
}

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
  return drawNormalAt(personWeek(prefix, id), k);
}

/** drawNormalFrom(prefix, id, k) given person = personWeek(prefix, id). */
export function drawNormalAt(person: number, k: number): number {
  const k4 = k * NORMAL_PARTS;
  const s = drawAt(person, k4) + drawAt(person, k4 + 1) + drawAt(person, k4 + 2) + drawAt(person, k4 + 3);
  return (s - 2) * SQRT3;
}

/** Bits in a byte, and the number of values a byte takes: the four uniforms of drawNormalBytesAt. */
const BYTE_BITS = 8;
const BYTE_VALUES = 256;
const BYTE_MASK = 0xff;

/**
 * The weekly noise of demand and morale: an approximately standard-normal draw
 * from ONE hash, its four bytes read as four uniforms (b + ½) / 256 (Irwin–Hall
 * of four, rescaled). One hash instead of drawNormalAt's four; the uniforms are
 * coarser (256 levels each), which noise of a few hundredths cannot show. Only
 * integer operations and an exact division by 256 before the √3 rescaling, so
 * every JavaScript engine gives identical bits.
 */
export function drawNormalBytesAt(person: number, k: number): number {
  const h = fmix(person ^ Math.imul(k + 0x27d4eb2f, 0x165667b1));
  const bytes = (h & BYTE_MASK) + ((h >>> BYTE_BITS) & BYTE_MASK) + ((h >>> (2 * BYTE_BITS)) & BYTE_MASK) + (h >>> (3 * BYTE_BITS));
  // Σ (b + ½) / 256 over the four bytes, minus its mean 2.
  return ((bytes + 2) / BYTE_VALUES - 2) * SQRT3;
}

/**
 * An approximately standard-normal draw from four counter-based uniforms
 * (Irwin–Hall, rescaled): no log/cos on the state path, identical everywhere.
 */
export function drawNormal(seed: number, stream: number, week: number, id: number, k: number): number {
  return drawNormalFrom(streamWeek(seed, stream, week), id, k);
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
    normal: () => (rng.quick() + rng.quick() + rng.quick() + rng.quick() - 2) * SQRT3,
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
