/**
 * The run a trainer sees: one run of each arm at the scenario file's own seed.
 * A library claim "shows" in it when treatment − control has the claimed sign.
 * A scenario may instead say in its facilitator note that one run is noisy and
 * open its lesson on the ensemble view (`singleRunNoisy` in its entry).
 */
import { measureValue } from './measures.ts';
import { resolveArm } from './arms.ts';
import { supports, type RunModel } from './runner.ts';
import type { LibraryEntry } from './library/entry.ts';

export interface SingleRunResult {
  readonly id: string;
  readonly file: string;
  /** The seed the trainer's run uses (the file's `seed`). */
  readonly seed: number;
  readonly treatment: number;
  readonly control: number;
  /** treatment − control. */
  readonly value: number;
  /** The difference has the claimed sign (strictly). */
  readonly shows: boolean;
  /** The entry says one run is noisy (the claim is then not required to show). */
  readonly noisy: boolean;
}

/** Every claim of the entries, at each file's own seed. */
export function singleRunCheck(entries: readonly LibraryEntry[], runModel: RunModel): SingleRunResult[] {
  const out: SingleRunResult[] = [];
  for (const entry of entries) {
    for (const claim of entry.claims) {
      if (!claim.control) throw new Error(`claim ${claim.id} has no control arm`);
      const t = resolveArm(claim.treatment);
      const c = resolveArm(claim.control);
      const treatment = measureValue(claim.measure, runModel(t.scenario, t.scenario.seed, t.weeks));
      const control = measureValue(claim.measure, runModel(c.scenario, c.scenario.seed, c.weeks));
      const value = treatment - control;
      out.push({
        id: claim.id,
        file: entry.file,
        seed: t.scenario.seed,
        treatment,
        control,
        value,
        shows: supports(value, value, claim.direction),
        noisy: entry.singleRunNoisy === true,
      });
    }
  }
  return out;
}

/** The claims that neither show in the trainer's run nor belong to a scenario that declares one run noisy. */
export function singleRunFailures(results: readonly SingleRunResult[]): SingleRunResult[] {
  return results.filter((r) => !r.shows && !r.noisy);
}
