/**
 * "Which lever would have mattered most", in words, from the levers' effects
 * (debrief-ensemble.ts): the lever with the largest swing between its lowest
 * and its highest, what each end did against the run as written, and whether
 * that swing is clear at all in the futures run. Pure (no DOM).
 */
import type { MetricKey } from '../../../../sim/metrics.ts';
import type { LeverEffect } from './debrief-ensemble.ts';
import { directionWord, formatDifference, measureText, roundsToZero } from './words.ts';

function effect(metric: MetricKey, d: number): string {
  if (!Number.isFinite(d)) return 'no value (no one there)';
  return roundsToZero(metric, d) ? 'about the same' : `${formatDifference(metric, d)} ${directionWord(metric, d)}`;
}

/** The sentence for the room, and whether the top lever's swing is clear (its 95% interval leaves out zero). */
export function leverText(effects: readonly LeverEffect[], metric: MetricKey, from: number, to: number, futures: number): { text: string; clear: boolean } {
  const [top, ...rest] = effects;
  if (!top) return { text: 'No lever was tried.', clear: false };
  const measure = measureText(metric, from, to);
  const how = `Of the ${effects.length} levers, each held at its lowest and at its highest for the whole run (${futures} futures each, on the same seeds as the run as written)`;
  const [lo, hi] = top.swing.ci95;
  const clear = lo > 0 || hi < 0;
  if (!clear) {
    return {
      text: `${how}, none moved ${measure} clearly: the largest swing, ‘${top.label}’, could be luck in ${futures} futures.`,
      clear,
    };
  }
  const next = rest.slice(0, 2).filter((e) => e.swing.ci95[0] > 0 || e.swing.ci95[1] < 0);
  const then = next.length > 0 ? ` Next: ${next.map((e) => `‘${e.label}’`).join(' and ')}.` : '';
  return {
    text:
      `${how}, ‘${top.label}’ (${top.now} as written) would have mattered most for ${measure}: ` +
      `at its highest (${top.max}), ${effect(metric, top.atMax)} than as written; at its lowest (${top.min}), ${effect(metric, top.atMin)}.${then}`,
    clear,
  };
}
