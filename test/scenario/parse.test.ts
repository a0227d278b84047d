import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SCENARIO,
  METRIC_KEYS,
  runScenario,
  LIMITS,
  parseScenarioText,
  resolveVariant,
  serializeScenario,
  validateScenario,
  variantNames,
  type ScenarioResult,
} from '../../sim/index.ts';

const minimal = { schemaVersion: 2, name: 'Tiny', teams: [{ name: 'A', size: 3 }] };

function problems(result: ScenarioResult) {
  if (result.ok) throw new Error('expected problems, got a valid scenario');
  return result.problems;
}

describe('reading a scenario', () => {
  it('fills every omitted field with its documented default', () => {
    const result = validateScenario(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.weeks).toBe(104);
    expect(result.scenario.policy.recognitionFrequency).toBe(0.5);
    expect(result.scenario.teams[0].leader.empathy).toBe(0.6);
    expect(result.scenario.events).toEqual([]);
  });

  it('names the path, the expectation and the value found for a bad number', () => {
    const found = problems(validateScenario({ ...minimal, teams: [{ name: 'A', size: -3 }] }));
    expect(found).toEqual([{ path: 'teams[0].size', message: 'must be ≥ 1, got -3' }]);
  });

  it('reports every problem at once, not only the first', () => {
    const found = problems(
      validateScenario({ ...minimal, weeks: 0, policy: { recognitionFrequency: 2 }, teams: [{ name: 'A', size: 1.5 }] }),
    );
    expect(found.map((p) => p.path).sort()).toEqual(['policy.recognitionFrequency', 'teams[0].size', 'weeks']);
  });

  it('treats an unknown key (a typo) as an error that names it', () => {
    const found = problems(validateScenario({ ...minimal, policy: { recognitionFrequncy: 0.4 } }));
    expect(found[0].path).toBe('policy.recognitionFrequncy');
    expect(found[0].message).toContain('unknown key');
  });

  it('suggests the nearest allowed key and lists the keys allowed at that place, following arrays and the event type', () => {
    const found = problems(
      validateScenario({
        ...minimal,
        nmae: 'typo at the top',
        teams: [{ name: 'A', size: 3, leader: { empathyy: 0.5 } }],
        events: [{ type: 'crisis', week: 3, durationWeks: 4 }, { type: 'layoffs', week: 5, intensity: 1 }],
        variants: [{ name: 'v', policy: { mediaton: 1 } }],
      }),
    );
    const byPath = Object.fromEntries(found.map((p) => [p.path, p.message]));
    expect(byPath['nmae']).toMatch(/^unknown key "nmae" \(did you mean "name"\?\); allowed here: .*\bschemaVersion\b.*\bvariants\b/);
    expect(byPath['teams[0].leader.empathyy']).toBe('unknown key "empathyy" (did you mean "empathy"?); allowed here: name, empathy, reliability, adaptive');
    // The crisis event's own keys, not another event type's.
    expect(byPath['events[0].durationWeks']).toBe(
      'unknown key "durationWeks" (did you mean "durationWeeks"?); allowed here: type, week, note, team, durationWeeks, demandMultiplier',
    );
    // Nothing close: no guess, only the allowed keys of a layoffs event.
    expect(byPath['events[1].intensity']).toMatch(/^unknown key "intensity"; allowed here: type, week, note, team, share/);
    expect(byPath['variants[0].policy.mediaton']).toMatch(/^unknown key "mediaton" \(did you mean "mediation"\?\); allowed here: recognitionFrequency, /);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects a "%s" key anywhere', (key) => {
    const text = `{"schemaVersion":1,"name":"x","teams":[{"name":"A","size":2,"${key}":{"polluted":true}}]}`;
    const found = problems(parseScenarioText(text));
    expect(found[0].path).toBe(`teams[0].${key}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('locates a JSON syntax error by line and column', () => {
    const found = problems(parseScenarioText('{\n  "schemaVersion": 1,\n  "name": "x",\n}'));
    expect(found[0].path).toBe('(file)');
    expect(found[0].message).toMatch(/line 4, column 1/);
  });

  it('refuses a file over the size limit before parsing it, naming the limit', () => {
    const text = `{"name": "${'x'.repeat(LIMITS.maxFileBytes)}"}`;
    const found = problems(parseScenarioText(text));
    expect(found[0].message).toContain('limit is 5 MB');
  });

  it('checks the people limit across teams', () => {
    const teams = [
      { name: 'A', size: 60_000 },
      { name: 'B', size: 60_000 },
    ];
    const found = problems(validateScenario({ ...minimal, teams }));
    expect(found[0]).toMatchObject({ path: 'teams' });
    expect(found[0].message).toContain('limit is 100000');
  });

  it('counts the positions growth events open against the people limit', () => {
    const teams = [{ name: 'A', size: 50_000 }];
    const ok = validateScenario({ ...minimal, teams, events: [{ type: 'growth', week: 2, team: 'A', add: 49_999 }] });
    expect(ok.ok).toBe(true);
    const found = problems(validateScenario({ ...minimal, teams, events: [{ type: 'growth', week: 2, add: 30_000 }, { type: 'growth', week: 3, team: 'A', add: 20_000 }] }));
    expect(found[0]).toMatchObject({ path: 'events' });
    expect(found[0].message).toContain('growth events add 50000 positions to the 50001 people at the start; the limit is 100000');
    const variant = problems(validateScenario({ ...minimal, teams, variants: [{ name: 'boom', addEvents: [{ type: 'growth', week: 2, add: 60_000 }] }] }));
    expect(variant[0]).toMatchObject({ path: 'variants[0].addEvents' });
  });

  it('checks weeks, events and team references against each other', () => {
    const events = [
      { type: 'crisis', week: 12 },
      { type: 'leaderBreach', week: 2, team: 'B' },
      { type: 'teamMerger', week: 3, team: 'A', into: 'A' },
    ];
    // An unknown event type is reported alone: references are checked once the shapes are valid.
    const found = problems(validateScenario({ ...minimal, weeks: 10, events: [...events, { type: 'party', week: 3 }] }));
    expect(found.map((p) => p.path)).toEqual(['events[3].type']);
    const found2 = problems(validateScenario({ ...minimal, weeks: 10, events }));
    expect(found2.map((p) => p.path)).toEqual(['events[0].week', 'events[1].team', 'events[2].into']);
  });

  it('migrates version 0 files with a notice and refuses newer versions clearly', () => {
    const old = validateScenario({ schemaVersion: 0, name: 'Old', duration: 20, policies: { mentorship: 1 }, teams: [{ name: 'A', size: 2 }] });
    expect(old.ok).toBe(true);
    if (old.ok) {
      expect(old.scenario.weeks).toBe(20);
      expect(old.scenario.policy.mentorship).toBe(1);
      expect(old.notices[0]).toContain('migrated');
    }
    expect(problems(validateScenario({ ...minimal, schemaVersion: 9 }))[0].message).toContain('newer');
    expect(problems(validateScenario({ name: 'x', teams: [] }))[0].path).toBe('schemaVersion');
  });
});

describe('variants', () => {
  const base = validateScenario({
    ...minimal,
    policy: { mentorship: 0.1, recognitionFrequency: 0.3 },
    variants: [{ name: 'mentoring', policy: { mentorship: 0.9 }, addEvents: [{ type: 'crisis', week: 5 }] }],
  });

  it('override only the fields they name and keep the rest of the base', () => {
    if (!base.ok) throw new Error('fixture invalid');
    expect(variantNames(base.scenario)).toEqual(['baseline', 'mentoring']);
    const variant = resolveVariant(base.scenario, 'mentoring');
    if (!variant.ok) throw new Error('variant invalid');
    expect(variant.scenario.policy.mentorship).toBe(0.9);
    expect(variant.scenario.policy.recognitionFrequency).toBe(0.3);
    expect(variant.scenario.events).toHaveLength(1);
  });

  it('may change how culture is measured (to compare survey designs), which changes the survey and nothing else', () => {
    const input = { ...minimal, weeks: 30, teams: [{ name: 'A', size: 12 }], measurement: { surveyFear: 0 }, variants: [{ name: 'fearful survey', measurement: { surveyFear: 1 } }] };
    const typo = validateScenario({ ...input, variants: [...input.variants, { name: 'typo', measurement: { surveyFeer: 1 } }] });
    expect(problems(typo).map((p) => p.path)).toEqual(['variants[1].measurement.surveyFeer']);
    const ok = validateScenario(input);
    if (!ok.ok) throw new Error('fixture invalid');
    const variant = resolveVariant(ok.scenario, 'fearful survey');
    if (!variant.ok) throw new Error('variant invalid');
    expect(variant.scenario.measurement).toMatchObject({ surveyFear: 1, surveyNoise: ok.scenario.measurement.surveyNoise, surveyEveryWeeks: 4 });
    const a = runScenario(ok.scenario, { seed: 4 }).values;
    const b = runScenario(variant.scenario, { seed: 4 }).values;
    const survey = new Set([METRIC_KEYS.indexOf('survey_morale'), METRIC_KEYS.indexOf('survey_gap')]);
    let surveyDiffers = false;
    for (let i = 0; i < a.length; i++) {
      if (survey.has(i % METRIC_KEYS.length)) surveyDiffers ||= a[i] !== b[i];
      else expect(b[i], `value ${i}`).toBe(a[i]);
    }
    expect(surveyDiffers).toBe(true);
  });

  it('refuse an unknown variant name with the known ones', () => {
    if (!base.ok) throw new Error('fixture invalid');
    const result = resolveVariant(base.scenario, 'nope');
    expect(problems(result)[0].message).toContain('"baseline", "mentoring"');
  });

  it('may not be called baseline or share a name', () => {
    const found = problems(validateScenario({ ...minimal, variants: [{ name: 'baseline' }, { name: 'x' }, { name: 'x' }] }));
    expect(found.map((p) => p.path)).toEqual(['variants[0].name', 'variants[2].name']);
  });
});

// ---------------------------------------------------------------- properties
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const policyArb = fc.record({ recognitionFrequency: unit, mentorship: unit, workloadProtection: unit }, { requiredKeys: [] });
const scenarioArb = fc.record({
  schemaVersion: fc.constant(1),
  name: fc.string({ minLength: 1, maxLength: 30 }),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  weeks: fc.integer({ min: 1, max: 200 }),
  teams: fc.uniqueArray(fc.record({ name: fc.string({ minLength: 1, maxLength: 12 }), size: fc.integer({ min: 1, max: 40 }) }), {
    minLength: 1,
    maxLength: 4,
    selector: (t) => t.name,
  }),
  policy: policyArb,
});

describe('scenario properties', () => {
  it('a valid scenario survives serialise then parse unchanged', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const first = validateScenario(input);
        if (!first.ok) return; // names such as "__proto__" are legitimately refused
        const second = parseScenarioText(serializeScenario(first.scenario));
        expect(second.ok).toBe(true);
        if (second.ok) expect(second.scenario).toEqual(first.scenario);
      }),
      { numRuns: 200 },
    );
  });

  const jsonValue = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer({ min: -1e6, max: 1e6 }),
    fc.string({ maxLength: 8 }),
    fc.constant([]),
    fc.constant({}),
    fc.constant({ __proto__: null, constructor: 1 }),
  );

  it('a randomly broken scenario is refused with a path and a message, never a crash', () => {
    const text = serializeScenario(DEFAULT_SCENARIO);
    const paths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) walk(v, [...path, Array.isArray(node) ? Number(k) : k]);
      }
    };
    walk(JSON.parse(text), []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), jsonValue, fc.boolean(), (path, value, addKey) => {
        const doc = JSON.parse(text);
        let node = doc;
        for (const part of path.slice(0, -1)) node = node[part];
        const last = path[path.length - 1];
        if (addKey && node && typeof node === 'object' && !Array.isArray(node)) node[`${String(last)}_typo`] = value;
        else node[last] = value;
        const result = parseScenarioText(JSON.stringify(doc));
        if (result.ok) return; // some replacements are still valid (e.g. a number within range)
        expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) {
          expect(p.path.length).toBeGreaterThan(0);
          expect(p.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('random text never crashes the reader', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parseScenarioText(text);
        if (!result.ok) expect(result.problems[0].message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
