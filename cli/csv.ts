/** CSV lines with RFC 4180 quoting (a field is quoted only when it holds a comma, a quote or a line break), as sim/export/tidy.ts writes them. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')}\n`;
}

/** A tidy cell as a JSON value: numbers as numbers (non-finite as null), names as strings. */
export function jsonCell(cell: string, numeric: boolean): string | number | null {
  if (!numeric) return cell;
  const n = Number(cell);
  return Number.isFinite(n) ? n : null;
}
