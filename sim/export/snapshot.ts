/**
 * A run's snapshot as JSON text, and back. A snapshot (Simulation.snapshot())
 * holds typed arrays, which JSON.stringify turns into plain objects that
 * restoreSimulation cannot use, and numbers such as NaN (a missing metric) or
 * Infinity, which JSON cannot hold. Here typed arrays are written as
 * `{"$typed": "Float32Array", "base64": "…"}` (their bytes, little-endian, so
 * every value survives exactly) and non-finite numbers as `{"$number": "NaN"}`.
 * The format is stamped and versioned; a snapshot resumes only on the engine
 * version that made it (restoreSimulation checks).
 */
import type { SimulationSnapshot } from '../types.ts';
import { fromBase64, toBase64 } from './base64.ts';

export const SNAPSHOT_FORMAT = 'reciprocity-lab-snapshot';
export const SNAPSHOT_FORMAT_VERSION = 1;

const TYPED = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
} as const;
type TypedName = keyof typeof TYPED;

/** Standard base64 of bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  return toBase64(bytes);
}

/** Bytes of standard base64 text; throws when the text is not base64. */
export function base64ToBytes(text: string): Uint8Array {
  const bytes = fromBase64(text);
  if (!bytes) throw new Error('not base64 (a character outside the alphabet, or a wrong length)');
  return bytes;
}

function typedName(value: ArrayBufferView): TypedName | undefined {
  const name = value.constructor.name;
  return Object.prototype.hasOwnProperty.call(TYPED, name) ? (name as TypedName) : undefined;
}

/** JSON text of a snapshot, with typed arrays and non-finite numbers encoded so they survive exactly. */
export function snapshotToJson(snapshot: SimulationSnapshot): string {
  const replacer = function (this: unknown, _key: string, value: unknown): unknown {
    if (typeof value === 'number' && !Number.isFinite(value)) return { $number: String(value) };
    if (typeof value === 'bigint') throw new Error('a snapshot holds a bigint outside a typed array (not supported)');
    if (ArrayBuffer.isView(value)) {
      const name = typedName(value);
      if (!name) throw new Error(`a snapshot holds a ${value.constructor.name}, which has no JSON form`);
      return { $typed: name, base64: bytesToBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
    }
    if (value instanceof Map || value instanceof Set) throw new Error('a snapshot holds a Map or Set, which has no JSON form');
    return value;
  };
  return JSON.stringify({ format: SNAPSHOT_FORMAT, version: SNAPSHOT_FORMAT_VERSION, snapshot }, replacer);
}

/** A snapshot from snapshotToJson's text, or a thrown Error saying why the text is not one. */
export function snapshotFromJson(text: string): SimulationSnapshot {
  const reviver = (_key: string, value: unknown): unknown => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && typeof record.$number === 'string') {
      if (!['NaN', 'Infinity', '-Infinity'].includes(record.$number)) throw new Error(`a snapshot number ${JSON.stringify(record.$number)} is not NaN or ±Infinity`);
      return Number(record.$number);
    }
    if (keys.length === 2 && typeof record.$typed === 'string' && typeof record.base64 === 'string') {
      const name = record.$typed;
      if (!Object.prototype.hasOwnProperty.call(TYPED, name)) throw new Error(`a snapshot array type ${JSON.stringify(name)} is unknown`);
      const Ctor = TYPED[name as TypedName];
      const bytes = base64ToBytes(record.base64);
      if (bytes.length % Ctor.BYTES_PER_ELEMENT !== 0) throw new Error(`a snapshot ${name} has ${bytes.length} bytes, not a whole number of elements`);
      return new Ctor(bytes.buffer as ArrayBuffer, 0, bytes.length / Ctor.BYTES_PER_ELEMENT);
    }
    return value;
  };
  const parsed = JSON.parse(text, reviver) as { format?: unknown; version?: unknown; snapshot?: SimulationSnapshot };
  if (parsed === null || typeof parsed !== 'object' || parsed.format !== SNAPSHOT_FORMAT) throw new Error('not a Reciprocity Lab snapshot');
  if (parsed.version !== SNAPSHOT_FORMAT_VERSION) throw new Error(`snapshot format version ${String(parsed.version)}; this release reads ${SNAPSHOT_FORMAT_VERSION}`);
  const snapshot = parsed.snapshot;
  if (!snapshot || typeof snapshot.engineVersion !== 'string' || typeof snapshot.seed !== 'number' || !snapshot.scenario || !snapshot.state) {
    throw new Error('the snapshot is incomplete');
  }
  return snapshot;
}
