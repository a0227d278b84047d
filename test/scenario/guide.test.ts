/**
 * The guided session's steps in a scenario file: what the schema accepts, and
 * that every mistake is reported at its JSON path with the fix.
 */
import { describe, expect, it } from 'vitest';
import { resolveVariant, scenarioForHash, validateScenario, type ScenarioResult } from '../../sim/index.ts';
import { directionBaseline, isFlow } from '../../sim/scenario/guide.ts';

const guide = {
  intro: 'Two teams; at week 10 the leader of A takes credit for the launch.',
  steps: [
    {
      week: 10,
      title: 'The breach',
      charts: [{ metric: 'trust_in_leader', team: 'A' }, { metric: 'quits' }],
      watch: 'Trust in the leader falls within a fortnight.',
      question: 'Why does trust fall so fast?',
      predict: { metric: 'trust_in_leader', team: 'A', week: 20, from: 15, answer: 'direction' },
    },
    { week: 20, title: 'A quarter later', charts: [{ metric: 'morale_mean' }], question: 'What would you see in your own team?' },
  ],
  debrief: { compareWith: 'no breach', metric: 'quits', from: 11, to: 30, expect: 'higher', window: 'the weeks after the breach' },
};

const base = {
  schemaVersion: 1,
  name: 'Guided',
  weeks: 40,
  teams: [
    { name: 'A', size: 5 },
    { name: 'B', size: 5 },
  ],
  events: [{ type: 'leaderBreach', week: 10, team: 'A' }],
  variants: [{ name: 'no breach', events: [] }],
  guide,
};

/** The base scenario with `change` applied to a copy of its guide. */
function withGuide(change: (g: Record<string, any>) => void, scenario: Record<string, unknown> = base): unknown {
  const copy = structuredClone(guide) as Record<string, any>;
  change(copy);
  return { ...scenario, guide: copy };
}

function problems(result: ScenarioResult) {
  if (result.ok) throw new Error('expected problems, got a valid scenario');
  return result.problems;
}

