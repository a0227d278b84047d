import { describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import { parseScenarioText } from '../../sim/scenario/parse.ts';
import {
  MAX_FRAGMENT_CHARS,
  MAX_INFLATED_BYTES,
  decodeScenarioHash,
  decodeScenarioPayload,
  encodeScenarioFragment,
  fromBase64Url,
  inflateCapped,
  sharePayload,
  toBase64Url,
} from '../../viz/share/link.ts';
import healthyTeam from '../../scenarios/healthy-team.json' with { type: 'json' };

const base = (() => {
  const parsed = parseScenarioText(JSON.stringify(healthyTeam));
  if (!parsed.ok) throw new Error('library scenario must be valid');
  return parsed.scenario;
})();

const payloadOf = (bytes: Uint8Array) => toBase64Url(deflateSync(bytes));
const textBytes = (text: string) => new TextEncoder().encode(text);

describe('share links', () => {
  it('a scenario survives the round trip through a link unchanged', () => {
    const encoded = encodeScenarioFragment(base);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.fragment.startsWith('s=')).toBe(true);
    expect(encoded.fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT_CHARS);
    const decoded = decodeScenarioHash(`#${encoded.fragment}`);
    expect(decoded?.ok).toBe(true);
    if (decoded?.ok) expect(decoded.scenario).toEqual(base);
  });

  it('base64url round-trips every byte value and every length', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 13) & 255);
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
    expect(toBase64Url(new Uint8Array([251, 255]))).toBe('-_8');
  });

  it('finds the payload among other fragment parts and ignores hashes without one', () => {
    expect(sharePayload('#x=1&s=abc')).toBe('abc');
    expect(sharePayload('#week=3')).toBeNull();
    expect(decodeScenarioHash('')).toBeNull();
  });

  it('refuses bad base64 with a message', () => {
    const outcome = decodeScenarioPayload('abc$%^def');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/damaged/);
  });

  it('refuses data that is not DEFLATE', () => {
    const outcome = decodeScenarioPayload(toBase64Url(textBytes('this is plain text, not compressed at all')));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/damaged|cannot be read/);
  });

  it('refuses a link cut short in the middle of its DEFLATE stream', () => {
    const encoded = encodeScenarioFragment(base);
    if (!encoded.ok) throw new Error('expected a link');
    const payload = encoded.fragment.slice(2);
    const outcome = decodeScenarioPayload(payload.slice(0, Math.floor(payload.length / 8) * 4));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/damaged/);
  });

  it('refuses valid DEFLATE of text that is not JSON, naming the problem', () => {
    const outcome = decodeScenarioPayload(payloadOf(textBytes('{"name": "oops",')));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/not valid JSON/);
  });

  it('refuses valid JSON of an invalid scenario with the same problems a file gets', () => {
    const bad = { ...healthyTeam, teams: [{ name: 'Product', size: -3 }] };
    const outcome = decodeScenarioPayload(payloadOf(textBytes(JSON.stringify(bad))));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems.some((p) => p.path === 'teams[0].size')).toBe(true);
      expect(outcome.message).toMatch(/teams\[0\]\.size/);
    }
  });

  it('refuses prototype-polluting keys', () => {
    const outcome = decodeScenarioPayload(payloadOf(textBytes('{"__proto__": {"x": 1}, "schemaVersion": 1}')));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/__proto__/);
  });

  it('refuses a zip bomb before inflating it all', () => {
    // 16 MB of zeros deflates to ~16 KB; the decoder must stop just past the 5 MB limit.
    const bomb = deflateSync(new Uint8Array(16 * 1024 * 1024), { level: 9 });
    const capped = inflateCapped(bomb, MAX_INFLATED_BYTES);
    expect(capped).toEqual({ ok: false, reason: 'too-big' });
    // A smaller bomb that fits in a link is refused with a sentence naming the limit.
    const linkBomb = toBase64Url(deflateSync(new Uint8Array(8 * 1024 * 1024), { level: 9 }));
    const outcome = decodeScenarioPayload(linkBomb);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/more than 5 MB/);
  });

  it('refuses an overlong link before decoding it', () => {
    const outcome = decodeScenarioPayload('A'.repeat(100_000));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/refused/);
  });

  it('declines to make a link over the size cap and says how long it would be', () => {
    const encoded = encodeScenarioFragment(base, 100);
    expect(encoded.ok).toBe(false);
    if (!encoded.ok) {
      expect(encoded.fragmentLength).toBeGreaterThan(100);
      expect(encoded.message).toMatch(/download/);
    }
  });
});
