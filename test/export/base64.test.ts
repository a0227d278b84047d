import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64, toBase64 } from '../../sim/export/base64.ts';

describe('base64 (snapshots and shareable links)', () => {
  it('encodes as Node does, both alphabets, and decodes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const standard = toBase64(bytes);
        const url = toBase64(bytes, 'url');
        expect(standard).toBe(Buffer.from(bytes).toString('base64'));
        expect(url).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64(standard)).toEqual(bytes);
        expect(fromBase64(url, 'url')).toEqual(bytes);
      }),
    );
  });

  it('encodes more bytes than fit in one call of String.fromCharCode', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) & 255);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });

  it('refuses text that is not base64 of that alphabet', () => {
    expect(fromBase64('AB-_', 'standard')).toBeNull();
    expect(fromBase64('AB+/', 'url')).toBeNull();
    expect(fromBase64('AB C')).toBeNull();
    expect(fromBase64('A=BC')).toBeNull();
    expect(fromBase64('ABCDE', 'url')).toBeNull(); // a length no encoding has
    expect(fromBase64('ABC')).toBeNull(); // standard text must be padded
    expect(fromBase64('ABC', 'url')).toEqual(new Uint8Array([0, 16]));
  });
});
