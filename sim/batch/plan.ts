/** The seeds of a batch: run r of every scenario uses the same seed (common random numbers). */

/** The seeds of runs 0…runs−1: first, first+1, … wrapping modulo 2^32 (the schema's seeds are 32-bit unsigned). */
export function seedsFrom(first: number, runs: number): number[] {
  return Array.from({ length: runs }, (_, r) => (first + r) % 4294967296);
}
