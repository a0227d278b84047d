/**
 * `run --checkpoint DIR`: long runs that survive being stopped. The runs go
 * one at a time in this process; the run in progress is saved to DIR every
 * `--checkpoint-every` weeks (a JSON snapshot, sim/export/snapshot.ts, written
 * to a temporary file and renamed), and each finished run is appended to
 * DIR/runs.jsonl with a checksum (the shard record format). Running the same
 * command again resumes where the checkpoint left off — the output is byte for
 * byte what an uninterrupted run gives — and DIR is removed once the output is
 * complete. The checkpoint belongs to the runs (engine version, scenario hash,
 * variant, seeds, weeks); the output options may change between attempts.
 */
import { appendFileSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createSimulation, restoreSimulation, type RunResult, type Scenario, type Simulation } from '../sim/index.ts';
import { snapshotFromJson, snapshotToJson } from '../sim/export/snapshot.ts';
import { InputError, UsageError } from './errors.ts';
import type { Chunk, Job } from './jobs/job.ts';
import { writeChunks } from './jobs/execute.ts';
import { createRenderer } from './jobs/renderers.ts';
import type { RunSpec } from './jobs/runJob.ts';
import { RecordError, parseUnitLine, readLines, shardLayout, maxRecordBytes, unitLine, type ShardHeader } from './jobs/shard.ts';
import { openOutput, writeNotes, writeWhole, type OutTarget } from './output.ts';
import { createProgress } from './progress.ts';
import { canonicalJson, sha256Hex } from '../sim/export/stamp.ts';

export const CHECKPOINT_FORMAT = 'reciprocity-lab-checkpoint';
export const CHECKPOINT_VERSION = 1;
/** Default weeks between saves of the run in progress. */
export const DEFAULT_CHECKPOINT_WEEKS = 52;

export interface CheckpointOptions {
  /** The folder, resolved. */
  readonly dir: string;
  /** The folder as the person wrote it (for messages). */
  readonly shown: string;
  readonly every: number;
}

interface CheckpointJob {
  readonly format: typeof CHECKPOINT_FORMAT;
  readonly version: number;
  readonly runsHash: string;
  readonly runs: { engineVersion: string; scenarioHash: string; variant: string; seeds: readonly number[]; weeks: number };
}

interface Current {
  readonly unit: number;
  readonly snapshot: string;
}

/** What identifies the runs of a job (not how they are written out). */
function runsOf(spec: RunSpec): CheckpointJob['runs'] {
  return { engineVersion: spec.engineVersion, scenarioHash: spec.scenarioHash, variant: spec.variant, seeds: spec.seeds, weeks: spec.weeks };
}

/** Checks --checkpoint DIR before any work: its parent folder exists, and it is a folder if it exists. */
export function checkCheckpointDir(dir: string): string {
  const path = resolve(dir);
  if (!existsSync(dirname(path))) throw new UsageError(`--checkpoint ${dir}: the folder ${dirname(dir)} does not exist (create it first)`, 'run');
  if (existsSync(path) && !statSync(path).isDirectory()) throw new UsageError(`--checkpoint ${dir} is a file; give a folder for the checkpoint (it is created if missing)`, 'run');
  return path;
}

/** Writes a file whole or not at all: a temporary file in the same folder, flushed, then renamed. */
function writeAtomically(path: string, text: string): void {
  const temp = `${path}.${process.pid}.partial`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

/** The header runs.jsonl's records are checked against (the shard record rules). */
function recordHeader(spec: RunSpec, scenario: Scenario): ShardHeader {
  return {
    format: 'reciprocity-lab-shard',
    version: 0,
    jobHash: '',
    shard: 0,
    of: 1,
    start: 0,
    end: spec.seeds.length,
    unitCount: spec.seeds.length,
    kind: 'full',
    spec,
    layout: shardLayout([scenario]),
  };
}

/**
 * Reads the finished runs in runs.jsonl: the number of whole, valid records from the start. A torn last record (the
 * process stopped while appending) is cut off so the file ends at the last good one.
 */
async function finishedRuns(file: string, header: ShardHeader): Promise<number> {
  if (!existsSync(file)) return 0;
  let done = 0;
  let goodBytes = 0;
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    try {
      parseUnitLine(lines[i], header, done);
    } catch (error) {
      if (error instanceof RecordError) break;
      throw error;
    }
    done++;
    goodBytes += Buffer.byteLength(lines[i], 'utf8') + 1;
  }
  if (goodBytes < Buffer.byteLength(text, 'utf8')) truncateSync(file, goodBytes);
  return done;
}

