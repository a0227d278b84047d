/**
 * Where data goes: stdout, or the file named by --out. Output is written in
 * chunks as it is produced, so large outputs never sit in memory whole.
 *
 * --out never leaves a file that looks finished but is not: data goes to a
 * hidden temporary file in the same folder (`.NAME.PID.partial`), which is
 * renamed to NAME only once the output is complete. A failure, a crash, SIGINT
 * or SIGTERM removes the temporary file and says so on stderr. An existing
 * file is replaced only with --force, and never an input of the command.
 */
import { closeSync, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './errors.ts';

export interface Output {
  /** Writes text or bytes. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Completes the output: --out's temporary file takes the file's name. */
  close(): Promise<void>;
  /** Abandons the output: --out's temporary file is removed, so no file of that name appears. */
  abort(): void;
}

/** A checked --out: where to write, and whether an existing file may be replaced. */
export interface OutTarget {
  readonly path: string;
  /** The name as the person wrote it (for messages). */
  readonly shown: string;
  readonly force: boolean;
}

/** The --out and --force options every command that writes data accepts. */
export const OUT_OPTIONS = {
  out: { type: 'string' },
  force: { type: 'boolean' },
} as const;

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Checks --out before any work starts (exit 2 with the fix): the folder must
 * exist, the file must not be one of the command's `inputs`, and an existing
 * file needs --force. Returns undefined for stdout.
 */
export function checkOut(command: string, out: string | undefined, force: boolean | undefined, inputs: readonly string[] = []): OutTarget | undefined {
  if (out === undefined) return undefined;
  if (out.trim() === '') throw new UsageError('--out needs a file name, e.g. --out runs.csv', command);
  const path = resolve(out);
  const folder = statOrUndefined(dirname(path));
  if (!folder) throw new UsageError(`--out ${out}: the folder ${dirname(out)} does not exist (create it first, e.g. mkdir -p ${dirname(out)})`, command);
  if (!folder.isDirectory()) throw new UsageError(`--out ${out}: ${dirname(out)} is not a folder`, command);
  const existing = statOrUndefined(path);
  if (existing?.isDirectory()) throw new UsageError(`--out ${out} is a folder; give a file name inside it, e.g. --out ${join(out, 'out.csv')}`, command);
  if (existing) {
    for (const input of inputs) {
      const other = statOrUndefined(input);
      if (other && other.dev === existing.dev && other.ino === existing.ino) {
        throw new UsageError(`--out ${out} is the input file ${input}; writing there would destroy it (choose another file)`, command);
      }
    }
    if (!force) throw new UsageError(`--out ${out} already exists; add --force to replace it (nothing was written)`, command);
  }
  return { path, shown: out, force: force ?? false };
}

/** Temporary files not yet complete, by temporary path: their final name. */
const pending = new Map<string, string>();
let exitHookInstalled = false;
const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;

/** Removes one incomplete temporary file and says which --out was not written, and why. */
function removeTemp(temp: string, why: string): void {
  const final = pending.get(temp);
  if (final === undefined) return;
  try {
    unlinkSync(temp);
  } catch {
    // Already gone.
  }
  untrack(temp);
  process.stderr.write(`--out ${final} was not written ${why} (its partial output was removed)\n`);
}

function removePending(why: string): void {
  for (const temp of [...pending.keys()]) removeTemp(temp, why);
}

function onSignal(signal: keyof typeof SIGNALS): void {
  removePending(`because the command was interrupted by ${signal}`);
  process.exit(SIGNALS[signal]);
}

function track(temp: string, final: string): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // A crash (an uncaught exception, process.exit elsewhere) still removes what is incomplete.
    process.on('exit', () => removePending('because the command stopped before the output was complete'));
  }
  if (pending.size === 0) for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.on(signal, onSignal);
  pending.set(temp, final);
}

function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.off(signal, onSignal);
}

/** Moves the complete temporary file to its name: never over an existing file unless `force` (hard link, then unlink). */
function publish(temp: string, target: OutTarget, shown: string): void {
  if (target.force) {
    renameSync(temp, target.path);
    return;
  }
  try {
    linkSync(temp, target.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`--out ${shown} appeared while the command ran; the output was not written (add --force to replace it)`);
    // File systems without hard links: rename, having checked that nothing is in the way.
    if (statOrUndefined(target.path)) throw new UsageError(`--out ${shown} appeared while the command ran; the output was not written (add --force to replace it)`);
    renameSync(temp, target.path);
    return;
  }
  unlinkSync(temp);
}

function fileOutput(target: OutTarget): Output {
  const shown = target.shown;
  const temp = join(dirname(target.path), `.${basename(target.path)}.${process.pid}.partial`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx');
  } catch (error) {
    throw new UsageError(`cannot write --out ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)} (check the folder is writable)`);
  }
  track(temp, shown);
  let open = true;
  const finish = () => {
    if (!open) return false;
    open = false;
    closeSync(fd);
    return true;
  };
  return {
    async write(chunk) {
      if (chunk.length === 0) return;
      if (typeof chunk === 'string') writeSync(fd, chunk);
      else for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at, chunk.length - at);
    },
    async close() {
      fsyncSync(fd);
      if (!finish()) return;
      try {
        publish(temp, target, shown);
      } finally {
        untrack(temp);
        try {
          unlinkSync(temp);
        } catch {
          // Published: the temporary name is gone.
        }
      }
    },
    abort() {
      finish();
      removeTemp(temp, 'because the command failed');
    },
  };
}

/** An Output on the checked --out target, or stdout when there is none. */
export function openOutput(target: OutTarget | undefined): Output {
  if (target) return fileOutput(target);
  return {
    async write(chunk) {
      if (chunk.length > 0 && !process.stdout.write(chunk)) await once(process.stdout, 'drain');
    },
    async close() {},
    abort() {},
  };
}

/** Writes to `output` with `body`, completing it on success and abandoning it (no file appears) on any failure. */
export async function writeWhole(output: Output, body: (output: Output) => Promise<void>): Promise<void> {
  try {
    await body(output);
  } catch (error) {
    output.abort();
    throw error;
  }
  await output.close();
}

/** Writes human-readable notes to stderr (never to the data stream). */
export function writeNotes(text: string): void {
  if (text.length > 0) process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}
