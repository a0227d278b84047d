/**
 * Base64 of bytes (RFC 4648), the standard alphabet with padding (snapshots'
 * typed arrays) or base64url without padding (shareable links), on the
 * platform's btoa and atob, which browsers and Node both have (sim/ uses no
 * Node Buffer). Decoding is strict: text with any character outside the
 * alphabet, or of a length no encoding has, is refused.
 */

export type Base64Alphabet = 'standard' | 'url';

const VALID: Record<Base64Alphabet, RegExp> = { standard: /^[A-Za-z0-9+/]*={0,2}$/, url: /^[A-Za-z0-9_-]*={0,2}$/ };

/** Base64 text of `bytes`: standard with padding, or base64url without (safe in a URL fragment as is). */
export function toBase64(bytes: Uint8Array, alphabet: Base64Alphabet = 'standard'): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const text = btoa(binary);
  return alphabet === 'url' ? text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : text;
}

/**
 * The bytes of base64 text, or null when it is not base64 of that alphabet: a character outside it, or an impossible
 * length. Standard text must be padded to a multiple of four; base64url padding is optional.
 */
export function fromBase64(text: string, alphabet: Base64Alphabet = 'standard'): Uint8Array | null {
  if (!VALID[alphabet].test(text)) return null;
  const body = text.replace(/=+$/, '');
  if (body.length % 4 === 1 || (alphabet === 'standard' && text.length % 4 !== 0)) return null;
  const binary = atob(alphabet === 'url' ? body.replace(/-/g, '+').replace(/_/g, '/') : body);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
