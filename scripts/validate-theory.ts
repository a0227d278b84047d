/**
 * `npm run validate-theory`: runs every claim of the theory-mode validation
 * suite (scripts/theory/) on blocks of seeds, prints each claim's source,
 * published value, criterion and the verdict on every block, and (on the
 * default blocks with every claim) writes the record and the table.
 * Exit code 1 when a claim fails that is not a known failure (or a known
 * failure passes), or --check finds the committed files stale; 2 for bad
 * arguments.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { createProgress, type Progress } from '../cli/progress.ts';
import { formatBlock, parseBlocks } from '../sim/experiments/blocks.ts';
import type { SeedBlock } from '../sim/experiments/types.ts';
import { CLAIMS } from './theory/claims.ts';
import { CHECK_SEEDS, DEFAULT_BLOCKS, RECORD_PATH, checkBlocks, computeRecord, readRecord, recordBlocks, restrictRecord, serialiseRecord, staleness, type TheoryRecord } from './theory/record.ts';
import { TABLE_JSON, TABLE_MD, judgeRecord, reportLines, tableJson, tableMarkdown, unexpected } from './theory/table.ts';

const USAGE = `usage: npm run validate-theory -- [--seeds START:COUNT[,START:COUNT…]] [--only ID[,ID…]] [--threads N] [--check | --render]

Runs every claim of the theory-mode validation suite on blocks of seeds and
prints, for each, the verdict on every block: PASS only when every block passes.
With the default blocks and every claim it writes ${RECORD_PATH},
${TABLE_MD} and ${TABLE_JSON}.
  --seeds    seed blocks (default ${DEFAULT_BLOCKS.map(formatBlock).join(',')}; the first is the development block);
             other blocks are printed, not written
  --only     only these claims (printed, not written): ${CLAIMS.map((c) => c.id).join(', ')}
  --threads  worker threads (default: the number of cores)
  --check    recompute the first ${CHECK_SEEDS} seeds of each block of the committed record, compare them exactly, and check
             that the table is judged from the record (what the test suite does); writes nothing
  --render   judge the committed record again and rewrite the table, running nothing (after editing a claim's
             words or its judge; a changed setting needs a full run)
`;

const root = new URL('../', import.meta.url);

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n(see \`npm run validate-theory -- --help\`)\n`);
  process.exit(2);
}

function options() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        seeds: { type: 'string' },
        only: { type: 'string' },
        threads: { type: 'string' },
        check: { type: 'boolean' },
        render: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  let blocks: SeedBlock[] = [...DEFAULT_BLOCKS];
  if (values.seeds !== undefined) {
    try {
      blocks = parseBlocks(values.seeds);
    } catch (error) {
      fail(`--seeds: ${(error as Error).message}`);
    }
  }
  let only: Set<string> | undefined;
  if (values.only !== undefined) {
    only = new Set(values.only.split(',').map((s) => s.trim()).filter(Boolean));
    const unknown = [...only].filter((id) => !CLAIMS.some((c) => c.id === id));
    if (only.size === 0 || unknown.length > 0) fail(`--only: no claim ${unknown.map((u) => JSON.stringify(u)).join(', ') || '(none given)'}; the claims are ${CLAIMS.map((c) => c.id).join(', ')}`);
  }
  let threads = availableParallelism();
  if (values.threads !== undefined) {
    if (!/^\d+$/.test(values.threads) || Number(values.threads) < 1 || Number(values.threads) > 256) fail(`--threads must be a whole number from 1 to 256, got ${JSON.stringify(values.threads)}`);
    threads = Number(values.threads);
  }
  if (values.check && values.render) fail('give --check or --render, not both');
  if ((values.check || values.render) && (values.seeds !== undefined || only)) fail(`--${values.check ? 'check' : 'render'} works on the committed record: drop --seeds and --only`);
  const write = !only && blocks.map(formatBlock).join(',') === DEFAULT_BLOCKS.map(formatBlock).join(',');
  return { blocks, only, threads, check: values.check ?? false, render: values.render ?? false, write };
}

function progress(label: string) {
  let bar: Progress | undefined;
  return {
    onProgress: (done: number, total: number) => {
      bar ??= createProgress(total, label);
      bar.update(done);
    },
    finish: () => bar?.finish(),
  };
}

/** Prints every claim's result and returns the problems (unexpected results). */
function report(record: TheoryRecord): { problems: string[]; md: string; json: string } {
  const results = judgeRecord(record);
  for (const r of results) process.stdout.write(`${reportLines(r)}\n`);
  const problems = unexpected(results);
  const known = results.filter((r) => !r.pass && r.knownFailure).length;
  process.stdout.write(`${results.filter((r) => r.pass).length} of ${results.length} claims hold on every block (${record.blocks.join(', ')})${known ? `; ${known} known failure${known > 1 ? 's' : ''}` : ''}.\n`);
  return { problems, md: tableMarkdown(results, record), json: tableJson(results) };
}

function readText(path: string): string {
  try {
    return readFileSync(new URL(path, root), 'utf8');
  } catch {
    return '';
  }
}

async function main(): Promise<number> {
  const o = options();
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  if (o.check || o.render) {
    const committed = readRecord(root);
    const stale = staleness(committed);
    if (stale) {
      process.stderr.write(`${stale}\n`);
      return 1;
    }
    const problems: string[] = [];
    if (o.check) {
      const blocks = checkBlocks(recordBlocks(committed));
      const bar = progress('check');
      const fresh = await computeRecord(blocks, { threads: o.threads, onProgress: bar.onProgress });
      bar.finish();
      if (serialiseRecord(fresh) !== serialiseRecord(restrictRecord(committed, blocks))) problems.push(`${RECORD_PATH} differs from a fresh run of seeds ${blocks.map(formatBlock).join(', ')}: run npm run validate-theory`);
    }
    const { problems: verdicts, md, json } = report(committed);
    problems.push(...verdicts);
    for (const [file, text] of [
      [TABLE_MD, md],
      [TABLE_JSON, json],
    ] as const) {
      if (readText(file) === text) continue;
      if (o.check) problems.push(`${file} is not the table judged from ${RECORD_PATH}: run npm run validate-theory -- --render`);
      else {
        writeFileSync(new URL(file, root), text);
        process.stdout.write(`wrote ${file}\n`);
      }
    }
    for (const p of problems) process.stderr.write(`${p}\n`);
    process.stdout.write(`(${seconds()})\n`);
    return problems.length > 0 ? 1 : 0;
  }
  process.stderr.write(`seed blocks ${o.blocks.map(formatBlock).join(', ')} on ${o.threads} thread(s)\n`);
  const bar = progress('claims');
  const record = await computeRecord(o.blocks, { threads: o.threads, only: o.only, onProgress: bar.onProgress });
  bar.finish();
  const { problems, md, json } = report(record);
  process.stdout.write(`(${seconds()})\n`);
  if (o.write) {
    writeFileSync(new URL(RECORD_PATH, root), serialiseRecord(record));
    writeFileSync(new URL(TABLE_MD, root), md);
    writeFileSync(new URL(TABLE_JSON, root), json);
    process.stdout.write(`wrote ${RECORD_PATH}, ${TABLE_MD}, ${TABLE_JSON}\n`);
  }
  for (const p of problems) process.stderr.write(`${p}\n`);
  return problems.length > 0 ? 1 : 0;
}

process.exitCode = await main();
