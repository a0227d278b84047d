/**
 * How the compare page is opened set up: the runs in its panes, the seed, the
 * week on screen and the metric, carried in the link's fragment beside the
 * scenario (`#s=…&pane=baseline&pane=no+layoffs&seed=1&week=30&metric=quits`).
 * The trainer page's "show ‹variant› beside this run" writes them; the compare
 * page reads them. A setting that cannot be used is named, with what it may
 * be, and left out (the page says so); it never silently becomes a default.
 * Whether a pane's run exists and the week fits the scenario is checked by the
 * page, which knows the scenario.
 */
import { METRICS, type MetricKey } from '../../sim/metrics.ts';

export const MAX_SEED = 4294967295;

export interface CompareSetup {
  /** Run names ("baseline" or a variant's name), one per pane, in order. */
  readonly panes?: readonly string[];
  readonly seed?: number;
  /** The week on screen (0 = before the first week). */
  readonly week?: number;
  readonly metric?: MetricKey;
}

/** The setup's part of a fragment, without the scenario: `pane=…&seed=…&week=…&metric=…` ('' when empty). */
export function compareSetupParams(setup: CompareSetup): string {
  const params = new URLSearchParams();
  for (const pane of setup.panes ?? []) params.append('pane', pane);
  if (setup.seed !== undefined) params.set('seed', String(setup.seed));
  if (setup.week !== undefined) params.set('week', String(setup.week));
  if (setup.metric !== undefined) params.set('metric', setup.metric);
  return params.toString();
}

/** A whole number from `min` to `max` written in a link, or undefined. */
function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/** The setup a location hash carries, and a sentence for each setting that cannot be used. */
export function readCompareSetup(hash: string): { readonly setup: CompareSetup; readonly problems: readonly string[] } {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const problems: string[] = [];
  const setup: { panes?: string[]; seed?: number; week?: number; metric?: MetricKey } = {};
  const panes = params.getAll('pane');
  if (panes.length > 0) setup.panes = panes;
  const seed = params.get('seed');
  if (seed !== null) {
    setup.seed = wholeNumber(seed, 0, MAX_SEED);
    if (setup.seed === undefined) problems.push(`The link’s seed “${seed}” is not a whole number from 0 to ${MAX_SEED}; the scenario’s own seed is used.`);
  }
  const week = params.get('week');
  if (week !== null) {
    setup.week = wholeNumber(week, 0, Number.MAX_SAFE_INTEGER);
    if (setup.week === undefined) problems.push(`The link’s week “${week}” is not a whole number of weeks; the panes show the end of the run.`);
  }
  const metric = params.get('metric');
  if (metric !== null) {
    const spec = METRICS.find((m) => m.key === metric);
    if (spec) setup.metric = spec.key as MetricKey;
    else problems.push(`The link’s metric “${metric}” is not one this version knows (a key such as “morale_mean” or “quits”); the overlay shows its usual metric.`);
  }
  for (const key of new Set(params.keys())) {
    if (!['s', 'pane', 'seed', 'week', 'metric'].includes(key)) problems.push(`The link’s setting “${key}” is not one the compare page reads (pane, seed, week, metric); it is ignored.`);
  }
  return { setup, problems };
}
