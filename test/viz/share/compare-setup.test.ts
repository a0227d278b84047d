/**
 * The compare page's setup in a link (runs in the panes, seed, week, metric):
 * what the trainer page writes, the compare page reads back unchanged; a
 * setting that cannot be used is named with what it may be, never quietly
 * replaced.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METRIC_KEYS, type MetricKey } from '../../../sim/metrics.ts';
import { compareSetupParams, MAX_SEED, readCompareSetup } from '../../../viz/share/compare-setup.ts';

describe('the compare setup in a link', () => {
  it('reads back what was written, beside the scenario, whatever the runs are called', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 40 }), { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 0, max: MAX_SEED }),
        fc.integer({ min: 0, max: 1040 }),
        fc.constantFrom(...(METRIC_KEYS as readonly MetricKey[])),
        (panes, seed, week, metric) => {
          const hash = `#s=eJwrSS0uAQAEXQHB&${compareSetupParams({ panes, seed, week, metric })}`;
          expect(readCompareSetup(hash)).toEqual({ setup: { panes, seed, week, metric }, problems: [] });
        },
      ),
    );
  });

  it('is empty for a link that carries only the scenario', () => {
    expect(readCompareSetup('#s=abc')).toEqual({ setup: {}, problems: [] });
    expect(compareSetupParams({})).toBe('');
  });

  it('names each setting it cannot use, and what it may be', () => {
    const { setup, problems } = readCompareSetup('#s=abc&seed=-3&week=ten&metric=moral_mean&metirc=quits&pane=baseline&pane=no%20layoffs');
    expect(setup).toEqual({ panes: ['baseline', 'no layoffs'], seed: undefined, week: undefined });
    expect(problems).toEqual([
      `The link’s seed “-3” is not a whole number from 0 to ${MAX_SEED}; the scenario’s own seed is used.`,
      'The link’s week “ten” is not a whole number of weeks; the panes show the end of the run.',
      'The link’s metric “moral_mean” is not one this version knows (a key such as “morale_mean” or “quits”); the overlay shows its usual metric.',
      'The link’s setting “metirc” is not one the compare page reads (pane, seed, week, metric); it is ignored.',
    ]);
  });
});
