import { describe, expect, it } from 'vitest';
import { canonicalJson, seedRange, sha256Hex, stampLine, stampedFileName } from '../../../../viz/pages/compare/stamp.ts';

describe('reproducibility stamp', () => {
  it('canonical JSON does not depend on key order or whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'é' } })).toBe('{"a":{"c":"é","d":[1,{"x":1,"y":2}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('hashes with SHA-256 (known test vector)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('names the seeds, the hash and the engine in the line and the file name', () => {
    const stamp = { scenarioSha256: 'ba7816bf'.padEnd(64, '0'), engineVersion: '1.2.3', firstSeed: 7, runsPerVariant: 100, weeks: 104 };
    expect(seedRange(stamp)).toBe('7–106');
    expect(stampLine(stamp)).toMatch(/sha256 ba7816bf0+ · seeds 7–106 .* engine 1\.2\.3/);
    expect(stampedFileName(stamp, 'Morale bands: baseline', 'png')).toBe('compare-ba7816bf-seed7-n100-morale-bands-baseline.png');
  });
});
