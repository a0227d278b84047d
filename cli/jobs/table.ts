/**
 * Tables of typed cells written as CSV, JSON or Parquet: the one place each
 * format's rules live. Renderers produce rows of raw cells (numbers at full
 * precision, null for a missing value); CSV and JSON render numbers as the
 * tidy export does (6 significant digits, sim/export/tidy.ts), Parquet keeps
 * them exact in typed columns.
 */
import { ByteWriter, ParquetWriter, type ColumnSource, type SchemaElement } from 'hyparquet-writer';
import { formatNumber } from '../../sim/export/tidy.ts';
import { csvLine } from '../csv.ts';
import type { Chunk } from './job.ts';

/** A column's type: how Parquet stores it (CSV and JSON write numbers the same way whatever the type). */
export type ColumnType = 'int32' | 'int64' | 'double' | 'string' | 'boolean';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  /** Values written as given (sweep levels), not rounded to 6 significant digits. */
  readonly raw?: boolean;
  /** Whether a cell may be missing (default: doubles may, other types may not). */
  readonly nullable?: boolean;
}

const nullable = (c: Column) => c.nullable ?? c.type === 'double';

/** A cell: a number (NaN = missing), a name, a flag, or null (missing). */
export type Cell = number | string | boolean | null;

export type TableFormat = 'csv' | 'json' | 'parquet';

export interface TableWriter {
  begin(): Chunk;
  /** Rows of one or more whole runs (Parquet may end a row group after them). */
  rows(rows: readonly (readonly Cell[])[]): Chunk;
  /** The end of the table; `jsonTail` is extra JSON members (`,"sensitivity":…`) after the rows. */
  end(jsonTail?: string): Chunk;
}

const missing = (cell: Cell) => cell === null || (typeof cell === 'number' && Number.isNaN(cell));

function csvCell(cell: Cell, column: Column): string {
  if (missing(cell)) return '';
  if (typeof cell === 'number') return column.raw ? String(cell) : formatNumber(cell);
  return String(cell);
}

function jsonCell(cell: Cell, column: Column): Cell {
  if (missing(cell)) return null;
  if (typeof cell !== 'number' || column.raw) return cell;
  const n = Number(formatNumber(cell));
  return Number.isFinite(n) ? n : null;
}

export function csvTable(columns: readonly Column[]): TableWriter {
  return {
    begin: () => csvLine(columns.map((c) => c.name)),
    rows: (rows) => rows.map((row) => csvLine(row.map((cell, i) => csvCell(cell, columns[i])))).join(''),
    end: () => '',
  };
}

/** JSON `{"stamp":…, "columns":[…], "rows":[[…], …]…}` with one row per line. */
export function jsonTable(columns: readonly Column[], stamp: unknown): TableWriter {
  let written = 0;
  return {
    begin: () => `{"stamp":${JSON.stringify(stamp)},\n"columns":${JSON.stringify(columns.map((c) => c.name))},\n"rows":[\n`,
    rows(rows) {
      let text = '';
      for (const row of rows) text += `${written++ === 0 ? '' : ',\n'}${JSON.stringify(row.map((cell, i) => jsonCell(cell, columns[i])))}`;
      return text;
    },
    end: (tail = '') => `${written === 0 ? '' : '\n'}]${tail}}\n`,
  };
}

/** Rows buffered before a row group is written: row groups hold whole runs, at least this many rows unless the table ends. */
export const ROW_GROUP_ROWS = 65_536;

const PARQUET_TYPE: Record<ColumnType, SchemaElement['type']> = { int32: 'INT32', int64: 'INT64', double: 'DOUBLE', string: 'BYTE_ARRAY', boolean: 'BOOLEAN' };

function parquetSchema(columns: readonly Column[]): SchemaElement[] {
  return [
    { name: 'root', num_children: columns.length },
    ...columns.map(
      (c): SchemaElement => ({
        name: c.name,
        type: PARQUET_TYPE[c.type],
        ...(c.type === 'string' ? { converted_type: 'UTF8' as const } : {}),
        // Names and ids are always there; a metric may be missing (a team with no members).
        repetition_type: nullable(c) ? 'OPTIONAL' : 'REQUIRED',
      }),
    ),
  ];
}

function parquetValue(cell: Cell, column: Column): unknown {
  if (missing(cell)) {
    if (!nullable(column)) throw new Error(`column ${column.name} has a missing value, which its type cannot hold (a bug)`);
    return null;
  }
  switch (column.type) {
    case 'int32':
      if (typeof cell !== 'number' || !Number.isInteger(cell)) throw new Error(`column ${column.name} expects a whole number, got ${String(cell)} (a bug)`);
      return cell;
    case 'int64':
      return BigInt(cell as number);
    case 'double':
      return cell as number;
    case 'string':
      return String(cell);
    case 'boolean':
      return cell as boolean;
  }
}

/**
 * Parquet, streamed: rows are buffered by column and written as a row group whenever ROW_GROUP_ROWS or more have
 * gathered (at a run boundary), so memory stays flat however many runs a sweep has. Columns are typed (ids INT32,
 * seeds INT64, names UTF-8 strings, metrics DOUBLE with null for missing); the stamp is in the file's key-value
 * metadata as `reciprocity_lab.stamp`. Written with hyparquet-writer (snappy compression).
 */
export function parquetTable(columns: readonly Column[], stamp: unknown): TableWriter {
  const writer = new ByteWriter();
  const parquet = new ParquetWriter({
    writer,
    schema: parquetSchema(columns),
    kvMetadata: [{ key: 'reciprocity_lab.stamp', value: JSON.stringify(stamp) }],
    createdBy: 'reciprocity-lab (hyparquet-writer)',
  });
  let buffered: unknown[][] = columns.map(() => []);
  let count = 0;
  /** The bytes written since the last drain (the writer's buffer is reused). */
  const drain = (): Uint8Array => {
    const bytes = writer.getBytes().slice();
    writer.index = 0;
    return bytes;
  };
  const flush = (): void => {
    if (count === 0) return;
    const columnData: ColumnSource[] = columns.map((c, i) => ({ name: c.name, data: buffered[i] as ColumnSource['data'] }));
    void parquet.write({ columnData, rowGroupSize: count });
    buffered = columns.map(() => []);
    count = 0;
  };
  return {
    begin: () => drain(),
    rows(rows) {
      for (const row of rows) {
        for (let i = 0; i < columns.length; i++) buffered[i].push(parquetValue(row[i], columns[i]));
        count++;
      }
      if (count < ROW_GROUP_ROWS) return '';
      flush();
      return drain();
    },
    end() {
      flush();
      void parquet.finish();
      return drain();
    },
  };
}

/** A table writer for `format`. */
export function tableWriter(format: TableFormat, columns: readonly Column[], stamp: unknown): TableWriter {
  if (format === 'csv') return csvTable(columns);
  if (format === 'json') return jsonTable(columns, stamp);
  return parquetTable(columns, stamp);
}
