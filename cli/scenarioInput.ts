/**
 * Reading scenario files for the data commands: a size limit while reading,
 * then the engine's own parser (which ignores a byte-order mark with a notice). Problems become InputErrors of
 * `file: path: message` lines.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { DEFAULT_SCENARIO, LIMITS, formatProblems, parseScenarioText, type Scenario } from '../sim/index.ts';
import { InputError, UsageError } from './errors.ts';

/** A validated scenario and where it came from. */
export interface LoadedScenario {
  readonly scenario: Scenario;
  /** The file name as given, or `(default)`. */
  readonly source: string;
  readonly notices: readonly string[];
}

/**
 * Reads a file as UTF-8 text, or returns a one-line reason it cannot be read. The size limit is applied while
 * reading, not from the size the file system reports (a device such as /dev/zero reports 0 and never ends), so no
 * more than `maxBytes + 1` bytes are ever held.
 */
export function readTextFile(file: string, maxBytes: number = LIMITS.maxFileBytes): { ok: true; text: string } | { ok: false; reason: string } {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    if (fstatSync(fd).isDirectory()) return { ok: false, reason: 'is a directory, not a file' };
    const buffer = Buffer.allocUnsafe(maxBytes + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) return { ok: false, reason: `the file is larger than ${maxBytes / 1048576} MB, the limit for a scenario (is it the right file?)` };
    }
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer.subarray(0, length)) };
    } catch {
      return { ok: false, reason: 'is not UTF-8 text (a scenario is a JSON text file; is it the right file?)' };
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'cannot read the file: it does not exist (check the path)' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'cannot read the file: permission denied' };
    if (code === 'EISDIR') return { ok: false, reason: 'is a directory, not a file' };
    return { ok: false, reason: `cannot read the file: ${code ?? (error instanceof Error ? error.message : String(error))}` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Loads and validates one scenario file, or throws an InputError with every problem. */
export function loadScenarioFile(file: string): LoadedScenario {
  const read = readTextFile(file);
  if (!read.ok) throw new InputError([`${file}: (file): ${read.reason}`]);
  const parsed = parseScenarioText(read.text);
  if (!parsed.ok) throw new InputError(formatProblems(parsed.problems, file).split('\n'));
  return { scenario: parsed.scenario, source: file, notices: parsed.notices };
}

/**
 * The scenario of a data command: exactly one file, or `--default` for the
 * built-in default scenario.
 */
export function scenarioFromArgs(command: string, positionals: readonly string[], useDefault: boolean | undefined): LoadedScenario {
  if (useDefault) {
    if (positionals.length > 0) throw new UsageError(`give either a scenario file or --default, not both`, command);
    return { scenario: DEFAULT_SCENARIO, source: '(default)', notices: [] };
  }
  if (positionals.length === 0) {
    throw new UsageError(`missing the scenario file: write ${command} path/to/scenario.json (or ${command} --default for the built-in one)`, command);
  }
  if (positionals.length > 1) {
    throw new UsageError(`${command} takes one scenario file, got ${positionals.length}: ${positionals.join(' ')}`, command);
  }
  return loadScenarioFile(positionals[0]);
}
