/**
 * Every scenario in scenarios/ reads, every variant resolves and runs, and the
 * library catalogue (sim/experiments/library/) agrees with the files it describes.
 */
import { describe, expect, it } from 'vitest';
import { runScenario, variantNames } from '../../sim/index.ts';
import { LIBRARY, SCENARIO_FILES } from '../../sim/experiments/index.ts';
import { ESSAY_SECTIONS } from './essay.ts';
import { loadScenario, readScenarioJson, resolveRun, scenarioFiles } from './library.ts';

/** The default scenario predates the library and is owned by the engine's calibration. */
const NOT_IN_LIBRARY = new Set(['healthy-team.json']);

describe('every scenario file', () => {
  const files = scenarioFiles();

  it('includes the library', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(files)('%s', (file) => {
    it('validates', () => {
      expect(() => loadScenario(file)).not.toThrow();
    });

    it('resolves every variant, and a short run of each gives finite numbers', () => {
      const scenario = loadScenario(file);
      for (const name of variantNames(scenario)) {
        const resolved = resolveRun(scenario, name);
        const run = runScenario(resolved, { seed: 7, weeks: Math.min(6, resolved.weeks), stories: false });
        expect(run.weeks).toBe(Math.min(6, resolved.weeks));
        expect(run.values.length).toBe(run.weeks * (run.teamNames.length + 1) * run.metricKeys.length);
        const bad = run.values.findIndex((v) => !Number.isFinite(v));
        expect(bad, `${file} / ${name}: non-finite value at index ${bad}`).toBe(-1);
      }
    });
  });
});

describe('the library catalogue', () => {
  it('imports every file of scenarios/ as data for the experiments, and nothing else', () => {
    expect(Object.keys(SCENARIO_FILES).sort()).toEqual(scenarioFiles());
    for (const file of scenarioFiles()) expect(SCENARIO_FILES[file]).toEqual(readScenarioJson(file));
  });

  it('lists every library file exactly once, and only files that exist', () => {
    const listed = LIBRARY.map((e) => e.file);
    expect(new Set(listed).size).toBe(listed.length);
    const inLibrary = scenarioFiles().filter((f) => !NOT_IN_LIBRARY.has(f));
    expect([...listed].sort()).toEqual(inLibrary);
  });

  describe.each(LIBRARY.map((e) => [e.file, e] as const))('%s', (file, entry) => {
    it('has the editor schema, a picker description and a facilitator note that names weeks and asks questions', () => {
      const raw = readScenarioJson(file) as Record<string, unknown>;
      expect(raw.$schema).toBe('./scenario.schema.json');
      const scenario = loadScenario(file);
      expect(scenario.description.length).toBeGreaterThan(20);
      const note = scenario.facilitatorNote ?? '';
      expect(note).toMatch(/weeks? \d+/);
      expect((note.match(/\?/g) ?? []).length).toBeGreaterThanOrEqual(2);
      expect(scenario.variants.length).toBeGreaterThanOrEqual(1);
    });

    it('draws on named sections of the essay', () => {
      expect(entry.sections.length).toBeGreaterThanOrEqual(2);
      for (const s of entry.sections) expect(ESSAY_SECTIONS, `unknown essay section "${s}"`).toContain(s);
    });

    it('claims contrasts between two runs of its own file that exist, within the weeks run', () => {
      const scenario = loadScenario(file);
      const names = variantNames(scenario);
      const weeks = entry.weeks ?? scenario.weeks;
      expect(weeks).toBeLessThanOrEqual(scenario.weeks);
      expect(entry.claims.length).toBeGreaterThanOrEqual(1);
      for (const c of entry.claims) {
        expect(c.id.startsWith(`${file.replace(/\.json$/, '')}/`)).toBe(true);
        for (const arm of [c.treatment, c.control]) {
          expect(arm?.file).toBe(file);
          expect(names).toContain(arm?.variant);
        }
        expect(c.treatment.variant).not.toBe(c.control?.variant);
        if (c.measure.kind !== 'custom' && c.measure.team !== undefined) expect(scenario.teams.map((t) => t.name)).toContain(c.measure.team);
      }
    });
  });
});
