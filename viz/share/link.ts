/**
 * Share links: a whole scenario in the URL fragment (`#s=…`), never sent to a
 * server (browsers do not send the fragment). Encoding is
 * scenario JSON → UTF-8 → raw DEFLATE (fflate) → base64url.
 *
 * A link is untrusted input, exactly like a file: decoding refuses bad
 * base64url, bad DEFLATE, text that is not UTF-8, and anything that inflates
 * beyond the file limit (a zip bomb is stopped while it inflates, before it is
 * all allocated), then hands the text to `parseScenarioText`, the same
 * validation a file gets. Nothing here throws for bad input; it returns a
 * sentence for the page. Pure module (no DOM), used by both pages.
 */
import { Inflate, deflateSync } from 'fflate';
import { LIMITS } from '../../sim/scenario/schema.ts';
import { parseScenarioText, formatProblems, type ScenarioProblem } from '../../sim/scenario/parse.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { fromBase64, toBase64 } from '../../sim/export/base64.ts';

import { SHARE_KEY, sharePayload } from './fragment.ts';

export { SHARE_KEY, sharePayload } from './fragment.ts';

/**
 * Longest fragment "Copy link" produces. Links this long still survive chat
 * tools, mail clients and browsers' address bars; beyond it the page offers a
 * file download instead.
 */
export const MAX_FRAGMENT_CHARS = 8000;

/**
 * Longest payload the decoder even looks at. More lenient than the encoder's
 * cap (a hand-made link may compress worse), yet bounded so a pasted megabyte
 * of text is refused before any work.
 */
export const MAX_DECODE_CHARS = 64_000;

/** Most bytes a link may inflate to: the same limit as a scenario file. */
export const MAX_INFLATED_BYTES = LIMITS.maxFileBytes;

/** Input is fed to the inflater in slices this size, so the size check runs often (DEFLATE expands at most ~1032×). */
const INFLATE_SLICE = 256;

export type EncodeOutcome =
  | { readonly ok: true; readonly fragment: string }
  | { readonly ok: false; readonly fragmentLength: number; readonly message: string };

export type DecodeOutcome =
  | { readonly ok: true; readonly scenario: Scenario; readonly text: string; readonly notices: readonly string[] }
  | { readonly ok: false; readonly message: string; readonly problems: readonly ScenarioProblem[] };

// ------------------------------------------------------------------ base64url

/** base64url without padding (RFC 4648 §5), safe in a URL fragment as is. */
export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes, 'url');
}

/** Strict base64url decoding (padding tolerated); null for any character outside the alphabet or an impossible length. */
export function fromBase64Url(text: string): Uint8Array | null {
  return fromBase64(text, 'url');
}

// ------------------------------------------------------------------ inflate with a cap

type InflateOutcome = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-big' | 'corrupt' | 'truncated' };

/**
 * Inflates raw DEFLATE data, stopping as soon as the output would exceed
 * `maxBytes`: input goes in small slices and the output is counted as it is
 * produced, so a bomb never gets to allocate its full size.
 */
export function inflateCapped(compressed: Uint8Array, maxBytes: number): InflateOutcome {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooBig = false;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) {
      tooBig = true;
      return;
    }
    chunks.push(chunk.slice());
    if (final) finished = true;
  });
  try {
    for (let i = 0; i < compressed.length && !tooBig; i += INFLATE_SLICE) {
      const end = Math.min(compressed.length, i + INFLATE_SLICE);
      inflater.push(compressed.subarray(i, end), end === compressed.length);
    }
    if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
  } catch {
    return { ok: false, reason: tooBig ? 'too-big' : 'corrupt' };
  }
  if (tooBig) return { ok: false, reason: 'too-big' };
  if (!finished) return { ok: false, reason: 'truncated' };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}

// ------------------------------------------------------------------ public API

const refuse = (message: string, problems: readonly ScenarioProblem[] = []): DecodeOutcome => ({ ok: false, message, problems });

/**
 * Encodes a scenario as a fragment (`s=…`, without the `#`). Refuses, with the
 * length it would have had, when it exceeds `maxChars`: the page then offers
 * the scenario as a file instead.
 */
export function encodeScenarioFragment(scenario: Scenario, maxChars = MAX_FRAGMENT_CHARS): EncodeOutcome {
  // Compact JSON: whitespace would only cost characters in the link.
  const bytes = new TextEncoder().encode(JSON.stringify(scenario));
  const fragment = `${SHARE_KEY}=${toBase64Url(deflateSync(bytes, { level: 9 }))}`;
  if (fragment.length > maxChars) {
    return {
      ok: false,
      fragmentLength: fragment.length,
      message: `This scenario makes a link of ${fragment.length.toLocaleString('en')} characters, over the ${maxChars.toLocaleString('en')} that links carry reliably; download it as a file and share the file instead.`,
    };
  }
  return { ok: true, fragment };
}

/**
 * Decodes a shared link's payload (the text after `s=`) into a validated
 * scenario, or a message saying why the link cannot be opened.
 */
export function decodeScenarioPayload(payload: string): DecodeOutcome {
  if (payload.length === 0) return refuse('This link carries no scenario (the part after “#s=” is empty).');
  if (payload.length > MAX_DECODE_CHARS) {
    return refuse(`This link is ${payload.length.toLocaleString('en')} characters long; links over ${MAX_DECODE_CHARS.toLocaleString('en')} are refused. Ask for the scenario file instead.`);
  }
  const compressed = fromBase64Url(payload);
  if (!compressed) return refuse('This link is damaged: it contains characters a shared link never has (it may have been cut or altered when it was copied).');
  const inflated = inflateCapped(compressed, MAX_INFLATED_BYTES);
  if (!inflated.ok) {
    if (inflated.reason === 'too-big') {
      return refuse(`This link expands to more than ${MAX_INFLATED_BYTES / 1048576} MB, the limit for a scenario; it was refused.`);
    }
    return refuse('This link is damaged: its compressed scenario cannot be read (it may have been cut short when it was copied).');
  }
  let text: string;
  try {
    // The BOM is kept, so the parser removes it with a notice (the same rule as a file); the text handed on has none.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated.bytes);
  } catch {
    return refuse('This link is damaged: its content is not text.');
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok) {
    return refuse(`This link does not hold a valid scenario:\n${formatProblems(parsed.problems.slice(0, 10))}`, parsed.problems);
  }
  return { ok: true, scenario: parsed.scenario, text: text.replace(/^\uFEFF/, ''), notices: parsed.notices };
}

/** Decodes the scenario in a location hash; null when the hash has no `s=` at all. */
export function decodeScenarioHash(hash: string): DecodeOutcome | null {
  const payload = sharePayload(hash);
  return payload === null ? null : decodeScenarioPayload(payload);
}
