/**
 * Checks that need the whole scenario: names that must be unique, events that
 * must refer to existing teams and fall within the run, totals under limits.
 */
import { LIMITS, type Scenario, type ScenarioEvent, type Team } from './schema.ts';
import type { ScenarioProblem } from './parse.ts';
import { growthPositions } from './growth.ts';
import { ORG_UNIT } from '../export/tidy.ts';

/** A style mix's weights must have a finite sum above 0 (they are normalised by it). */
function checkStyleMix(m: { giver: number; matcher: number; taker: number; reputation: number }, path: string, problems: ScenarioProblem[]): void {
  const sum = m.giver + m.matcher + m.taker + m.reputation;
  if (!Number.isFinite(sum)) {
    problems.push({ path, message: `the weights must have a finite sum, got ${sum}; they are relative, so small numbers such as 1 and 3 say the same` });
  } else if (sum <= 0) {
    problems.push({ path, message: 'must give at least one style a weight above 0, got all 0' });
  }
}

function checkTeams(teams: readonly Team[], where: string, problems: ScenarioProblem[]): void {
  const seen = new Map<string, number>();
  let people = 0;
  teams.forEach((team, i) => {
    people += team.size + 1;
    if (team.name.toLowerCase() === ORG_UNIT) {
      problems.push({ path: `${where}[${i}].name`, message: `the team name "${team.name}" is reserved: output rows name the whole organisation "${ORG_UNIT}"; choose another name` });
    }
    const earlier = seen.get(team.name);
    if (earlier !== undefined) {
      problems.push({ path: `${where}[${i}].name`, message: `team name "${team.name}" is already used by ${where}[${earlier}]; names must be unique` });
    } else seen.set(team.name, i);
    if (team.styleCounts) {
      const c = team.styleCounts;
      const total = c.giver + c.matcher + c.taker + c.reputation;
      if (total !== team.size) {
        problems.push({ path: `${where}[${i}].styleCounts`, message: `must add up to the team size ${team.size}, got ${total}` });
      }
    }
    if (team.styleMix) checkStyleMix(team.styleMix, `${where}[${i}].styleMix`, problems);
  });
  if (people > LIMITS.maxPeople) {
    problems.push({ path: where, message: `the teams hold ${people} people with their leaders; the limit is ${LIMITS.maxPeople}` });
  }
}

/** People at the start plus every position growth events open must stay within the people limit. */
function checkGrowth(teams: readonly Team[], events: readonly ScenarioEvent[], where: string, problems: ScenarioProblem[]): void {
  const growth = growthPositions(events, teams.length);
  if (growth === 0) return;
  const people = teams.reduce((n, t) => n + t.size + 1, 0);
  if (people <= LIMITS.maxPeople && people + growth > LIMITS.maxPeople) {
    problems.push({
      path: where,
      message: `growth events add ${growth} positions to the ${people} people at the start; the limit is ${LIMITS.maxPeople} in all (make the growth smaller)`,
    });
  }
}

function checkEvents(
  events: readonly ScenarioEvent[],
  teams: readonly Team[],
  weeks: number,
  where: string,
  problems: ScenarioProblem[],
): void {
  const names = new Set(teams.map((t) => t.name));
  const known = [...names].map((n) => JSON.stringify(n)).join(', ');
  events.forEach((event, i) => {
    if (event.week > weeks) {
      problems.push({ path: `${where}[${i}].week`, message: `must be ≤ ${weeks} (the scenario's weeks), got ${event.week}` });
    }
    if ('team' in event && event.team !== undefined && !names.has(event.team)) {
      problems.push({ path: `${where}[${i}].team`, message: `must name a team (${known}), got ${JSON.stringify(event.team)}` });
    }
    if (event.type === 'teamMerger') {
      if (!names.has(event.into)) {
        problems.push({ path: `${where}[${i}].into`, message: `must name a team (${known}), got ${JSON.stringify(event.into)}` });
      } else if (event.into === event.team) {
        problems.push({ path: `${where}[${i}].into`, message: `must name a different team from "team", got ${JSON.stringify(event.into)}` });
      }
    }
  });
}

