/**
 * The compare page's worker. One module, started once for the page (scenario
 * checks, share links) and once per core for an ensemble (batches of runs):
 * the page itself never loads the scenario schema. Ensemble results travel
 * back as transferred Float64Arrays (no copying, no objects), so the page
 * stays responsive however many runs are going.
 */
import * as Comlink from 'comlink';
import type { Scenario } from '../../../sim/scenario/schema.ts';
import { encodeScenarioFragment, type EncodeOutcome } from '../../share/link.ts';
import { computeBatch } from './ensemble/compute.ts';
import type { EnsemblePlan } from './ensemble/plan.ts';
import type { UnitRange } from '../../../sim/batch/plan.ts';
import { checkPanes, openScenario, type CheckedPanes, type Opened, type Refused } from './scenario-checks.ts';

let plan: EnsemblePlan | null = null;

const api = {
  /** Opens scenario text, or the scenario in a location hash (null when the hash carries none). */
  open(source: { readonly text: string } | { readonly hash: string }): Opened | null {
    return openScenario(source);
  },
  /** Validates a scenario and resolves the variant of each pane. */
  check(scenario: Scenario, panes: readonly string[]): CheckedPanes | Refused {
    return checkPanes(scenario, panes);
  },
  /** The `s=…` fragment of a link carrying the scenario, or why it would be too long. */
  encodeLink(scenario: Scenario): EncodeOutcome {
    return encodeScenarioFragment(scenario);
  },
  /** Sets the ensemble plan every following batch belongs to. */
  setPlan(next: EnsemblePlan): void {
    plan = next;
  },
  /** Runs one batch of the current plan (sim/batch/). */
  run(batch: UnitRange): Float64Array {
    if (!plan) throw new Error('no ensemble plan was set');
    const values = computeBatch(plan, batch);
    return Comlink.transfer(values, [values.buffer]);
  },
};

/** The worker's API as the page sees it through comlink. */
export type CompareWorkerApi = typeof api;

Comlink.expose(api);
