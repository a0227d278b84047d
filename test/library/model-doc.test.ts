import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, LEVERS, PARAMETERS } from '../../sim/index.ts';

const model = readFileSync('sim/MODEL.md', 'utf8');
const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

/** Every key under a `model` or `policy` object anywhere in a scenario file (base, teams, events, variants). */
function keysUsed(node: unknown, section: 'model' | 'policy', out: Set<string>): void {
  if (Array.isArray(node)) node.forEach((n) => keysUsed(n, section, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === section && value && typeof value === 'object') Object.keys(value).forEach((k) => out.add(k));
      keysUsed(value, section, out);
    }
  }
}

describe('sim/MODEL.md', () => {
  it('describes every model parameter and policy lever the library uses', () => {
    const used = new Set<string>();
    for (const f of files) {
      const doc = JSON.parse(readFileSync(`scenarios/${f}`, 'utf8'));
      keysUsed(doc, 'model', used);
      keysUsed(doc, 'policy', used);
    }
    expect(used.size).toBeGreaterThan(5);
    const missing = [...used].filter((key) => !model.includes(key));
    expect(missing, 'used in scenarios/ but not described in sim/MODEL.md').toEqual([]);
  });

  it('describes every parameter and lever of the engine, not only those in use', () => {
    const missing = [...PARAMETERS.map((p) => p.key), ...LEVERS.map((l) => l.key)].filter((key) => !model.includes(key));
    expect(missing).toEqual([]);
  });
});

describe('CITATION.cff', () => {
  const citation = readFileSync('CITATION.cff', 'utf8');

  it('cites the engine version that outputs are stamped with, so a citation names the results it describes', () => {
    expect(/^version: "([^"]+)"$/m.exec(citation)?.[1]).toBe(ENGINE_VERSION);
  });

  it('has the fields a citation needs, and points to the model description', () => {
    for (const field of ['cff-version', 'message', 'title', 'type', 'authors', 'license']) expect(citation).toMatch(new RegExp(`^${field}:`, 'm'));
    expect(citation).toContain('sim/MODEL.md');
  });
});
