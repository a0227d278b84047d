/**
 * The table format of `compare`: key metrics, each variant's mean and 95% CI,
 * and the difference from baseline with its CI, marked `*` where the CI of
 * the difference excludes zero.
 */
import { excludesZero } from '../../sim/analysis/index.ts';
import { finalQuarterWeeks } from '../../sim/results.ts';
import type { CompareSummary, Interval } from './compareJob.ts';
import { alignColumns, tableNumber } from './numberText.ts';

/** The metrics shown in the table (JSON output has every metric). */
export const KEY_METRICS = [
  'morale_mean',
  'engaged_share',
  'burnout_share',
  'trust_density',
  'trust_in_leader',
  'psych_safety',
  'belonging',
  'turnover_annualised',
  'output',
] as const;

const ci = (i: Interval) => `[${tableNumber(i.ci95[0])}, ${tableNumber(i.ci95[1])}]`;

function marker(i: Interval): string {
  const [lo, hi] = i.ci95;
  return lo !== null && hi !== null && excludesZero([lo, hi]) ? '*' : '';
}

/** Renders the compare table. */
export function compareTable(summary: CompareSummary, weeks: number): string {
  const seeds = summary.seeds;
  const span = finalQuarterWeeks(weeks);
  const head =
    `Final-quarter means (weeks ${weeks - span + 1}–${weeks}), whole organisation, ${summary.runs} runs per variant ` +
    `on seeds ${seeds[0]}–${seeds[seeds.length - 1]}; engine ${summary.engineVersion}\n\n`;
  const rows: string[][] = [['metric', 'variant', 'mean', '95% CI', 'diff vs baseline', '95% CI of diff', '']];
  const metrics = KEY_METRICS.filter((k) => k in (summary.variants[0]?.metrics ?? {}));
  for (const key of metrics) {
    summary.variants.forEach((variant, v) => {
      const own = variant.metrics[key];
      const diff = v === 0 ? undefined : summary.differences[v - 1].metrics[key];
      rows.push([
        v === 0 ? key : '',
        variant.name,
        tableNumber(own.mean),
        ci(own),
        diff ? tableNumber(diff.mean) : '',
        diff ? ci(diff) : '',
        diff ? marker(diff) : '',
      ]);
    });
  }
  return `${head}${alignColumns(rows)}\n* the 95% CI of the paired difference from baseline excludes zero\n`;
}
