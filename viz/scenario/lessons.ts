/**
 * What a scenario's facilitator note compares, for the pages: its claims
 * (generated from sim/experiments/library/, see lessons.generated.ts), and the
 * weeks a metric is summarised over. Pure: no DOM.
 */
import type { MetricKey } from '../../sim/metrics.ts';
import { LESSONS, type LessonClaim } from './lessons.generated.ts';

export type { LessonClaim } from './lessons.generated.ts';

/** The note's comparisons for a scenario by name ("Name — variant", a variant run on the trainer page, names its scenario). */
export function lessonClaims(scenarioName: string): readonly LessonClaim[] {
  const exact = LESSONS[scenarioName];
  if (exact) return exact.claims;
  const dash = scenarioName.lastIndexOf(' — ');
  return dash > 0 ? (LESSONS[scenarioName.slice(0, dash)]?.claims ?? []) : [];
}

/** Weeks a claim names, within a run of `weeks` weeks. */
export function claimWeeks(claim: LessonClaim, weeks: number): { from: number; to: number } {
  const to = claim.to === 'end' ? weeks : Math.min(weeks, claim.to);
  return { from: Math.min(Math.max(1, claim.from), to), to };
}

/**
 * The weeks the note names for a metric (organisation level, the metric itself), preferring a claim that compares two
 * of `runs`; null when the note names none.
 */
export function noteWindow(claims: readonly LessonClaim[], metric: MetricKey, runs: readonly string[], weeks: number): { from: number; to: number; aggregate: 'mean' | 'sum' } | null {
  const about = claims.filter((c) => c.metric === metric && !c.minus && !c.team);
  const claim = about.find((c) => runs.includes(c.baseline) && runs.includes(c.variant)) ?? about[0];
  return claim ? { ...claimWeeks(claim, weeks), aggregate: claim.aggregate } : null;
}
