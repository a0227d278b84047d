/**
 * `merge <shard files…>`: reassembles the output of a sharded job, byte for
 * byte what the unsharded command prints. Refuses shards of different jobs,
 * and missing, duplicate or truncated shards.
 */
import { EXIT_OK, InputError, UsageError } from '../errors.ts';
import type { UnitResult } from '../jobs/job.ts';
import { createRenderer } from '../jobs/renderers.ts';
import { SHARD_FORMAT, SHARD_VERSION, jobHash, linesAfterFirst, parseUnitLine, readFirstLine, type ShardHeader } from '../jobs/shard.ts';
import { parseCommandArgs } from '../options.ts';
import { openOutput, writeNotes } from '../output.ts';

export const mergeHelp = `usage: reciprocity-lab merge <shard files…> [--out FILE]

Merges the shard files written by run, compare or sweep with --shard i/n into
exactly the output the command prints without --shard. Every shard 0…n−1 of
the same job must be given once, in any order.

Example:
  for i in 0 1 2 3; do reciprocity-lab run s.json --runs 1000 --shard $i/4 --out part-$i.jsonl; done
  reciprocity-lab merge part-*.jsonl --out runs.csv
`;

interface ShardFile {
  readonly file: string;
  readonly header: ShardHeader;
}

export async function mergeCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('merge', args, { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    process.stdout.write(mergeHelp);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('give the shard files to merge, e.g. merge part-*.jsonl', 'merge');
  const shards = await readHeaders(positionals);
  checkShardSet(shards);
  const { spec, kind } = shards[0].header;
  const renderer = createRenderer(spec);
  const output = openOutput(values.out);
  await output.write(renderer.begin());
  for (const shard of shards) {
    let expected = shard.header.start;
    let text = '';
    for await (const line of linesAfterFirst(shard.file)) {
      let unit: number;
      let result: UnitResult;
      try {
        ({ unit, result } = parseUnitLine(line, kind));
      } catch {
        throw new InputError([`${shard.file}: line ${expected - shard.header.start + 2}: not a shard unit line (the file is damaged; run its shard again)`]);
      }
      if (unit !== expected || unit >= shard.header.end) {
        throw new InputError([`${shard.file}: expected unit ${expected}, found unit ${unit} (the file is damaged; run its shard again)`]);
      }
      text += renderer.unit(unit, result);
      expected++;
      if (text.length > 1 << 20) {
        await output.write(text);
        text = '';
      }
    }
    await output.write(text);
    if (expected !== shard.header.end) {
      const missing = shard.header.end - expected;
      throw new InputError([
        `${shard.file}: shard ${shard.header.shard}/${shard.header.of} is incomplete: ${missing} of ${shard.header.end - shard.header.start} runs are missing (it was cut short; run it again)`,
      ]);
    }
  }
  await output.write(renderer.end());
  await output.close();
  writeNotes(renderer.notes());
  return EXIT_OK;
}

async function readHeaders(files: readonly string[]): Promise<ShardFile[]> {
  const out: ShardFile[] = [];
  for (const file of files) {
    let line: string | undefined;
    try {
      line = await readFirstLine(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError([`${file}: cannot read the file${code === 'ENOENT' ? ': it does not exist (check the path)' : `: ${code ?? String(error)}`}`]);
    }
    let header: ShardHeader | undefined;
    try {
      header = line === undefined ? undefined : (JSON.parse(line) as ShardHeader);
    } catch {
      header = undefined;
    }
    if (!header || header.format !== SHARD_FORMAT) {
      throw new InputError([`${file}: not a shard file (its first line is not a ${SHARD_FORMAT} header; write shards with --shard i/n)`]);
    }
    if (header.version !== SHARD_VERSION) {
      throw new InputError([`${file}: shard format version ${header.version}; this release reads version ${SHARD_VERSION} (re-run the shard with this release)`]);
    }
    if (jobHash(header.spec) !== header.jobHash) throw new InputError([`${file}: the shard header is damaged (its job stamp does not match its contents)`]);
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
