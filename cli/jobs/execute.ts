/**
 * Executing a job: either the whole of it, rendered to the output, or one
 * shard of it, written as a mergeable shard file. Results pass through InOrder
 * so the bytes never depend on which thread finished first.
 */
import { InputError } from '../errors.ts';
import { openOutput, writeNotes, writeWhole, type OutTarget } from '../output.ts';
import { createProgress } from '../progress.ts';
import type { Chunk, Job, UnitResult } from './job.ts';
import { InOrder } from '../../sim/batch/order.ts';
import { shardRange, unitCount } from '../../sim/batch/plan.ts';
import { runUnits } from './pool.ts';
import { createRenderer } from './renderers.ts';
import { shardHeaderLine, shardLayout, unitLine, type ShardSpec } from './shard.ts';

export interface ExecuteOptions {
  readonly threads: number;
  readonly out?: OutTarget;
  readonly shard?: ShardSpec;
}

/** Writes chunks in order, joining neighbouring text into one write. */
export async function writeChunks(write: (chunk: Chunk) => Promise<void>, chunks: readonly Chunk[]): Promise<void> {
  let text = '';
  for (const chunk of chunks) {
    if (typeof chunk === 'string') {
      text += chunk;
      continue;
    }
    if (text.length > 0) await write(text);
    text = '';
    await write(chunk);
  }
  if (text.length > 0) await write(text);
}

/** Runs `job` (or its shard) and writes the output. */
export async function executeJob(job: Job, options: ExecuteOptions): Promise<void> {
  if (options.shard) return executeShard(job, options.shard, options);
  const renderer = createRenderer(job.spec);
  await writeWhole(openOutput(options.out), async (output) => {
    const chunks: Chunk[] = [renderer.begin()];
    const order = new InOrder<UnitResult>(0, (unit, result) => chunks.push(renderer.unit(unit, result)));
    await pumpUnits(job, { start: 0, end: unitCount(job.plan) }, options, order, chunks, output.write);
    await output.write(renderer.end());
  });
  writeNotes(renderer.notes());
}

async function executeShard(job: Job, shard: ShardSpec, options: ExecuteOptions): Promise<void> {
  const units = unitCount(job.plan);
  const range = shardRange(shard.index, shard.count, units);
  await writeWhole(openOutput(options.out), async (output) => {
    const header = await shardHeaderLine({ shard: shard.index, of: shard.count, ...range, unitCount: units, kind: job.kind, spec: job.spec, layout: shardLayout(job.plan.scenarios) });
    const chunks: Chunk[] = [header];
    const order = new InOrder<UnitResult>(range.start, (unit, result) => chunks.push(unitLine(unit, result)));
    await pumpUnits(job, range, options, order, chunks, output.write);
  });
}

/** Runs a range of units, flushing rendered chunks to the output as they become ready in order. */
async function pumpUnits(
  job: Job,
  range: { start: number; end: number },
  options: ExecuteOptions,
  order: InOrder<UnitResult>,
  chunks: Chunk[],
  write: (chunk: Chunk) => Promise<void>,
): Promise<void> {
  const progress = createProgress(range.end - range.start, job.spec.command);
  let flushing: Promise<void> = Promise.resolve();
  const flush = () => {
    if (chunks.length === 0) return;
    const ready = chunks.splice(0, chunks.length);
    flushing = flushing.then(() => writeChunks(write, ready));
  };
  try {
    await runUnits(job, range, { threads: options.threads, onProgress: (done) => progress.update(done) }, (unit, result) => {
      order.push(unit, result);
      if (chunks.length > 16) flush();
    });
  } finally {
    progress.finish();
  }
  if (order.waiting > 0) throw new InputError([`error: ${order.waiting} results arrived without their predecessors (a bug; please report it)`]);
  flush();
  await flushing;
}
