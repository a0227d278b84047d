import { csvField } from '../sim/export/tidy.ts';

/** A CSV line: RFC 4180 quoting and formula neutralisation, as sim/export/tidy.ts writes every CSV field. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvField).join(',')}\n`;
}
