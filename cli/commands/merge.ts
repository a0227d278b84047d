/**
 * `merge <shard files…>`: reassembles the output of a sharded job, byte for
 * byte what the unsharded command prints. Refuses shards of different jobs,
 * and missing, duplicate or truncated shards.
 */
import { EXIT_OK, InputError, UsageError } from '../errors.ts';
import type { Chunk } from '../jobs/job.ts';
import { writeChunks } from '../jobs/execute.ts';
import { createRenderer } from '../jobs/renderers.ts';
import {
  LineTooLong, MAX_HEADER_BYTES, RecordError, SHARD_FORMAT, SHARD_VERSION, headerProblem, jobHash, maxRecordBytes, parseUnitLine, readLines,
  type ShardHeader,
} from '../jobs/shard.ts';
import { parseCommandArgs } from '../options.ts';
import { OUT_OPTIONS, checkOut, openOutput, writeNotes, writeWhole } from '../output.ts';

export const mergeHelp = `usage: reciprocity-lab merge <shard files…> [--out FILE [--force]]

Merges the shard files written by run, compare or sweep with --shard i/n into
exactly the output the command prints without --shard. Every shard 0…n−1 of
the same job must be given once, in any order. Every run's record is checked
against its shard's header and its checksum; a damaged shard is refused with
its file and line, and no output is written.

Options:
  --out FILE         write to FILE instead of stdout (complete or not at all)
  --force            replace FILE if it exists
  -h, --help         show this help

Example:
  for i in 0 1 2 3; do reciprocity-lab run s.json --runs 1000 --shard $i/4 --out part-$i.jsonl; done
  reciprocity-lab merge part-*.jsonl --out runs.csv
`;

interface ShardFile {
  readonly file: string;
  readonly header: ShardHeader;
}

export async function mergeCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('merge', args, { ...OUT_OPTIONS, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    process.stdout.write(mergeHelp);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('give the shard files to merge, e.g. merge part-*.jsonl', 'merge');
  const target = checkOut('merge', values.out, values.force, positionals);
  const shards = await readHeaders(positionals);
  checkShardSet(shards);
  const renderer = createRenderer(shards[0].header.spec);
  await writeWhole(openOutput(target), async (output) => {
    await output.write(renderer.begin());
    for (const shard of shards) await mergeShard(shard, renderer.unit, output.write);
    await output.write(renderer.end());
  });
  writeNotes(renderer.notes());
  return EXIT_OK;
}

/** Renders one shard's records in order, refusing (with file and line) the first that does not match its header. */
async function mergeShard(shard: ShardFile, render: (unit: number, result: never) => Chunk, write: (chunk: Chunk) => Promise<void>): Promise<void> {
  const { header, file } = shard;
  const limit = maxRecordBytes(header);
  let expected = header.start;
  let chunks: Chunk[] = [];
  let size = 0;
  let lineNumber = 1;
  try {
    for await (const line of readLines(file, (n) => (n === 1 ? MAX_HEADER_BYTES : limit))) {
      if (lineNumber++ === 1 || line.length === 0) continue;
      if (expected >= header.end) throw new RecordError(`is a run record after the shard's last run ${header.end - 1}`);
      const { result } = parseUnitLine(line, header, expected);
      const chunk = render(expected, result as never);
      chunks.push(chunk);
      size += chunk.length;
      expected++;
      if (size > 1 << 20) {
        await writeChunks(write, chunks);
        chunks = [];
        size = 0;
      }
    }
  } catch (error) {
    if (error instanceof RecordError) throw new InputError([`${file}: line ${lineNumber - 1}: the run record ${error.message}; run its shard again (nothing was merged)`]);
    if (error instanceof LineTooLong) throw new InputError([`${file}: line ${error.line}: longer than any run record of this job can be (the file is damaged); run its shard again`]);
    throw error;
  }
  await writeChunks(write, chunks);
  if (expected !== header.end) {
    const missing = header.end - expected;
    throw new InputError([
      `${file}: shard ${header.shard}/${header.of} is incomplete: ${missing} of ${header.end - header.start} runs are missing (it was cut short; run it again)`,
    ]);
  }
}

async function readHeaders(files: readonly string[]): Promise<ShardFile[]> {
  const out: ShardFile[] = [];
  for (const file of files) {
    let line: string | undefined;
    try {
      for await (const first of readLines(file, () => MAX_HEADER_BYTES)) {
        line = first;
        break;
      }
    } catch (error) {
      if (error instanceof LineTooLong) throw new InputError([`${file}: not a shard file (its first line is longer than any shard header)`]);
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError([`${file}: cannot read the file${code === 'ENOENT' ? ': it does not exist (check the path)' : `: ${code ?? String(error)}`}`]);
    }
    let header: ShardHeader | undefined;
    try {
      header = line === undefined ? undefined : (JSON.parse(line) as ShardHeader);
    } catch {
      header = undefined;
    }
    if (!header || typeof header !== 'object' || header.format !== SHARD_FORMAT) {
      throw new InputError([`${file}: not a shard file (its first line is not a ${SHARD_FORMAT} header; write shards with --shard i/n)`]);
    }
    if (header.version !== SHARD_VERSION) {
      throw new InputError([`${file}: shard format version ${JSON.stringify(header.version)}; this release reads version ${SHARD_VERSION} (re-run the shard with this release)`]);
    }
    if (!header.spec || (await jobHash(header.spec)) !== header.jobHash) throw new InputError([`${file}: line 1: the shard header is damaged (its job stamp does not match its contents)`]);
    const problem = headerProblem(header);
    if (problem) throw new InputError([`${file}: line 1: the shard header is damaged: ${problem}`]);
    out.push({ file, header });
  }
  return out;
}
/** Checks that the shards are exactly 0…n−1 of one job, and sorts them by index. */
function checkShardSet(shards: ShardFile[]): void {
  const first = shards[0];
  for (const s of shards) {
    if (s.header.jobHash !== first.header.jobHash || s.header.of !== first.header.of) {
      throw new InputError([
        `${s.file}: belongs to a different job than ${first.file} (job ${s.header.jobHash.slice(0, 12)}… vs ${first.header.jobHash.slice(0, 12)}…, ` +
          `${s.header.of} vs ${first.header.of} shards); merge only the shards of one command run with the same options`,
      ]);
    }
  }
  const byIndex = new Map<number, string>();
  for (const s of shards) {
    const seen = byIndex.get(s.header.shard);
    if (seen !== undefined) throw new InputError([`${s.file}: duplicate of shard ${s.header.shard}/${s.header.of}, already given as ${seen}; give each shard once`]);
    byIndex.set(s.header.shard, s.file);
  }
  const missing: number[] = [];
  for (let i = 0; i < first.header.of; i++) if (!byIndex.has(i)) missing.push(i);
  if (missing.length > 0) {
    const list = missing.slice(0, 10).map((i) => `${i}/${first.header.of}`).join(', ');
    throw new InputError([
      `merge: missing shard${missing.length === 1 ? '' : 's'} ${list}${missing.length > 10 ? ', …' : ''} of ${first.header.of}; run them with --shard and give all shard files`,
    ]);
  }
  shards.sort((a, b) => a.header.shard - b.header.shard);
}
