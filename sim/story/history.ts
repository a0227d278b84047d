/**
 * People's weekly records for their stories: a replay of the run (the same
 * scenario and seed, so the same weeks) that keeps each person's morale,
 * trust in the leader and energy week by week, from the week they are first
 * there to the week they leave. The engine is untouched: this reads what its
 * people() reports after each week. The replay continues where it stopped, so
 * opening stories as a run goes on costs each week once.
 */
import { createSimulation } from '../engine/simulation.ts';
import type { Scenario, ScenarioEvent } from '../scenario/schema.ts';
import type { Simulation } from '../types.ts';
import type { PersonWeeks } from './turns.ts';

interface Series {
  readonly fromWeek: number;
  readonly morale: number[];
  readonly trustInLeader: number[];
  readonly energy: number[];
}

export class StoryHistories {
  private readonly replay: Simulation;
  private readonly series = new Map<number, Series>();

  constructor(scenario: Scenario, seed: number) {
    // Stories and the log never change the model (test/sim/log.test.ts), so the replay keeps neither.
    this.replay = createSimulation(scenario, { seed, stories: false, log: false });
    this.record();
  }

  /** Weeks replayed so far. */
  get week(): number {
    return this.replay.week;
  }

  /** An event added to the live run after the replay started (a lever moved): the replay gets it too. */
  schedule(event: ScenarioEvent): void {
    if (event.week > this.replay.week) this.replay.schedule(event);
  }

  /** A person's record up to `week` (replaying up to it as needed); null when they were never there by then. */
  person(personId: number, week: number): PersonWeeks | null {
    while (this.replay.week < Math.min(week, this.replay.weeks)) {
      this.replay.step(1);
      this.record();
    }
    const s = this.series.get(personId);
    if (!s || s.fromWeek > week) return null;
    const end = Math.min(s.morale.length, week - s.fromWeek + 1);
    return {
      fromWeek: s.fromWeek,
      morale: Float32Array.from(s.morale.slice(0, end)),
      trustInLeader: Float32Array.from(s.trustInLeader.slice(0, end)),
      energy: Float32Array.from(s.energy.slice(0, end)),
    };
  }

  private record(): void {
    const people = this.replay.people();
    for (let k = 0; k < people.ids.length; k++) {
      const id = people.ids[k];
      let s = this.series.get(id);
      if (!s) {
        s = { fromWeek: people.week, morale: [], trustInLeader: [], energy: [] };
        this.series.set(id, s);
      }
      s.morale.push(people.morale[k]);
      s.trustInLeader.push(people.trustInLeader[k]);
      s.energy.push(people.energy[k]);
    }
  }
}
