/**
 * Parquet output read back with an independent reader — parquet-wasm (the Rust arrow-rs Parquet implementation, the
 * reader family of polars and pyarrow-compatible tools) through apache-arrow — never with the writer's own library, and
 * compared value by value with the CSV of the same job.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC, type Table } from 'apache-arrow';
import { ParquetFile, readParquet } from 'parquet-wasm';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../sim/export/tidy.ts';
import { csvLine } from '../../cli/csv.ts';
import { ROW_GROUP_ROWS, parquetTable, type Column } from '../../cli/jobs/table.ts';
import { scenarioDir } from '../cli/helpers.ts';
import { cliInProcess } from '../cli/inProcess.ts';

function readTable(bytes: Uint8Array): Table {
  return tableFromIPC(readParquet(bytes).intoIPCStream());
}

/** A Parquet value as the CSV writes it: numbers with 6 significant digits, null as an empty cell. */
function asCsvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

/** Every row of the Parquet table rendered as a CSV line must equal the CSV's line: every value, in order. */
function expectSameAsCsv(table: Table, csv: string): void {
  const lines = csv.split('\n').filter((l) => l.length > 0);
  const names = table.schema.fields.map((f) => f.name);
  expect(csvLine(names)).toBe(`${lines[0]}\n`);
  expect(table.numRows).toBe(lines.length - 1);
  for (let r = 0; r < table.numRows; r++) {
    const row = table.get(r)!;
    expect(csvLine(names.map((n) => asCsvCell(row[n as never]))), `row ${r}`).toBe(`${lines[r + 1]}\n`);
  }
}

const MERGED = {
  schemaVersion: 2,
  name: 'merged away',
  seed: 3,
  weeks: 6,
  teams: [
    { name: '=Alpha', size: 4 },
    { name: 'Beta, "quoted"', size: 3 },
  ],
  events: [{ week: 3, type: 'teamMerger', team: 'Beta, "quoted"', into: '=Alpha' }],
};

