/**
 * A link's fragment (`#s=…&metric=…`) without decoding it: the scenario's key
 * and payload. Light on purpose (no validator), so pages can read a link's
 * parts before loading viz/share/link.ts.
 */

/** The fragment key of the scenario: `#s=<payload>`. */
export const SHARE_KEY = 's';

/** The `s=` payload of a location hash (`#a=1&s=…`), or null when the hash carries no scenario. */
export function sharePayload(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    if (part.startsWith(`${SHARE_KEY}=`)) return part.slice(SHARE_KEY.length + 1);
  }
  return null;
}
