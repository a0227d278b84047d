/**
 * The statistical test of a library scenario's claims: each claimed contrast
 * must have its sign with a 95% paired t interval that excludes zero, over the
 * entry's seeds, with the same seeds for both runs (common random numbers).
 *
 * Set LIBRARY_REPORT=<file> to append every measured effect as a JSON line.
 */
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIBRARY } from './claims.ts';
import { librarySeeds, loadScenario, makeRunner, summarise } from './library.ts';
import { formatSummary, pairedDifference, supports } from './stats.ts';

export function describeContrasts(file: string): void {
  const entry = LIBRARY.find((e) => e.file === file);
  if (!entry) throw new Error(`${file} is not in the library catalogue (test/library/claims.ts)`);
  const run = makeRunner();

  describe(`${file}: claimed contrasts`, () => {
    const scenario = loadScenario(file);
    const weeks = entry.testWeeks ?? scenario.weeks;
    const seeds = librarySeeds(entry.seeds);

    it.each(entry.claims.map((c) => [c.id, c] as const))('%s', (_id, claim) => {
      const base = run(file, scenario, claim.baseline, weeks, seeds).map((r) => summarise(r, claim));
      const variant = run(file, scenario, claim.variant, weeks, seeds).map((r) => summarise(r, claim));
      const summary = pairedDifference(base, variant);
      const what = `${claim.metric}${claim.minus ? ` − ${claim.minus}` : ''} (${claim.aggregate}, weeks ${claim.from}–${claim.to}${claim.unit ? `, ${claim.unit}` : ''}): "${claim.variant}" − "${claim.baseline}"`;
      const line = `${file} ${claim.id}: ${what} ${formatSummary(summary)}; claimed ${claim.direction}`;
      console.log(line);
      if (process.env.LIBRARY_REPORT) {
        appendFileSync(process.env.LIBRARY_REPORT, `${JSON.stringify({ file, claim: claim.id, metric: claim.metric, direction: claim.direction, ...summary })}\n`);
      }
      expect(supports(summary, claim.direction), `${claim.sentence}\n${line}`).toBe(true);
    });
  });
}
