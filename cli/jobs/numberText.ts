/** Number rendering for human-readable tables (data outputs use formatNumber or full JSON precision). */
export function tableNumber(x: number | null): string {
  if (x === null || Number.isNaN(x)) return 'n/a';
  if (!Number.isFinite(x)) return x > 0 ? 'Inf' : '-Inf';
  const abs = Math.abs(x);
  const text = abs >= 1000 ? x.toFixed(0) : abs >= 10 ? x.toFixed(2) : x.toFixed(4);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** Pads cells into aligned columns (left-aligned text, two spaces apart), trailing spaces trimmed. */
export function alignColumns(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) => `${row.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length)).join('  ').trimEnd()}\n`).join('');
}