interface TimelineEntry {
  readonly event: ScenarioEvent;
  readonly path: string;
}

function timeline(events: readonly ScenarioEvent[], where: string): TimelineEntry[] {
  return events.map((event, i) => ({ event, path: `${where}[${i}]` }));
}

/**
 * Refuses events aimed at a team after it was merged into another: the engine skips them, so they would do nothing.
 * Events apply by week, and within a week in timeline order (a stable sort keeps it). Only problems of entries whose
 * path starts with `report` are reported (a variant's check does not repeat the base's).
 */
function checkMergedAway(entries: readonly TimelineEntry[], report: string, problems: ScenarioProblem[]): void {
  const merged = new Map<string, { week: number; into: string; path: string }>();
  const ordered = [...entries].sort((a, b) => a.event.week - b.event.week);
  for (const { event, path } of ordered) {
    const refs: [string, string][] = [];
    if ('team' in event && event.team !== undefined) refs.push(['team', event.team]);
    if (event.type === 'teamMerger') refs.push(['into', event.into]);
    for (const [field, name] of refs) {
      const gone = merged.get(name);
      if (gone && path.startsWith(report)) {
        problems.push({
          path: `${path}.${field}`,
          message: `team "${name}" no longer exists in week ${event.week}: it was merged into "${gone.into}" in week ${gone.week} (${gone.path}); aim the event at "${gone.into}", or move it before the merger`,
        });
      }
    }
    if (event.type === 'teamMerger' && !merged.has(event.team) && !merged.has(event.into)) {
      merged.set(event.team, { week: event.week, into: event.into, path });
    }
  }
}

export function checkScenarioReferences(scenario: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  checkTeams(scenario.teams, 'teams', problems);
  checkStyleMix(scenario.people.styleMix, 'people.styleMix', problems);
  checkEvents(scenario.events, scenario.teams, scenario.weeks, 'events', problems);
  checkMergedAway(timeline(scenario.events, 'events'), 'events', problems);
  checkGrowth(scenario.teams, scenario.events, 'events', problems);
  const variantNames = new Map<string, number>();
  scenario.variants.forEach((variant, i) => {
    const where = `variants[${i}]`;
    if (variant.name === 'baseline') {
      problems.push({ path: `${where}.name`, message: 'the name "baseline" is reserved for the base scenario; choose another' });
    }
    const earlier = variantNames.get(variant.name);
    if (earlier !== undefined) {
      problems.push({ path: `${where}.name`, message: `variant name "${variant.name}" is already used by variants[${earlier}]` });
    } else variantNames.set(variant.name, i);
    const teams = variant.teams ?? scenario.teams;
    if (variant.teams) checkTeams(variant.teams, `${where}.teams`, problems);
    if (variant.events || variant.addEvents) {
      const own = variant.events ? timeline(variant.events, `${where}.events`) : timeline(scenario.events, 'events');
      const added = variant.addEvents ? timeline(variant.addEvents, `${where}.addEvents`) : [];
      checkMergedAway([...own, ...added], where, problems);
    }
    checkEvents(variant.events ?? scenario.events, teams, scenario.weeks, variant.events ? `${where}.events` : 'events', problems);
    if (variant.addEvents) checkEvents(variant.addEvents, teams, scenario.weeks, `${where}.addEvents`, problems);
    if (variant.teams || variant.events || variant.addEvents) {
      const events = [...(variant.events ?? scenario.events), ...(variant.addEvents ?? [])];
      checkGrowth(teams, events, variant.addEvents ? `${where}.addEvents` : variant.events ? `${where}.events` : `${where}.teams`, problems);
    }
  });
  return problems;
}