/** Runs `job` (a run job) with a checkpoint, resuming from one that exists, and writes the output. */
export async function executeWithCheckpoint(job: Job, options: { out?: OutTarget; checkpoint: CheckpointOptions }): Promise<void> {
  const spec = job.spec as RunSpec;
  const scenario = job.plan.scenarios[0];
  const { dir, shown, every } = options.checkpoint;
  const jobFile = join(dir, 'job.json');
  const runsFile = join(dir, 'runs.jsonl');
  const currentFile = join(dir, 'current.json');
  const runs = runsOf(spec);
  const runsHash = await sha256Hex(canonicalJson(runs));
  mkdirSync(dir, { recursive: true });
  if (existsSync(jobFile)) {
    let saved: CheckpointJob | undefined;
    try {
      saved = JSON.parse(readFileSync(jobFile, 'utf8')) as CheckpointJob;
    } catch {
      saved = undefined;
    }
    if (!saved || saved.format !== CHECKPOINT_FORMAT || saved.version !== CHECKPOINT_VERSION) {
      throw new InputError([`--checkpoint ${shown}: job.json is not a checkpoint of this release; remove the folder or choose another`]);
    }
    if (saved.runsHash !== runsHash) {
      throw new InputError([
        `--checkpoint ${shown} holds other runs (a different scenario, variant, seeds, weeks or engine); remove the folder or choose another to start afresh`,
      ]);
    }
  } else {
    writeAtomically(jobFile, `${JSON.stringify({ format: CHECKPOINT_FORMAT, version: CHECKPOINT_VERSION, runsHash, runs } satisfies CheckpointJob)}\n`);
  }
  const header = recordHeader(spec, scenario);
  let done = await finishedRuns(runsFile, header);
  let resumed: Simulation | undefined;
  if (existsSync(currentFile) && done < spec.seeds.length) {
    try {
      const current = JSON.parse(readFileSync(currentFile, 'utf8')) as Current;
      if (current.unit === done) resumed = restoreSimulation(snapshotFromJson(current.snapshot));
    } catch (error) {
      writeNotes(`--checkpoint ${shown}: the saved run in progress cannot be read (${error instanceof Error ? error.message : String(error)}); run ${done} starts again`);
    }
  }
  if (done > 0 || resumed) {
    writeNotes(`resuming from --checkpoint ${shown}: ${done} of ${spec.seeds.length} runs complete${resumed ? `; run ${done} continues from week ${resumed.week}` : ''}`);
  }
  let stopped = true;
  const keep = () => {
    if (stopped) process.stderr.write(`the checkpoint in ${shown} keeps the work done so far: run the same command again to resume\n`);
  };
  process.once('exit', keep);
  // Ctrl-C and SIGTERM stop at once; the checkpoint already holds what was saved (the output, if open, is removed).
  const onInt = () => process.exit(130);
  const onTerm = () => process.exit(143);
  process.once('SIGINT', onInt);
  process.once('SIGTERM', onTerm);
  try {
    const progress = createProgress(spec.seeds.length, 'run');
    for (let unit = done; unit < spec.seeds.length; unit++) {
      const sim = resumed ?? createSimulation(scenario, { seed: spec.seeds[unit], weeks: spec.weeks, stories: false, log: false });
      resumed = undefined;
      while (sim.week < sim.weeks) {
        sim.step(Math.min(every, sim.weeks - sim.week));
        if (sim.week < sim.weeks) writeAtomically(currentFile, `${JSON.stringify({ unit, snapshot: snapshotToJson(sim.snapshot()) } satisfies Current)}\n`);
        // Let signals and output through between blocks of weeks.
        await new Promise<void>((r) => setImmediate(r));
      }
      appendRun(runsFile, unitLine(unit, sim.result()));
      rmSync(currentFile, { force: true });
      done = unit + 1;
      progress.update(done);
    }
    progress.finish();
    await writeOutput(spec, header, runsFile, options.out);
    stopped = false;
  } finally {
    process.off('exit', keep);
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    keep();
  }
  rmSync(dir, { recursive: true, force: true });
  writeNotes(`--checkpoint ${shown} removed: all ${spec.seeds.length} runs are in the output`);
}

function appendRun(file: string, line: string): void {
  appendFileSync(file, line);
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Renders the output from the finished runs, in run order, streaming them from runs.jsonl. */
async function writeOutput(spec: RunSpec, header: ShardHeader, runsFile: string, out: OutTarget | undefined): Promise<void> {
  const renderer = createRenderer(spec);
  await writeWhole(openOutput(out), async (output) => {
    await output.write(renderer.begin());
    let unit = 0;
    let chunks: Chunk[] = [];
    for await (const line of readLines(runsFile, () => maxRecordBytes(header))) {
      if (line.length === 0) continue;
      const { result } = parseUnitLine(line, header, unit);
      chunks.push(renderer.unit(unit++, result as RunResult));
      if (chunks.length >= 16) {
        await writeChunks(output.write, chunks);
        chunks = [];
      }
    }
    await writeChunks(output.write, chunks);
    if (unit !== spec.seeds.length) throw new InputError([`the checkpoint's runs.jsonl holds ${unit} of ${spec.seeds.length} runs (it changed while the command ran)`]);
    await output.write(renderer.end());
  });
  writeNotes(renderer.notes());
}
