/**
 * Seed blocks: an experiment is judged on several blocks of consecutive seeds,
 * the block it was developed on and blocks it has never seen, and holds only
 * when it holds on every one. Blocks are an option (`--seeds start:count`),
 * never a constant inside an experiment.
 */
import type { SeedBlock } from './types.ts';

/**
 * The default blocks: 1:256 is the development block (the stylized facts were built on seeds 1–64; the library's claims
 * on seeds 1000–1063, inside none of these, so all three are fresh for them); 10001:256 and 20001:256 were never used
 * while building.
 */
export const DEFAULT_BLOCKS: readonly SeedBlock[] = [
  { start: 1, count: 256 },
  { start: 10001, count: 256 },
  { start: 20001, count: 256 },
];

/** Largest seed the engine accepts (a scenario's seed is a 32-bit unsigned integer). */
const MAX_SEED = 4294967295;

/** The seeds of a block, in order. */
export function blockSeeds(block: SeedBlock): number[] {
  return Array.from({ length: block.count }, (_, i) => block.start + i);
}

/** `start:count`, as written on the command line. */
export function formatBlock(block: SeedBlock): string {
  return `${block.start}:${block.count}`;
}

/**
 * Parses `start:count` (e.g. `10001:256`); a comma-separated list gives several blocks. Throws a RangeError that names
 * the text and the expected form; a block needs at least 2 seeds (an interval needs two).
 */
export function parseBlocks(text: string): SeedBlock[] {
  const blocks = text.split(',').map((part) => {
    const match = /^\s*(\d+)\s*:\s*(\d+)\s*$/.exec(part);
    if (!match) throw new RangeError(`seed block ${JSON.stringify(part)} is not start:count (e.g. 10001:256)`);
    const block = { start: Number(match[1]), count: Number(match[2]) };
    if (block.count < 2) throw new RangeError(`seed block ${JSON.stringify(part)} has ${block.count} seeds; a 95% interval needs at least 2`);
    if (block.start + block.count - 1 > MAX_SEED) throw new RangeError(`seed block ${JSON.stringify(part)} goes past the largest seed, ${MAX_SEED}`);
    return block;
  });
  return blocks;
}

/** Every distinct seed of the blocks, in first-seen order. */
export function distinctSeeds(blocks: readonly SeedBlock[]): number[] {
  const seen = new Set<number>();
  for (const b of blocks) for (const s of blockSeeds(b)) seen.add(s);
  return [...seen];
}
