/**
 * What the page says about a run besides its numbers: chart markers for
 * scheduled events and lever moves, and a one-line description of a person.
 * Reading and formatting only (the levers in effect come from the worker).
 */
import type { ScenarioEvent } from '../../../sim/scenario/schema.ts';
import { LEVERS } from '../../../sim/scenario/levers.ts';
import type { LoadedRun } from '../../../sim/worker.ts';
import { ROLE_LEADER } from '../../../sim/types.ts';
import { percent, styleName, tenure } from '../../ui/format.ts';
import type { RunHistory } from './run-history.ts';
import type { ChartMarker } from '../../charts/week-chart.ts';

/** Each event type in a word or two, as a chart writes it beside its marker. */
const SHORT: Record<ScenarioEvent['type'], string> = {
  leaderBreach: 'Breach',
  leaderApology: 'Apology',
  newLeader: 'New leader',
  policyChange: 'Levers',
  crisis: 'Crisis',
  layoffs: 'Layoffs',
  hiringFreeze: 'Hiring freeze',
  keyPersonLeaves: 'Key person leaves',
  teamMerger: 'Merger',
  serviceFailure: 'Service failure',
  growth: 'Growth',
};

const leverLabel = (key: string) => LEVERS.find((l) => l.key === key)?.label ?? key;

/** A policy change's levers in words: "Recognition frequency set to 0.3". */
function policyWords(event: Extract<ScenarioEvent, { type: 'policyChange' }>): string {
  const parts = Object.entries(event.policy).filter(([, v]) => v !== undefined).map(([k, v]) => `${leverLabel(k)} set to ${v}`);
  return parts.join('; ') || 'No lever changed';
}

/** A scheduled event in words: for a policy change its levers, else its note, or its kind and team. */
export function eventLabel(event: ScenarioEvent): string {
  const team = 'team' in event && event.team ? ` (${event.team})` : '';
  if (event.type === 'policyChange') return `${policyWords(event)}${team}${event.note ? ` — ${event.note}` : ''}`;
  if (event.note) return event.note;
  return `${SHORT[event.type]}${team}`;
}

/** The few words a chart writes beside an event's marker: the event's kind, or the one lever a policy change moves. */
export function eventShortLabel(event: ScenarioEvent): string {
  if (event.type !== 'policyChange') return SHORT[event.type];
  const moved = Object.entries(event.policy).filter(([, v]) => v !== undefined);
  return moved.length === 1 ? `${leverLabel(moved[0][0])} ${moved[0][1]}` : `${moved.length} levers`;
}

/** Scheduled events and lever changes, as chart markers. */
export function chartMarkers(run: LoadedRun): ChartMarker[] {
  return run.events.map((event) => ({
    week: event.week,
    kind: event.type === 'policyChange' ? 'lever' : 'event',
    label: eventLabel(event),
    short: eventShortLabel(event),
  }));
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
