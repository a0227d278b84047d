/** sim/export/stamp.ts: the one reproducibility stamp of the CLI and both pages. */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, seedRange, sha256Hex, stampLine, stampedFileName } from '../../sim/export/stamp.ts';

/** The same value with every object's keys inserted in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).reverse().map((k) => [k, reversed((value as Record<string, unknown>)[k])]));
}

describe('reproducibility stamp', () => {
  it('canonical JSON does not depend on key order or whitespace, and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'é' }, u: undefined })).toBe('{"a":{"c":"é","d":[1,{"x":1,"y":2}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('canonical JSON is the value’s JSON, whatever order its keys were written in (keys sorted by code unit, as RFC 8785)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(reversed(value))).toBe(canonicalJson(value));
      }),
    );
    expect(canonicalJson({ b: 1, '': 2, 10: 3, 9: 4 })).toBe('{"":2,"10":3,"9":4,"b":1}');
  });

  it('hashes with SHA-256, as Node’s own implementation does', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme' }), async (text) => {
        expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
  });

  it('names the seeds, the hash, the weeks and the engine in the line and the file name', () => {
    const hash = 'ba7816bf'.padEnd(64, '0');
    const seeds = Array.from({ length: 100 }, (_, r) => 7 + r);
    const stamp = { engineVersion: '1.2.3', scenarioHash: hash, seeds, variants: ['baseline', 'drought'], weeks: 104 };
    expect(seedRange(seeds)).toBe('7–106');
    expect(stampLine(stamp)).toBe(`scenario sha256 ${hash} · seeds 7–106 (same for every variant) · 104 weeks · engine 1.2.3`);
    expect(stampedFileName('compare', stamp, 'Morale bands: baseline', 'png')).toBe('compare_ba7816bf_seed-7-106_engine-1.2.3_morale-bands-baseline.png');
    const single = { engineVersion: '1.2.3', scenarioHash: hash, seeds: [42], weeks: 30 };
    expect(stampLine(single)).toBe(`scenario sha256 ${hash} · seed 42 · 30 weeks · engine 1.2.3`);
    expect(stampedFileName('Healthy team — recognition drought', single, 'weeks-1-12', 'csv')).toBe('healthy-team-recognition-drought_ba7816bf_seed-42_engine-1.2.3_weeks-1-12.csv');
  });
});
