/** The metrics reference in docs/cli.md is generated from sim/metrics.ts and goes stale when the table changes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRICS_END, cliDocWithMetrics, metricsReferenceMarkdown } from '../../scripts/docs/metrics-reference.ts';
import { METRICS, type MetricSpec } from '../../sim/index.ts';

const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');

describe('the metrics reference', () => {
  it('is in docs/cli.md exactly as generated (run `npm run gen` if not)', () => {
    expect(doc).toContain(metricsReferenceMarkdown());
    expect(cliDocWithMetrics(doc)).toBe(doc);
  });

  it('has a row per metric with its unit and who is counted', () => {
    for (const spec of METRICS as readonly MetricSpec[]) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${spec.key}\` |`));
      expect(row, spec.key).toBeDefined();
      expect(row).toContain(spec.unit);
      expect(row).toMatch(spec.counts === 'everyone' ? /leaders included/ : spec.counts === 'members' ? /leaders excluded/ : /customers/);
    }
  });

  it('a stale section is replaced, and the hand-written text around it kept', () => {
    const stale = doc.replace(/\| `headcount` \|[^\n]*/, '| `headcount` | an old description |');
    expect(stale).not.toBe(doc);
    expect(cliDocWithMetrics(stale)).toBe(doc);
    expect(() => cliDocWithMetrics(doc.replace(METRICS_END, ''))).toThrow(/metrics markers/);
  });
});
