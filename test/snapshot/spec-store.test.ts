import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpecs } from '../../src/ingest/load.js';
import type { ClassSpec } from '../../src/model/spec.js';
import { encodeSpecRecords, openSpecStore } from '../../src/snapshot/spec-store.js';

const SEEDS = fileURLToPath(new URL('../../index-data', import.meta.url));
const LA = fileURLToPath(new URL('../fixtures/la', import.meta.url));

describe('spec store: compressed records parsed on first use', () => {
  let specs: ClassSpec[];
  let blob: Uint8Array;
  beforeAll(async () => {
    specs = [...(await loadSpecs(SEEDS)).specs, ...(await loadSpecs(LA)).specs];
    blob = encodeSpecRecords(specs);
  });

  it('gives back every spec exactly, by position and by id, parsing only what is read', () => {
    const store = openSpecStore(blob, specs.map((s) => s.id));
    expect(store.parsedCount()).toBe(0);
    expect(store.specs.length).toBe(specs.length);
    expect(store.specs[2]).toEqual(specs[2]);
    expect(store.parsedCount()).toBe(1);
    expect(store.byId.get(specs[0]!.id)).toEqual(specs[0]);
    expect(store.byId.get('no-such-spec')).toBeUndefined();
    expect(store.byId.has(specs[1]!.id)).toBe(true);
    expect(store.byId.size).toBe(specs.length);
    expect(store.indexOf(specs[3]!.id)).toBe(3);
    // Same object on every read while it is cached: callers may compare specs by identity.
    expect(store.specs[2]).toBe(store.byId.get(specs[2]!.id));
  });

  it('works with what callers do to an array and a map', () => {
    const store = openSpecStore(blob, specs.map((s) => s.id));
    expect(Array.isArray(store.specs)).toBe(true);
    expect(store.specs.map((s) => s.id)).toEqual(specs.map((s) => s.id));
    expect([...store.specs]).toEqual(specs);
    expect(JSON.parse(JSON.stringify(store.specs))).toEqual(JSON.parse(JSON.stringify(specs)));
    expect(store.specs.find((s) => s.title === specs[4]!.title)).toEqual(specs[4]);
    expect(store.specs.filter((s) => s.jurisdiction.name === specs[0]!.jurisdiction.name).length).toBe(
      specs.filter((s) => s.jurisdiction.name === specs[0]!.jurisdiction.name).length,
    );
    expect(store.specs.slice(1, 3)).toEqual(specs.slice(1, 3));
    expect(store.specs.some((s) => s.id === specs.at(-1)!.id)).toBe(true);
    let n = 0;
    store.specs.forEach(() => n++);
    expect(n).toBe(specs.length);
    expect([...store.byId.keys()]).toEqual(specs.map((s) => s.id));
    expect([...store.byId.values()]).toEqual(specs);
    expect(new Map(store.byId)).toEqual(new Map(specs.map((s) => [s.id, s])));
    expect(() => {
      (store.specs as ClassSpec[])[0] = specs[1]!;
    }).toThrow(/read-only/);
  });

  it('keeps at most cacheSize specs parsed, and re-reads evicted ones correctly', () => {
    const store = openSpecStore(blob, specs.map((s) => s.id), { cacheSize: 3 });
    for (const s of store.specs) expect(s.id).toBeTruthy();
    expect(store.parsedCount()).toBe(3);
    expect(store.specs[0]).toEqual(specs[0]);
    expect(store.parsedCount()).toBe(3);
  });

  it('is much smaller than the JSON it replaces', () => {
    expect(blob.byteLength).toBeLessThan(JSON.stringify(specs).length / 2.5);
  });

  it('refuses a blob that is not one, or that does not match its ids', () => {
    expect(() => openSpecStore(new Uint8Array(40), [])).toThrow(/not a classbot spec-record blob/);
    expect(() => openSpecStore(blob, ['just-one'])).toThrow(/does not match/);
  });
});
