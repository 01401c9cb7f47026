/** The index round-trips through one binary blob and answers exactly as the freshly built one. */
import { describe, expect, it } from 'vitest';
import { loadSpecs } from '../../src/ingest/load.js';
import { buildSpecIndex, loadSpecIndex, saveSpecIndex } from '../../src/index/spec-index.js';
import { allTwelve } from '../ingest/helpers.js';

describe('index persistence', () => {
  it('save → bytes → load keeps the tokenizer, synonyms, typo tolerance, filters and titles', async () => {
    const { specs } = await loadSpecs(await allTwelve());
    const built = buildSpecIndex(specs);
    const blob = saveSpecIndex(built);
    expect(blob).toBeInstanceOf(Uint8Array);
    // As a snapshot would hand it back: a copy at an odd offset inside a larger buffer (views must still work).
    const framed = new Uint8Array(blob.byteLength + 3);
    framed.set(blob, 3);
    for (const bytes of [blob.slice(), framed.subarray(3)]) {
      const restored = loadSpecIndex(specs, bytes);
      expect(restored.sectionCount).toBe(built.sectionCount);
      const queries = ['IT help desk', 'JCL', 'pasword resets', 'semester units', 'AAS degree', 'driver license'];
      for (const query of queries) {
        const hits = restored.search(query);
        expect(hits.length, query).toBeGreaterThan(0);
        expect(hits).toEqual(built.search(query));
      }
      const only = { specIds: ['los-angeles-systems-aide'] };
      expect(restored.search('experience', only)).toEqual(built.search('experience', only));
      expect(restored.search('trubleshoots', { tolerance: 2 })).toEqual(built.search('trubleshoots', { tolerance: 2 }));
      expect(restored.searchTitles('IST II')).toEqual(built.searchTitles('IST II'));
      // Saved again, the same bytes.
      expect(saveSpecIndex(restored)).toEqual(blob);
    }
  });

  it('refuses what it cannot read, with a clear error', async () => {
    const { specs } = await loadSpecs(await allTwelve());
    const blob = saveSpecIndex(buildSpecIndex(specs));
    expect(() => loadSpecIndex(specs, { version: 0 } as unknown as Uint8Array)).toThrow('not a saved classbot index');
    expect(() => loadSpecIndex(specs, new TextEncoder().encode('{"version":1}'))).toThrow('not a saved classbot index');
    const future = blob.slice();
    new DataView(future.buffer).setUint32(4, 99, true);
    expect(() => loadSpecIndex(specs, future)).toThrow(/format version 99/);
    expect(() => loadSpecIndex(specs, blob.slice(0, blob.byteLength - 64))).toThrow('not a saved classbot index');
    // Another corpus's index.
    expect(() => loadSpecIndex(specs.slice(1), blob)).toThrow('does not match the specs');
    expect(() => loadSpecIndex([...specs].reverse(), blob)).toThrow('does not match the specs');
  });
});
