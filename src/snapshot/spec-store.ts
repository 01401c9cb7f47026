/**
 * Parsed specs kept as compressed records, materialised on first use (issue 7: 100,000 parsed specs are 1.3 GB of
 * heap and take longer than the whole start budget to JSON.parse).
 *
 * A snapshot stores each spec as deflated JSON (≈ 2 KB instead of ≈ 10 KB of JSON, ≈ 13 KB of heap). Opening the
 * store reads nothing but the offsets; `specs[i]` / `byId.get(id)` inflate and parse one record (≈ 0.1 ms) and keep
 * the most recently used ones (all of them when the corpus fits the cache, so a small corpus behaves exactly like
 * an array of parsed specs: same objects on every access).
 *
 * `specs` is a read-only array proxy: index access, length, iteration and the array methods work unchanged, so
 * every caller of Corpus.specs keeps working; walking all of a large corpus costs one parse per spec.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ClassSpec } from '../model/spec.js';

const MAGIC = 0x43425352; // "CBSR"
const VERSION = 1;
/** Specs kept parsed (≈ 13 KB of heap each): every spec of corpora up to this size, the hot ones beyond. */
export const DEFAULT_SPEC_CACHE = 20_000;

export interface SpecStore {
  /** Read-only, lazily parsed view of the specs, in corpus order. */
  specs: ClassSpec[];
  /** Spec by id, parsed on access. */
  byId: ReadonlyMap<string, ClassSpec>;
  /** Spec ids in corpus order (resident). */
  ids: readonly string[];
  /** Position of a spec id. */
  indexOf(id: string): number | undefined;
  /** How many specs are parsed right now (for tests and memory reports). */
  parsedCount(): number;
}

/**
 * Specs → one blob: u32 magic · u32 version · u32 count · u32 pad · f64 offsets[count + 1] · deflated JSON records.
 * Offsets are f64 so the records may pass 4 GB.
 */
export function encodeSpecRecords(specs: readonly ClassSpec[]): Uint8Array {
  const records = specs.map((spec) => deflateRawSync(Buffer.from(JSON.stringify(spec), 'utf8'), { level: 4 }));
  const headBytes = 16 + 8 * (specs.length + 1);
  const total = headBytes + records.reduce((n, r) => n + r.length, 0);
  const out = new Uint8Array(new ArrayBuffer(total));
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, specs.length, true);
  let at = headBytes;
  records.forEach((r, i) => {
    view.setFloat64(16 + 8 * i, at, true);
    out.set(r, at);
    at += r.length;
  });
  view.setFloat64(16 + 8 * specs.length, at, true);
  return out;
}

/** Open a blob written by encodeSpecRecords. `ids` are the specs' ids in the same order (kept resident). */
export function openSpecStore(blob: Uint8Array, ids: readonly string[], opts: { cacheSize?: number } = {}): SpecStore {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (blob.byteLength < 16 || view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) {
    throw new Error('not a classbot spec-record blob');
  }
  const count = view.getUint32(8, true);
  if (count !== ids.length || blob.byteLength < 16 + 8 * (count + 1)) throw new Error('spec-record blob does not match its ids');
  const offset = (i: number) => view.getFloat64(16 + 8 * i, true);
  const position = new Map<string, number>();
  ids.forEach((id, i) => position.set(id, i));
  const capacity = Math.max(1, opts.cacheSize ?? DEFAULT_SPEC_CACHE);
  // Most recently used last (a Map keeps insertion order).
  const parsed = new Map<number, ClassSpec>();

  const get = (i: number): ClassSpec => {
    let spec = parsed.get(i);
    if (spec) {
      if (parsed.size >= capacity) {
        parsed.delete(i);
        parsed.set(i, spec);
      }
      return spec;
    }
    const bytes = blob.subarray(offset(i), offset(i + 1));
    spec = JSON.parse(inflateRawSync(bytes).toString('utf8')) as ClassSpec;
    parsed.set(i, spec);
    if (parsed.size > capacity) parsed.delete(parsed.keys().next().value!);
    return spec;
  };

  const specs = lazyArray(count, get);
  function* entries(): Generator<[string, ClassSpec], undefined> {
    for (let i = 0; i < count; i++) yield [ids[i]!, get(i)];
  }
  function* values(): Generator<ClassSpec, undefined> {
    for (let i = 0; i < count; i++) yield get(i);
  }
  type It<T> = MapIterator<T>;
  const byId: ReadonlyMap<string, ClassSpec> = {
    get size() {
      return count;
    },
    get: (id) => {
      const i = position.get(id);
      return i === undefined ? undefined : get(i);
    },
    has: (id) => position.has(id),
    forEach(fn, thisArg) {
      ids.forEach((id, i) => fn.call(thisArg, get(i), id, byId));
    },
    entries: () => entries() as unknown as It<[string, ClassSpec]>,
    keys: () => ids[Symbol.iterator]() as unknown as It<string>,
    values: () => values() as unknown as It<ClassSpec>,
    [Symbol.iterator]: () => entries() as unknown as It<[string, ClassSpec]>,
  };
  return { specs, byId, ids, indexOf: (id) => position.get(id), parsedCount: () => parsed.size };
}

/** A read-only array whose elements come from `get(i)` when read. */
function lazyArray<T>(length: number, get: (i: number) => T): T[] {
  const target: T[] = new Array<T>(length);
  const readOnly = () => {
    throw new TypeError('the corpus specs are read-only');
  };
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string') {
        const c = key.charCodeAt(0);
        if (c >= 48 && c <= 57) {
          const i = Number(key);
          if (Number.isInteger(i) && i >= 0 && i < length) return get(i);
        }
      }
      return Reflect.get(t, key, receiver);
    },
    // Array methods test `i in array` before reading holes: every index is present.
    has: (t, key) => (typeof key === 'string' && /^\d+$/.test(key) ? Number(key) < length : Reflect.has(t, key)),
    getOwnPropertyDescriptor(t, key) {
      if (typeof key === 'string' && /^\d+$/.test(key) && Number(key) < length) {
        return { value: get(Number(key)), writable: false, enumerable: true, configurable: true };
      }
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    // Reflection (deep equality, Object.keys) sees the elements like a plain array's.
    ownKeys: (t) => [...Array.from({ length }, (_, i) => String(i)), ...Reflect.ownKeys(t)],
    set: readOnly,
    deleteProperty: readOnly,
    defineProperty: readOnly,
  });
}
