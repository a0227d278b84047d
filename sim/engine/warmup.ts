/**
 * A short, eventful scenario that batch workers run once before their first
 * real run (results discarded). V8 optimises the engine's weekly passes after a
 * few runs, from the types it has seen; rare branches (a first conflict, a
 * layoff, a merger) that are first taken later make it throw the optimised code
 * away and compile again, and on a machine whose cores are all busy with runs
 * that recompilation is slow. Taking every branch up front shortens the
 * warm-up of each worker thread. It changes no result: the runs that follow
 * start from fresh (zeroed) state, exactly as without it.
 *
 * Raw scenario input (validate it before use); kept as plain JSON so worker
 * threads need not load the validator.
 */
export const WARM_UP_SCENARIO_INPUT = {
  schemaVersion: 2,
  name: 'engine warm-up',
  weeks: 30,
  teams: [
    { name: 'A', size: 14, customerFacing: true },
    { name: 'B', size: 14 },
  ],
  customers: { enabled: true, count: 40 },
  events: [
    { week: 2, type: 'crisis', demandMultiplier: 2.5, durationWeeks: 8 },
    { week: 4, type: 'leaderBreach', team: 'A' },
    { week: 6, type: 'serviceFailure' },
    { week: 8, type: 'leaderApology', team: 'A' },
    { week: 10, type: 'layoffs', share: 0.2 },
    { week: 12, type: 'keyPersonLeaves', team: 'B' },
    { week: 14, type: 'hiringFreeze', durationWeeks: 4 },
    { week: 16, type: 'newLeader', team: 'B' },
    { week: 18, type: 'policyChange', policy: { crossFunctional: 0.8, mentorship: 0.8, mediation: 0.8, creditTaking: 0.6 } },
    { week: 20, type: 'growth', team: 'B', add: 3 },
    { week: 22, type: 'teamMerger', team: 'B', into: 'A' },
  ],
  measurement: { stories: false },
} as const;

/** Seeds the warm-up scenario is run with (two runs take more of the rare branches than one). */
export const WARM_UP_SEEDS = [1, 2] as const;
