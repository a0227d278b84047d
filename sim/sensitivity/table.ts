/**
 * The record of a Morris screening and its ranked tables as Markdown, CSV and
 * JSON (one table per output, parameters ranked by μ*). Pure.
 */
import { formatNumber } from '../experiments/report.ts';
import { SENSITIVITY_OUTPUTS, type MorrisRanking } from './morrisStudy.ts';

export interface SensitivityDesign {
  readonly method: string;
  readonly trajectories: number;
  readonly levels: number;
  /** The step on the unit scale, p / (2(p − 1)). */
  readonly delta: number;
  readonly designSeed: number;
  /** Every point runs seeds first … first + runs − 1 (mod 2^32). */
  readonly firstSeed: number;
  readonly runs: number;
  readonly weeks: number;
  readonly parameters: number;
  readonly excluded: readonly string[];
  /** trajectories × (parameters + 1). */
  readonly points: number;
}

export interface SensitivityRecord {
  /** The command that reproduces the record. */
  readonly command: string;
  readonly engineVersion: string;
  readonly scenario: string;
  readonly scenarioHash: string;
  readonly variant: string;
  readonly design: SensitivityDesign;
  readonly outputs: MorrisRanking;
}

export const MORRIS_METHOD = 'Morris (1991) elementary effects on a grid, μ* of Campolongo, Cariboni & Saltelli (2007)';

/** How to read the tables, for the Markdown output and docs/sensitivity.md. */
export function readingNote(record: Pick<SensitivityRecord, 'design'>): string {
  const d = record.design;
  return [
    `Each parameter varies over its declared range (sim/parameters.ts; whole-number parameters rounded) on a grid of ${d.levels} levels, one`,
    `at a time along ${d.trajectories} random trajectories (step Δ = ${formatNumber(d.delta)} of the range): ${d.points} design points, each run`,
    `on the same ${d.runs} seeds (common random numbers), ${d.weeks} weeks, outputs averaged over the final quarter and the seeds.`,
    'An elementary effect is the change in the output per whole range of the parameter (output change ÷ step). μ* is the mean of',
    'their absolute values (overall influence, the ranking key), μ their mean (its sign says whether raising the parameter',
    'raises the output), σ their standard deviation (non-linearity or interaction with other parameters); n is the number of',
    `effects (one per trajectory). With ${d.trajectories} trajectories, μ has a standard error of about σ / √${d.trajectories}.`,
  ].join(' ');
}

/** Markdown: a short header, then one ranked table per output. */
export function sensitivityMarkdown(record: SensitivityRecord, headingLevel = 2): string {
  const h = '#'.repeat(headingLevel);
  const d = record.design;
  const out: string[] = [];
  out.push(`Scenario \`${record.scenario}\` (variant \`${record.variant}\`), engine ${record.engineVersion}; ${MORRIS_METHOD}.`);
  out.push(`Command: \`${record.command}\`${d.excluded.length > 0 ? `; excluded: ${d.excluded.join(', ')}` : ''}.`);
  out.push('');
  out.push(readingNote(record));
  for (const o of SENSITIVITY_OUTPUTS) {
    out.push('');
    out.push(`${h} ${o.label}: ${o.description}`);
    out.push('');
    out.push('| rank | parameter | μ* | σ | μ | n |', '|---:|---|---:|---:|---:|---:|');
    for (const f of record.outputs[o.key] ?? []) {
      out.push(`| ${f.rank} | \`${f.parameter}\` | ${formatNumber(f.muStar)} | ${formatNumber(f.sigma)} | ${formatNumber(f.mu, true)} | ${f.n} |`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** CSV: one row per output and parameter, full precision (empty cells for numbers that could not be computed). */
export function sensitivityCsv(record: SensitivityRecord): string {
  const rows = ['output,rank,parameter,mu_star,sigma,mu,n'];
  const num = (x: number | null) => (x === null ? '' : String(x));
  for (const o of SENSITIVITY_OUTPUTS) {
    for (const f of record.outputs[o.key] ?? []) rows.push([o.key, f.rank, f.parameter, num(f.muStar), num(f.sigma), num(f.mu), f.n].join(','));
  }
  return `${rows.join('\n')}\n`;
}

/** JSON: the whole record, two-space indented. */
export function sensitivityJson(record: SensitivityRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