describe('a scenario’s guided session', () => {
  it('validates a sound guide, filling the debrief’s default number of futures', () => {
    const result = validateScenario(base);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.guide?.steps).toHaveLength(2);
    expect(result.scenario.guide?.debrief.runs).toBe(100);
    expect(result.scenario.guide?.run).toBeUndefined();
  });

  it('treats a misspelt key in a step as an error at its path, with the nearest key', () => {
    const found = problems(
      validateScenario(
        withGuide((g) => {
          g.steps[1].qestion = g.steps[1].question;
          delete g.steps[1].question;
        }),
      ),
    );
    expect(found.map((p) => p.path).sort()).toEqual(['guide.steps[1].qestion', 'guide.steps[1].question']);
    expect(found.find((p) => p.path === 'guide.steps[1].qestion')?.message).toContain('did you mean "question"?');
    expect(found.find((p) => p.path === 'guide.steps[1].question')?.message).toContain('it is missing');
  });

  it('names an unknown metric, suggests the nearest and lists the metric keys', () => {
    const found = problems(validateScenario(withGuide((g) => (g.steps[0].charts[1].metric = 'quit'))));
    expect(found).toHaveLength(1);
    expect(found[0].path).toBe('guide.steps[0].charts[1].metric');
    expect(found[0].message).toMatch(/^unknown value "quit" \(did you mean "quits"\?\); allowed: headcount, morale_mean/);
  });

  it('refuses a step with no chart or more than two, and an empty question', () => {
    const found = problems(
      validateScenario(
        withGuide((g) => {
          g.steps[0].charts = [];
          g.steps[1].charts = [{ metric: 'quits' }, { metric: 'hires' }, { metric: 'morale_mean' }];
          g.steps[1].question = '';
        }),
      ),
    );
    expect(found).toEqual([
      { path: 'guide.steps[0].charts', message: 'must have at least 1 item, got a list of 0' },
      { path: 'guide.steps[1].charts', message: 'must have at most 2 items (limit), got a list of 3' },
      { path: 'guide.steps[1].question', message: 'must be at least 1 character long, got ""' },
    ]);
  });

  it('keeps steps in week order and within the run', () => {
    const found = problems(
      validateScenario(
        withGuide((g) => {
          g.steps[1].week = 10;
          delete g.steps[0].predict;
          g.debrief.to = 41;
        }),
      ),
    );
    expect(found).toEqual([
      { path: 'guide.steps[1].week', message: 'must be after the previous step’s week 10 (steps are in week order), got 10' },
      { path: 'guide.debrief.to', message: "must be ≤ 40 (the scenario's weeks), got 41" },
    ]);
    expect(problems(validateScenario(withGuide((g) => (g.steps[1].week = 45)))).map((p) => p.path)).toContain('guide.steps[1].week');
  });

  it('asks for a prediction of what has not happened yet, revealed by the next step', () => {
    const early = problems(validateScenario(withGuide((g) => Object.assign(g.steps[0].predict, { week: 10, from: undefined }))));
    expect(early).toEqual([{ path: 'guide.steps[0].predict.week', message: 'must be after the step’s week 10 (the room predicts what has not happened yet), got 10' }]);
    const late = problems(validateScenario(withGuide((g) => Object.assign(g.steps[0].predict, { week: 25, from: 21 }))));
    expect(late).toEqual([{ path: 'guide.steps[0].predict.week', message: 'must be ≤ 20 (the next step’s week, where the answer is revealed), got 25' }]);
    const last = problems(validateScenario(withGuide((g) => (g.steps[1].predict = { metric: 'quits', week: 35, answer: 'number' }))));
    expect(last).toEqual([{ path: 'guide.steps[1].predict.week', message: 'must be ≤ 30 (the debrief’s last week, guide.debrief.to, where the answer is revealed), got 35' }]);
  });

  it('refuses a window that ends before it starts, and a direction whose comparison would start before week 1', () => {
    const reversed = problems(validateScenario(withGuide((g) => (g.steps[0].predict.from = 20.5))));
    expect(reversed[0].path).toBe('guide.steps[0].predict.from');
    const backwards = problems(validateScenario(withGuide((g) => Object.assign(g.steps[0].predict, { from: 20, week: 19 }))));
    expect(backwards).toEqual([{ path: 'guide.steps[0].predict.from', message: 'must be ≤ week (19), got 20' }]);
    const known = problems(validateScenario(withGuide((g) => (g.steps[0].predict.from = 10))));
    expect(known).toEqual([{ path: 'guide.steps[0].predict.from', message: 'must be after the step’s week 10 (the room predicts what has not happened yet), got 10' }]);
    const long = problems(
      validateScenario(
        withGuide((g) => {
          g.steps[0].week = 5;
          Object.assign(g.steps[0].predict, { from: 6, week: 15 });
        }),
      ),
    );
    expect(long).toEqual([
      {
        path: 'guide.steps[0].predict.from',
        message: 'a "direction" is compared with the same number of weeks up to the step’s week 5, which would start at week -4; make the window shorter (at most 5 weeks) or ask for a "number"',
      },
    ]);
    expect(validateScenario(withGuide((g) => Object.assign(g.steps[0].predict, { from: 11, week: 20 }))).ok).toBe(true);
  });

  it('names teams that the session’s run does not have', () => {
    const found = problems(
      validateScenario(
        withGuide((g) => {
          g.steps[0].charts[0].team = 'C';
          g.steps[0].predict.team = 'a';
        }),
      ),
    );
    expect(found.map((p) => p.path)).toEqual(['guide.steps[0].charts[0].team', 'guide.steps[0].predict.team']);
    expect(found[0].message).toBe('must name a team of the session’s run ("A", "B"), got "C"; leave it out for the whole organisation');
  });

  it('checks the runs it names: the session’s run and a different run to compare with', () => {
    const unknown = problems(validateScenario(withGuide((g) => (g.debrief.compareWith = 'no-breach'))));
    expect(unknown).toEqual([{ path: 'guide.debrief.compareWith', message: 'must be "baseline" or the name of a variant ("baseline", "no breach"), got "no-breach"' }]);
    const same = problems(validateScenario(withGuide((g) => (g.debrief.compareWith = 'baseline'))));
    expect(same[0].path).toBe('guide.debrief.compareWith');
    expect(same[0].message).toContain('another run than the session’s own');
    const run = problems(validateScenario(withGuide((g) => (g.run = 'the breach'))));
    expect(run[0].path).toBe('guide.run');
    const flipped = withGuide((g) => {
      g.run = 'no breach';
      g.debrief.compareWith = 'baseline';
    });
    expect(validateScenario(flipped).ok).toBe(true);
  });

  it('checks the team names against a variant run’s own team list', () => {
    const renamed = { ...base, variants: [{ name: 'no breach', events: [], teams: [{ name: 'Solo', size: 8 }] }] };
    const found = problems(
      validateScenario(
        withGuide((g) => {
          g.run = 'no breach';
          g.debrief.compareWith = 'baseline';
        }, renamed),
      ),
    );
    expect(found.map((p) => p.path)).toEqual(['guide.steps[0].charts[0].team', 'guide.steps[0].predict.team']);
  });

  it('keeps the debrief after the last step, with a window in order and a bounded number of futures', () => {
    const found = problems(
      validateScenario(
        withGuide((g) => {
          g.debrief.from = 19;
          g.debrief.to = 18;
          g.debrief.runs = 5;
        }),
      ),
    );
    expect(found).toEqual([{ path: 'guide.debrief.runs', message: 'must be ≥ 20, got 5' }]);
    const order = problems(
      validateScenario(
        withGuide((g) => {
          g.debrief.from = 19;
          g.debrief.to = 18;
        }),
      ),
    );
    expect(order).toEqual([
      { path: 'guide.debrief.from', message: 'must be ≤ to (18), got 19' },
      { path: 'guide.debrief.to', message: 'must be ≥ the last step’s week 20 (the debrief comes last), got 18' },
    ]);
  });

  it('is not part of a classic-mode scenario', () => {
    const classic = { schemaVersion: 1, name: 'Game', game: { type: 'repeated', population: { titForTat: 4, alwaysDefect: 4 } }, guide };
    const found = problems(validateScenario(classic));
    expect(found.map((p) => p.path)).toContain('guide');
  });

  it('is documentation: a resolved run has none, and the scenario’s hash leaves it out', () => {
    const result = validateScenario(base);
    if (!result.ok) throw new Error('invalid');
    for (const name of ['baseline', 'no breach']) {
      const resolved = resolveVariant(result.scenario, name);
      expect(resolved.ok && resolved.scenario.guide).toBeUndefined();
    }
    const without = validateScenario({ ...base, guide: undefined });
    if (!without.ok) throw new Error('invalid');
    expect(JSON.stringify(scenarioForHash(result.scenario))).toBe(JSON.stringify(scenarioForHash(without.scenario)));
  });
});

describe('what a prediction measures', () => {
  it('sums counts of events over a window and averages every other metric', () => {
    expect(isFlow('quits')).toBe(true);
    expect(isFlow('early_exits')).toBe(true);
    expect(isFlow('morale_mean')).toBe(false);
    expect(isFlow('headcount')).toBe(false);
  });

  it('compares a direction with as many weeks, ending at the step’s week', () => {
    expect(directionBaseline({ metric: 'quits', week: 33, from: 21, answer: 'direction' }, 20)).toEqual({ from: 8, to: 20 });
    expect(directionBaseline({ metric: 'morale_mean', week: 30, answer: 'direction' }, 20)).toEqual({ from: 20, to: 20 });
  });
});
