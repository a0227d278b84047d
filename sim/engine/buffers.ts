/**
 * Recycled typed arrays for back-to-back runs. A batch of runs (the CLI's
 * worker threads, the compare page's ensemble workers) would otherwise allocate
 * and drop some seventy typed arrays per run; that churn of external memory
 * keeps V8's garbage collector marking and made each run about a quarter slower
 * (see docs/benchmarks.md). A taken array is zero-filled, exactly like a new
 * one, so runs are bit-identical with or without a pool.
 */
export type TypedArray = Int8Array | Uint8Array | Uint16Array | Int16Array | Int32Array | Float32Array | Float64Array;
type TypedArrayConstructor<T extends TypedArray> = { new (length: number): T; readonly name: string };

/** Allocates a zeroed typed array, from a pool or new. */
export type Allocate = <T extends TypedArray>(ctor: TypedArrayConstructor<T>, length: number) => T;

/** Plain allocation (no pool). */
export const allocateNew: Allocate = (ctor, length) => new ctor(length);

export class BufferPool {
  private readonly free = new Map<string, TypedArray[]>();
  private bytes = 0;

  /** @param maxBytes arrays beyond this many bytes held are dropped instead of kept (runs of many shapes, as in a sweep). */
  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  /** A zeroed array of this type and length: a recycled one if any, else new. */
  readonly take: Allocate = (ctor, length) => {
    const recycled = this.free.get(`${ctor.name}:${length}`)?.pop();
    if (!recycled) return new ctor(length);
    this.bytes -= recycled.byteLength;
    return recycled.fill(0) as never;
  };

  /** Returns every typed array held directly by `holder` (own properties, one level) to the pool. */
  recycle(holder: object): void {
    for (const value of Object.values(holder)) {
      if (!ArrayBuffer.isView(value) || value instanceof DataView) continue;
      const array = value as TypedArray;
      // Only whole buffers: a view into another array's buffer is not this holder's to give away.
      if (array.byteOffset !== 0 || array.byteLength !== array.buffer.byteLength) continue;
      const key = `${array.constructor.name}:${array.length}`;
      if (this.bytes + array.byteLength > this.maxBytes) continue;
      let list = this.free.get(key);
      if (!list) this.free.set(key, (list = []));
      if (list.includes(array)) continue;
      list.push(array);
      this.bytes += array.byteLength;
    }
  }
}
