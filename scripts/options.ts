/**
 * Options the seed-block scripts share (`npm run facts`, `npm run validate-theory`): a bad argument ends the script
 * with exit code 2 and a message naming the option and where its help is, never a stack trace.
 */
import { threadsOption } from '../cli/options.ts';
import { parseBlocks } from '../sim/experiments/blocks.ts';
import type { SeedBlock } from '../sim/experiments/types.ts';

/** Ends the script `npm run <script>` for a bad argument: the message, where the help is, exit code 2. */
export function usageFailure(script: string): (message: string) => never {
  return (message) => {
    process.stderr.write(`error: ${message}\n(see \`npm run ${script} -- --help\`)\n`);
    process.exit(2);
  };
}

/** `--seeds START:COUNT[,START:COUNT…]`, or `defaults` when it is not given. */
export function seedBlocksOption(raw: string | undefined, defaults: readonly SeedBlock[], fail: (message: string) => never): SeedBlock[] {
  if (raw === undefined) return [...defaults];
  try {
    return parseBlocks(raw);
  } catch (error) {
    return fail(`--seeds: ${(error as Error).message}`);
  }
}

/** `--threads N` (1 to 256), or the number of cores when it is not given. */
export function threadsArgument(raw: string | undefined, fail: (message: string) => never): number {
  try {
    return threadsOption(raw);
  } catch (error) {
    return fail((error as Error).message);
  }
}
