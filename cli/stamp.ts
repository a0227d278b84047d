/**
 * Reproducibility stamps: canonical JSON (object keys sorted, recursively) and
 * its SHA-256, so the same scenario or job always hashes the same.
 */
import { createHash } from 'node:crypto';
import { scenarioForHash, type Scenario } from '../sim/index.ts';

/** JSON text with object keys sorted at every level; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) Object.defineProperty(out, key, { value: sortKeys(v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Hex SHA-256 of a text. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** SHA-256 of the canonical JSON of what the engine reads of a (validated) scenario (see sim/scenario/hash-input.ts). */
export function scenarioHash(scenario: Scenario): string {
  return sha256(canonicalJson(scenarioForHash(scenario)));
}

/** The seeds of runs 0…runs−1: base, base+1, … wrapping modulo 2^32. */
export function seedsFrom(base: number, runs: number): number[] {
  return Array.from({ length: runs }, (_, r) => (base + r) % 4294967296);
}
