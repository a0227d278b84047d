import { csvField } from '../sim/export/tidy.ts';

/** A CSV line: RFC 4180 quoting and formula neutralisation, as sim/export/tidy.ts writes every CSV field. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvField).join(',')}\n`;
}

/** A cell for a JSON row: a number (or null when missing) for numeric columns, else the text. */
export function jsonCell(cell: string, numeric: boolean): string | number | null {
  if (!numeric) return cell;
  const n = Number(cell);
  return Number.isFinite(n) ? n : null;
}
