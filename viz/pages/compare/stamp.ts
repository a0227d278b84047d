/**
 * The reproducibility stamp every export carries: the SHA-256 of the
 * scenario's canonical JSON, the seeds and the engine version. With these a
 * researcher can tell whether two files came from the same inputs.
 */

/** What makes a result reproducible. */
export interface ReproStamp {
  /** Hex SHA-256 of the canonical JSON of the scenario (variants included). */
  readonly scenarioSha256: string;
  readonly engineVersion: string;
  /** First seed; runs use firstSeed, firstSeed+1, … (the same seeds for every variant). */
  readonly firstSeed: number;
  readonly runsPerVariant: number;
  readonly weeks: number;
}

/** JSON with object keys sorted at every level and no whitespace: the same scenario always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** Hex SHA-256 of a text's UTF-8 bytes (Web Crypto, in browsers and Node alike). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The seeds as a person reads them: "7" or "7–106". */
export function seedRange(stamp: Pick<ReproStamp, 'firstSeed' | 'runsPerVariant'>): string {
  return stamp.runsPerVariant <= 1 ? String(stamp.firstSeed) : `${stamp.firstSeed}–${stamp.firstSeed + stamp.runsPerVariant - 1}`;
}

/** One line for file headers, chart footers and the page. */
export function stampLine(stamp: ReproStamp): string {
  return `scenario sha256 ${stamp.scenarioSha256} · seeds ${seedRange(stamp)} (same for every variant) · ${stamp.weeks} weeks · engine ${stamp.engineVersion}`;
}

/** A file name that carries the stamp's essentials: `compare-<hash8>-seed7-n100-<what>.<ext>`. */
export function stampedFileName(stamp: ReproStamp, what: string, extension: string): string {
  const safe = what.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'export';
  return `compare-${stamp.scenarioSha256.slice(0, 8)}-seed${stamp.firstSeed}-n${stamp.runsPerVariant}-${safe}.${extension}`;
}
