/**
 * Where data goes: stdout, or the file named by --out. Text is written in
 * chunks as it is produced, so large outputs never sit in memory whole.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';

export interface Output {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/** An Output on the file `out`, or stdout when `out` is undefined. */
export function openOutput(out: string | undefined): Output {
  if (out !== undefined) {
    let fd: number;
    try {
      fd = openSync(out, 'w');
    } catch (error) {
      throw new Error(`cannot write --out ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)} (check the folder exists and is writable)`);
    }
    return {
      async write(text) {
        if (text.length > 0) writeSync(fd, text);
      },
      async close() {
        closeSync(fd);
      },
    };
  }
  return {
    async write(text) {
      if (text.length > 0 && !process.stdout.write(text)) await once(process.stdout, 'drain');
    },
    async close() {},
  };
}

/** Writes human-readable notes to stderr (never to the data stream). */
export function writeNotes(text: string): void {
  if (text.length > 0) process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}
