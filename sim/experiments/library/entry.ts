/**
 * A library scenario's catalogue entry: the essay sections it draws on, the
 * stylized facts it illustrates, and the contrasts it claims to teach. Each
 * claim is an experiment comparing two runs of the same file (a variant and
 * the run it changes), so the docs promise exactly what the runner checks.
 */
import type { MetricKey } from '../../metrics.ts';
import { libraryArm } from '../arms.ts';
import type { Aggregation, Direction, Experiment, Label } from '../types.ts';

/** A claim as a trainer reads it: `variant` − `baseline` over a window of weeks has the claimed sign. */
export interface ClaimSpec {
  /** Short identifier, unique within the scenario. */
  readonly id: string;
  /** Run names (`baseline` or a variant name) compared: `variant` − `baseline`. */
  readonly baseline: string;
  readonly variant: string;
  readonly metric: MetricKey;
  readonly minus?: MetricKey;
  /** A team name; the organisation row when omitted. */
  readonly unit?: string;
  readonly from: number;
  readonly to: number;
  readonly aggregate: Aggregation;
  readonly direction: Direction;
  /** One declarative sentence a trainer can read aloud. */
  readonly sentence: string;
  readonly label: Label;
  readonly mechanisms: readonly string[];
  readonly labelReason: string;
}

export interface LibraryEntry {
  /** File name in scenarios/. */
  readonly file: string;
  /** Essay sections the scenario draws on (titles as in the essay). */
  readonly sections: readonly string[];
  /** Stylized facts of the model brief (numbers 1–12) the scenario illustrates. */
  readonly facts: readonly number[];
  /** Weeks to run in the experiments (at least the last claimed week; the file's own `weeks` when omitted). */
  readonly weeks?: number;
  /**
   * The facilitator note says one run is noisy and opens the lesson on the ensemble view: the single-run check (the run a
   * trainer sees at the file's own seed) then does not require the claims to show in that run.
   */
  readonly singleRunNoisy?: boolean;
  readonly claims: readonly Experiment[];
}

/** Builds an entry, turning each claim into an experiment with id `<file without .json>/<claim id>`. */
export function libraryEntry(spec: Omit<LibraryEntry, 'claims'> & { readonly claims: readonly ClaimSpec[] }): LibraryEntry {
  const scenario = spec.file.replace(/\.json$/, '');
  const sources = [...spec.sections, ...spec.facts.map((f) => `Model brief, stylized fact ${f}`)];
  const claims = spec.claims.map(
    (c): Experiment => ({
      id: `${scenario}/${c.id}`,
      title: c.sentence,
      treatment: libraryArm(spec.file, c.variant, { weeks: spec.weeks }),
      control: libraryArm(spec.file, c.baseline, { weeks: spec.weeks }),
      measure: { metric: c.metric, minus: c.minus, team: c.unit, aggregate: c.aggregate, from: c.from, to: c.to },
      direction: c.direction,
      label: c.label,
      mechanisms: c.mechanisms,
      labelReason: c.labelReason,
      sources,
    }),
  );
  return { ...spec, claims };
}
