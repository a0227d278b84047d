/**
 * Process 1: work arrives. Each team's work is shared by the members it has:
 * while positions are empty (quits not yet replaced, laid-off work that did
 * not go away) the rest carry more, up to vacancyLoadCap. Demand varies week to
 * week, a crisis multiplies it, and a protective leader shields part of the
 * excess at the cost of the work not done [Championing Work-Life Balance; Being
 * an Advocate for the Team]. What a person gets done rises with their
 * engagement and their trust in the leader (discretionary effort: the member's
 * side of the leader–member exchange; engaged people work harder and smarter,
 * and are less worn down for it — engagement and exhaustion are opposite ends,
 * as in the job demands–resources model). Work beyond what they get done is
 * unmet work, which drains them and makes them ask for help; below it, spare
 * capacity (negative `need`), time to help others. Demand, effort and unmet
 * work are worked out person by person in the leader's pass (leader.ts), which
 * reads the parameters once a week; this file keeps the team's load and the
 * bare game's work.
 */
import type { EngineConfig } from './config.ts';
import type { EngineState } from './state.ts';

/** The team's work per member this week: its workload shared by its members, at most vacancyLoadCap each. */
export function loadPerMember(s: EngineState, cfg: EngineConfig, t: number, members: number): number {
  if (members <= 0) return 1;
  const load = s.workload[t] / members;
  return load > cfg.p.vacancyLoadCap ? cfg.p.vacancyLoadCap : load;
}

/** The bare donation game: everyone needs help every week. */
export function bareGameWork(s: EngineState): void {
  for (let i = 0; i < s.cap; i++) {
    if (!s.alive[i]) continue;
    s.demand[i] = 1;
    s.need[i] = 1;
  }
}
