/** A snapshot survives a JSON round trip and the run resumes exactly; plain JSON.stringify does not survive. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation, restoreSimulation, validateScenario, type Scenario } from '../../sim/index.ts';
import { base64ToBytes, bytesToBase64, snapshotFromJson, snapshotToJson } from '../../sim/export/snapshot.ts';

function scenario(input: object): Scenario {
  const r = validateScenario({ schemaVersion: 2, name: 'snap', ...input });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
}

const EVENTFUL = scenario({
  seed: 9,
  weeks: 40,
  teams: [
    { name: 'A', size: 6, customerFacing: true },
    { name: 'B', size: 5 },
  ],
  customers: { enabled: true, count: 30 },
  events: [
    { week: 5, type: 'leaderBreach' },
    { week: 12, type: 'teamMerger', team: 'B', into: 'A' },
    { week: 20, type: 'layoffs', share: 0.3 },
  ],
});

describe('snapshots as JSON', () => {
  it('a run resumed from JSON text continues bit for bit like an uninterrupted run (missing cells included)', () => {
    const whole = createSimulation(EVENTFUL);
    whole.step(whole.weeks);
    const part = createSimulation(EVENTFUL);
    part.step(17);
    const text = snapshotToJson(part.snapshot());
    expect(typeof text).toBe('string');
    const resumed = restoreSimulation(snapshotFromJson(text));
    expect(resumed.week).toBe(17);
    resumed.step(resumed.weeks);
    const a = whole.result().values;
    const b = resumed.result().values;
    expect(b.length).toBe(a.length);
    expect(a.some(Number.isNaN)).toBe(true);
    for (let i = 0; i < a.length; i++) expect(Object.is(a[i], b[i]), `value ${i}`).toBe(true);
    expect(resumed.log()).toEqual(whole.log());
  });

  it('plain JSON.stringify of a snapshot cannot be resumed (the reason this format exists)', () => {
    const part = createSimulation(EVENTFUL);
    part.step(3);
    expect(() => {
      const sim = restoreSimulation(JSON.parse(JSON.stringify(part.snapshot())));
      sim.step(5);
    }).toThrow();
  });

  it('refuses text that is not a snapshot, with the reason', () => {
    expect(() => snapshotFromJson('{"format":"other"}')).toThrow(/not a Reciprocity Lab snapshot/);
    expect(() => snapshotFromJson('{"format":"reciprocity-lab-snapshot","version":99}')).toThrow(/version 99/);
    expect(() => snapshotFromJson('{"format":"reciprocity-lab-snapshot","version":1,"snapshot":{"engineVersion":"1","seed":1,"scenario":{},"state":{"a":{"$typed":"Float64Array","base64":"AAA="}}}}')).toThrow(/whole number/);
  });

  it('base64 round-trips any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(Array.from(base64ToBytes(text))).toEqual(Array.from(bytes));
      }),
    );
  });
});
