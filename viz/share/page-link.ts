/**
 * The trainer page's side of shareable links: opening a `#s=…` link and making
 * one for the running scenario. The link module (deflate, caps, validation) is
 * loaded only when a link is opened or made, so the first load stays small.
 */

export type OpenedLink = { readonly ok: true; readonly text: string; readonly notices: readonly string[] } | { readonly ok: false; readonly message: string };

/** Whether the address carries a shared scenario at all (cheap; no module loaded). */
export function hasSharedScenario(hash: string): boolean {
  return /(^#|&)s=/.test(hash);
}

/** Decodes and validates the scenario in a link, exactly as a file would be checked. */
export async function openSharedLink(hash: string): Promise<OpenedLink | null> {
  if (!hasSharedScenario(hash)) return null;
  const { decodeScenarioHash } = await import('./link.ts');
  const decoded = decodeScenarioHash(hash);
  if (decoded === null) return null;
  return decoded.ok ? { ok: true, text: decoded.text, notices: decoded.notices } : { ok: false, message: decoded.message };
}

export type MadeLink = { readonly ok: true; readonly fragment: string } | { readonly ok: false; readonly message: string };

/** The `s=…` fragment carrying the scenario text, or why it cannot be a link (too long: share the file). */
export async function makeSharedFragment(scenarioText: string): Promise<MadeLink> {
  const { encodeScenarioFragment } = await import('./link.ts');
  const outcome = encodeScenarioFragment(JSON.parse(scenarioText));
  return outcome.ok ? { ok: true, fragment: outcome.fragment } : { ok: false, message: outcome.message };
}
