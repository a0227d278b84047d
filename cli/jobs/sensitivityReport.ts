/**
 * `--sensitivity`: which variants (compare) or parameters (sweep) move the
 * final-quarter morale and turnover most, as data (JSON) and as text.
 */
import { rankByMagnitude, rankMainEffects, type DesignObservation } from '../../sim/analysis/index.ts';
import type { CompareSummary } from './compareJob.ts';
import { tableNumber } from './numberText.ts';

/** The outcomes sensitivity is ranked on. */
export const SENSITIVITY_OUTCOMES = ['morale_mean', 'turnover_annualised'] as const;

export type CompareSensitivity = Record<string, { variant: string; difference: number | null }[]>;

/** Variants ranked by the size of their mean paired difference from baseline, per outcome. */
export function compareSensitivity(summary: CompareSummary): CompareSensitivity {
  const out: CompareSensitivity = {};
  for (const outcome of SENSITIVITY_OUTCOMES) {
    const effects = summary.differences.map((d) => ({ name: d.variant, effect: d.metrics[outcome]?.mean ?? NaN }));
    out[outcome] = rankByMagnitude(effects).map((e) => ({
      variant: e.name,
      difference: Number.isFinite(e.effect) ? e.effect : null,
    }));
  }
  return out;
}

export function formatCompareSensitivity(ranking: CompareSensitivity): string {
  let text = 'Sensitivity: variants ranked by how far they move the final-quarter value from baseline\n';
  for (const [outcome, list] of Object.entries(ranking)) {
    text += `  ${outcome}:\n`;
    if (list.length === 0) text += '    (no variants to rank)\n';
    list.forEach((e, i) => (text += `    ${i + 1}. ${e.variant}  ${tableNumber(e.difference)}\n`));
  }
  return text;
}

export type SweepSensitivity = Record<string, { param: string; range: number | null; highAt: unknown; lowAt: unknown; levelMeans: (number | null)[] }[]>;

/**
 * Parameters ranked by main effect (range of the marginal means over their
 * levels) on each outcome. `observations[outcome]` holds one entry per run.
 */
export function sweepSensitivity(
  params: readonly { path: string; values: readonly unknown[] }[],
  observations: Record<string, DesignObservation[]>,
): SweepSensitivity {
  const out: SweepSensitivity = {};
  const factors = params.map((p) => ({ name: p.path, levelCount: p.values.length }));
  for (const outcome of SENSITIVITY_OUTCOMES) {
    out[outcome] = rankMainEffects(factors, observations[outcome] ?? []).map((e) => {
      const values = params.find((p) => p.path === e.factor)?.values ?? [];
      return {
        param: e.factor,
        range: Number.isFinite(e.range) ? e.range : null,
        highAt: e.highLevel >= 0 ? values[e.highLevel] : null,
        lowAt: e.lowLevel >= 0 ? values[e.lowLevel] : null,
        levelMeans: e.levelMeans.map((m) => (Number.isFinite(m) ? m : null)),
      };
    });
  }
  return out;
}

export function formatSweepSensitivity(ranking: SweepSensitivity): string {
  let text = 'Sensitivity: parameters ranked by main effect (range of final-quarter level means)\n';
  for (const [outcome, list] of Object.entries(ranking)) {
    text += `  ${outcome}:\n`;
    list.forEach((e, i) => {
      text += `    ${i + 1}. ${e.param}  range ${tableNumber(e.range)} (highest at ${JSON.stringify(e.highAt)}, lowest at ${JSON.stringify(e.lowAt)})\n`;
    });
  }
  return text;
}
