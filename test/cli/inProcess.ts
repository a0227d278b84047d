/** Calling the CLI's main() in this process, capturing what it writes; for the many argument checks that need no child process. */
import { vi } from 'vitest';
import { main } from '../../cli/main.ts';
import type { CliResult } from './helpers.ts';

export async function cliInProcess(args: readonly string[], cwd: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.chdir(previous);
    out.mockRestore();
    err.mockRestore();
  }
}
