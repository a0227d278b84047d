import { csvField } from '../sim/export/tidy.ts';

/** A CSV line: RFC 4180 quoting and formula neutralisation, as sim/export/tidy.ts writes every CSV field. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvField).join(',')}\n`;
}

/** A tidy cell as a JSON value: numbers as numbers (a missing or non-finite value as null), names as strings. */
export function jsonCell(cell: string, numeric: boolean): string | number | null {
  if (!numeric) return cell;
  if (cell === '') return null;
  const n = Number(cell);
  return Number.isFinite(n) ? n : null;
}