describe('--format parquet', () => {
  const dir = scenarioDir();
  writeFileSync(join(dir, 'merged.json'), JSON.stringify(MERGED));
  const both = async (args: string[], name: string) => {
    const csv = await cliInProcess([...args, '--threads', '1'], dir);
    const pq = await cliInProcess([...args, '--threads', '1', '--format', 'parquet', '--out', name, '--force'], dir);
    expect(csv.code).toBe(0);
    expect(pq.code, pq.stderr).toBe(0);
    return { csv: csv.stdout, table: readTable(new Uint8Array(readFileSync(join(dir, name)))), bytes: readFileSync(join(dir, name)) };
  };

  it('run: every value equals the CSV, with typed columns and missing cells as null', async () => {
    const { csv, table } = await both(['run', 'merged.json', '--runs', '3'], 'run.parquet');
    expectSameAsCsv(table, csv);
    const types = Object.fromEntries(table.schema.fields.map((f) => [f.name, `${f.type}${f.nullable ? '?' : ''}`]));
    expect(types).toMatchObject({ run: 'Int32', variant: 'Utf8', seed: 'Int64', week: 'Int32', team: 'Utf8', headcount: 'Int32', quits: 'Int32', morale_mean: 'Float64?' });
    const beta = table.toArray().find((row) => row.team === 'Beta, "quoted"' && row.week === 5);
    expect(beta.morale_mean).toBeNull();
    expect(beta.headcount).toBe(0);
    // Names are stored exactly; only the CSV neutralises formula-like text.
    expect(table.get(0)!.team).toBe('=Alpha');
  });

  it('sweep: parameter columns typed (numbers as doubles, names as text), values equal to the CSV', async () => {
    const { csv, table } = await both(['sweep', 'small.json', '--param', 'policy.recognitionFrequency=0:1:0.5', '--param', 'teams.0.name=Alpha,Gamma', '--weeks', '3', '--runs', '2'], 'sweep.parquet');
    expectSameAsCsv(table, csv);
    const types = Object.fromEntries(table.schema.fields.map((f) => [f.name, String(f.type)]));
    expect(types).toMatchObject({ point: 'Int32', 'policy.recognitionFrequency': 'Float64', 'teams.0.name': 'Utf8' });
  });

  it('--summary: one row per run and team, equal to the CSV summary', async () => {
    const { csv, table } = await both(['run', 'merged.json', '--runs', '2', '--summary'], 'summary.parquet');
    expectSameAsCsv(table, csv);
    expect(table.numRows).toBe(2 * 3);
  });

  it('carries the reproducibility stamp in its metadata', async () => {
    const { table } = await both(['run', 'small.json', '--runs', '2', '--weeks', '2'], 'stamped.parquet');
    const stamp = JSON.parse(table.schema.metadata.get('reciprocity_lab.stamp')!);
    const json = JSON.parse((await cliInProcess(['run', 'small.json', '--runs', '2', '--weeks', '2', '--format', 'json', '--threads', '1'], dir)).stdout);
    expect(stamp).toEqual(json.stamp);
  });

  it('compare: one row per variant and metric, the same numbers as the JSON output', async () => {
    const json = JSON.parse((await cliInProcess(['compare', 'small.json', '--runs', '3', '--weeks', '4', '--format', 'json', '--threads', '1'], dir)).stdout);
    const r = await cliInProcess(['compare', 'small.json', '--runs', '3', '--weeks', '4', '--format', 'parquet', '--out', 'compare.parquet', '--force', '--threads', '1'], dir);
    expect(r.code).toBe(0);
    const table = readTable(new Uint8Array(readFileSync(join(dir, 'compare.parquet'))));
    const rows = table.toArray().map((row) => row.toJSON());
    expect(rows.length).toBe(json.variants.length * Object.keys(json.variants[0].metrics).length);
    for (const row of rows) {
      const v = json.variants.findIndex((x: { name: string }) => x.name === row.variant);
      const own = json.variants[v].metrics[row.metric];
      expect([row.n, row.mean, row.ci95_low, row.ci95_high]).toEqual([own.n, own.mean, own.ci95[0], own.ci95[1]]);
      if (v === 0) expect([row.diff_n, row.diff_mean]).toEqual([null, null]);
      else {
        const diff = json.differences[v - 1].metrics[row.metric];
        expect([row.diff_n, row.diff_mean, row.diff_ci95_low, row.diff_ci95_high]).toEqual([diff.n, diff.mean, diff.ci95[0], diff.ci95[1]]);
      }
    }
  });

  it('is refused to a terminal (binary), with the fix', async () => {
    const tty = Object.getOwnPropertyDescriptor(process.stdout, 'isTTY');
    Object.defineProperty(process.stdout, 'isTTY', { value: true, configurable: true });
    try {
      const r = await cliInProcess(['run', 'small.json', '--weeks', '1', '--format', 'parquet'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--format parquet writes a binary file: give --out FILE.parquet');
    } finally {
      if (tty) Object.defineProperty(process.stdout, 'isTTY', tty);
      else delete (process.stdout as { isTTY?: boolean }).isTTY;
    }
  });

  it('sharded Parquet jobs merge to exactly the unsharded bytes', async () => {
    const whole = await cliInProcess(['run', 'small.json', '--runs', '4', '--weeks', '2', '--threads', '1', '--format', 'parquet', '--out', 'whole.parquet', '--force'], dir);
    expect(whole.code).toBe(0);
    for (let i = 0; i < 2; i++) {
      await cliInProcess(['run', 'small.json', '--runs', '4', '--weeks', '2', '--threads', '1', '--format', 'parquet', '--shard', `${i}/2`, '--out', `pq-${i}.jsonl`, '--force'], dir);
    }
    const merged = await cliInProcess(['merge', 'pq-0.jsonl', 'pq-1.jsonl', '--out', 'merged.parquet', '--force'], dir);
    expect(merged.code).toBe(0);
    expect(readFileSync(join(dir, 'merged.parquet')).equals(readFileSync(join(dir, 'whole.parquet')))).toBe(true);
  });
});

describe('the Parquet writer streams', () => {
  it('writes a row group as soon as a block of runs reaches ROW_GROUP_ROWS, so memory does not grow with the job', async () => {
    const columns: Column[] = [
      { name: 'run', type: 'int32' },
      { name: 'x', type: 'double' },
    ];
    const table = parquetTable(columns, { test: true });
    const chunks: Uint8Array[] = [table.begin() as Uint8Array];
    const perRun = 10_000;
    const emitted: number[] = [];
    for (let run = 0; run < 20; run++) {
      const out = table.rows(Array.from({ length: perRun }, (_, i) => [run, i % 7 === 0 ? NaN : run + i / perRun]));
      if (typeof out !== 'string') chunks.push(out);
      emitted.push(typeof out === 'string' ? 0 : out.length);
    }
    chunks.push(table.end() as Uint8Array);
    // Bytes leave the writer during the job (after 7 runs = 70,000 rows ≥ 65,536), not only at the end.
    expect(emitted.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
    expect(emitted.slice(0, 6).every((n) => n === 0)).toBe(true);
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    const file = await ParquetFile.fromFile(new Blob([bytes]));
    const groups = file.metadata().numRowGroups();
    expect(groups).toBe(3);
    const read = readTable(bytes);
    expect(read.numRows).toBe(20 * perRun);
    expect(read.get(70_001)!.toJSON()).toEqual({ run: 7, x: 7 + 1 / perRun });
    expect(read.get(7)!.toJSON().x).toBeNull();
    expect(ROW_GROUP_ROWS).toBe(65_536);
  });
});
