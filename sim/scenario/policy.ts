/**
 * The organisation-wide policy in effect in a given week: the scenario's
 * policy, then its organisation-wide `policyChange` events up to that week,
 * in the order the engine applies them (by week, then as listed). The simulation worker reports it with every batch, so
 * the page shows where the levers stand without replaying events itself.
 * Team-specific changes (an event with a `team`) are the teams' own and are
 * not part of it.
 */
import type { LeverKey } from './levers.ts';
import type { Scenario } from './schema.ts';

export type Policy = Readonly<Record<LeverKey, number>>;

export function policyInEffect(scenario: Pick<Scenario, 'policy' | 'events'>, week: number): Policy {
  const policy: Record<string, number> = { ...scenario.policy };
  const due = scenario.events.filter((event) => event.type === 'policyChange' && event.team === undefined && event.week <= week);
  // A stable sort: events of one week keep their listed order.
  for (const event of due.sort((a, b) => a.week - b.week)) {
    if (event.type !== 'policyChange') continue;
    for (const [key, value] of Object.entries(event.policy)) if (value !== undefined) policy[key] = value;
  }
  return policy as Policy;
}
