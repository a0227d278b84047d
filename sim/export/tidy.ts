/**
 * Tidy rows: one row per (run, variant, seed, week, team), one column per
 * metric, the shape the CLI writes and the browser exports. Numbers are written
 * with a fixed, deterministic rendering so the same run gives the same bytes
 * everywhere; a missing value (a team with no members has no morale) is an
 * empty cell. CSV quoting is the few lines of RFC 4180 below (kept here so sim/
 * imports no third-party module), and text that a spreadsheet would run as a
 * formula is neutralised as OWASP recommends.
 */
import type { RunResult } from '../types.ts';
import { unitsOf, valueAt } from '../results.ts';

export const ORG_UNIT = 'org';
export const ID_COLUMNS = ['run', 'variant', 'seed', 'week', 'team'] as const;

export interface RunLabel {
  /** Run number within a batch (0-based). */
  readonly run: number;
  readonly variant: string;
}

/** Deterministic number rendering: up to 6 significant digits, no exponent noise for normal values; '' for a missing value (NaN). */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  if (!Number.isFinite(value)) return value > 0 ? 'Inf' : value < 0 ? '-Inf' : '';
  return String(Number(value.toPrecision(6)));
}

export function tidyHeader(result: Pick<RunResult, 'metricKeys'>): string[] {
  return [...ID_COLUMNS, ...result.metricKeys];
}

/** Rows (as string cells) of one run: every week, each team then the organisation. */
export function tidyRows(result: RunResult, label: RunLabel): string[][] {
  const units = unitsOf(result);
  const metrics = result.metricKeys.length;
  const rows: string[][] = [];
  for (let w = 1; w <= result.weeks; w++) {
    for (let u = 0; u < units; u++) {
      const row = [String(label.run), label.variant, String(result.seed), String(w), u < units - 1 ? result.teamNames[u] : ORG_UNIT];
      for (let k = 0; k < metrics; k++) row.push(formatNumber(valueAt(result, w, u, k)));
      rows.push(row);
    }
  }
  return rows;
}

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises text a spreadsheet would evaluate (CSV injection): a cell starting with =, +, -, @, a tab or a carriage
 * return gets a leading single quote, as OWASP recommends, unless it is a plain number (such as -0.5), which a
 * spreadsheet reads as a number. A team named "=HYPERLINK(…)" is written '=HYPERLINK(…).
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** One CSV field: formula-neutralised, then quoted per RFC 4180 only when it must be (a comma, a quote or a line break). */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvFormatRows(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\n');
}

/** CSV text with a header line. */
export function tidyCsv(results: readonly { result: RunResult; label: RunLabel }[], header = true): string {
  if (results.length === 0) return '';
  const head = header ? `${csvFormatRows([tidyHeader(results[0].result)])}\n` : '';
  const body = results.map(({ result, label }) => csvFormatRows(tidyRows(result, label))).filter((s) => s.length > 0);
  return head + body.map((s) => `${s}\n`).join('');
}

