/**
 * The run a trainer sees: every library scenario's claims should show in one
 * run of each arm at the scenario file's own seed, or the scenario should say
 * in its facilitator note that one run is noisy and open its lesson on the
 * ensemble view (`singleRunNoisy` in its catalogue entry).
 *
 * Seeds are never picked to make a claim show: a scenario whose claims do not
 * show at its seed is marked noisy and its note sends the room to the ensemble.
 * The results come from docs/facts.json, which
 * test/experiments/evidence.test.ts recomputes.
 */
import { describe, expect, it } from 'vitest';
import { LIBRARY, libraryScenario, singleRunFailures } from '../../sim/experiments/index.ts';
import { readRecord } from '../../scripts/evidence/record.ts';

const record = readRecord(new URL('../../', import.meta.url));

describe('every library claim shows in the single run a trainer sees', () => {
  it.each(record.singleRuns.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    expect(r.shows || r.noisy, `${r.id}: ${r.value} at seed ${r.seed} (treatment ${r.treatment}, control ${r.control})`).toBe(true);
  });
});

describe('the single-run report', () => {
  it('covers every library claim', () => {
    expect(record.singleRuns.map((r) => r.id)).toEqual(LIBRARY.flatMap((e) => e.claims.map((c) => c.id)));
  });

  it('counts as failures only claims that do not show in a scenario that does not declare one run noisy', () => {
    const failures = singleRunFailures(record.singleRuns);
    for (const r of record.singleRuns) expect(failures.includes(r)).toBe(!r.shows && !r.noisy);
  });

  it.each(LIBRARY.filter((e) => e.singleRunNoisy).map((e) => [e.file] as const))(
    '%s, marked noisy in one run, says so in its facilitator note and opens on the ensemble view',
    (file) => {
      expect(libraryScenario(file).facilitatorNote ?? '').toMatch(/ensemble/i);
    },
  );
});
