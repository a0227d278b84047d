/**
 * What the page says about a run besides its numbers: chart markers for
 * scheduled events and lever moves, and a one-line description of a person.
 * Reading and formatting only (the levers in effect come from the worker).
 */
import type { ScenarioEvent } from '../../../sim/scenario/schema.ts';
import type { LoadedRun } from '../../../sim/worker.ts';
import { ROLE_LEADER } from '../../../sim/types.ts';
import { percent, styleName, tenure } from '../../ui/format.ts';
import type { RunHistory } from './run-history.ts';
import type { ChartMarker } from '../../charts/week-chart.ts';

/** A scheduled event in words: its note, or its type and team. */
export function eventLabel(event: ScenarioEvent): string {
  if (event.note) return event.note;
  const team = 'team' in event && event.team ? ` (${event.team})` : '';
  return `${event.type}${team}`;
}

/** Scheduled events and lever changes, as chart markers. */
export function chartMarkers(run: LoadedRun): ChartMarker[] {
  return run.events.map((event) => ({ week: event.week, kind: event.type === 'policyChange' ? 'lever' : 'event', label: eventLabel(event) }));
}


/** "Member of Product · matcher · morale 63% · 40 weeks here" in a week whose frame the page kept. */
export function personSummary(history: RunHistory, week: number, personId: number): string | undefined {
  const frame = history.frame(week);
  const i = frame ? frame.ids.indexOf(personId) : -1;
  if (!frame || i < 0) return undefined;
  const role = frame.role[i] === ROLE_LEADER ? 'Leader' : 'Member';
  const burnout = frame.burnout[i] === 1 ? ' · burnt out' : '';
  return `${role} of ${history.run.teamNames[frame.team[i]]} · ${styleName(history.run.styleNames[frame.style[i]])} · morale ${percent(frame.morale[i])}${burnout} · ${tenure(frame.tenureWeeks[i])} here`;
}
