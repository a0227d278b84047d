/**
 * Checks that need the whole scenario: names that must be unique, events that
 * must refer to existing teams and fall within the run, totals under limits.
 */
import { LIMITS, type Scenario, type ScenarioEvent, type Team } from './schema.ts';
import type { ScenarioProblem } from './parse.ts';
import { growthPositions } from './growth.ts';

function checkTeams(teams: readonly Team[], where: string, problems: ScenarioProblem[]): void {
  const seen = new Map<string, number>();
  let people = 0;
  teams.forEach((team, i) => {
    people += team.size + 1;
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
    if (team.styleMix) {
      const m = team.styleMix;
      if (m.giver + m.matcher + m.taker + m.reputation <= 0) {
        problems.push({ path: `${where}[${i}].styleMix`, message: 'must give at least one style a weight above 0, got all 0' });
      }
    }
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

export function checkScenarioReferences(scenario: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  checkTeams(scenario.teams, 'teams', problems);
  const m = scenario.people.styleMix;
  if (m.giver + m.matcher + m.taker + m.reputation <= 0) {
    problems.push({ path: 'people.styleMix', message: 'must give at least one style a weight above 0, got all 0' });
  }
  checkEvents(scenario.events, scenario.teams, scenario.weeks, 'events', problems);
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
    checkEvents(variant.events ?? scenario.events, teams, scenario.weeks, variant.events ? `${where}.events` : 'events', problems);
    if (variant.addEvents) checkEvents(variant.addEvents, teams, scenario.weeks, `${where}.addEvents`, problems);
    if (variant.teams || variant.events || variant.addEvents) {
      const events = [...(variant.events ?? scenario.events), ...(variant.addEvents ?? [])];
      checkGrowth(teams, events, variant.addEvents ? `${where}.addEvents` : variant.events ? `${where}.events` : `${where}.teams`, problems);
    }
  });
  return problems;
}
