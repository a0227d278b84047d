/**
 * The claims the validation suite holds classic mode to (the Evolution of
 * Trust's in claims-trust.ts, the research literature's in
 * claims-research.ts), in the order of the table.
 */
import type { Claim } from './claim.ts';
import { RESEARCH_CLAIMS } from './claims-research.ts';
import { TRUST_CLAIMS } from './claims-trust.ts';

export type { Claim } from './claim.ts';

export const CLAIMS: readonly Claim[] = [...TRUST_CLAIMS, ...RESEARCH_CLAIMS];

/**
 * Claims that fail honestly on the committed blocks, each with what fails and why (docs/theory-mode.md says more).
 * They are marked in the table, do not fail `npm run validate-theory`, and must still fail: remove an entry when the
 * claim passes (the suite then says so).
 */
export const KNOWN_FAILURES: Readonly<Record<string, string>> = {
  'ns-observation':
    'with q = 0.05 below c/b = 0.1 about 6% of runs stay cooperative, so mean cooperation is 0.06 with a 95% interval reaching 0.098 on seeds 1–100 and 0.1005 on seeds 10001–10100: the hold-out block is undecided against the judge’s ceiling of 0.1 (every other cell passes on both blocks)',
};
