/**
 * The shape of one model parameter. Every number the weekly model uses is one
 * of these (MODEL.md §"Parameters" is generated from the table): a name, a
 * default, a range, a unit, what it means in one line, and where the default
 * comes from — an essay section, a published source, "calibrated" (with the
 * target named in MODEL.md §9) or "assumption".
 */
export interface ParameterSpec {
  readonly key: string;
  readonly defaultValue: number;
  readonly min: number;
  readonly max: number;
  /** Unit of the value: 'probability/week', 'share', '0–1 level', 'weeks', 'multiple of baseline', … */
  readonly unit: string;
  readonly description: string;
  readonly source: string;
  readonly integer?: boolean;
  /** The process (engine file) that reads it; MODEL.md groups the table by it. */
  readonly process: string;
}

/** A parameter of `process`: p(key, default, min, max, unit, description, source, integer?). */
export function group(process: string) {
  return <const K extends string>(
    key: K,
    defaultValue: number,
    min: number,
    max: number,
    unit: string,
    description: string,
    source: string,
    integer = false,
  ) => ({ key, defaultValue, min, max, unit, description, source, integer, process }) as const;
}
