/** The index round-trips through a snapshot (JSON) and answers exactly as the freshly built one. */
import { describe, expect, it } from 'vitest';
import { loadSpecs } from '../../src/ingest/load.js';
import { buildSpecIndex, loadSpecIndex, saveSpecIndex } from '../../src/index/spec-index.js';
import { allTwelve } from '../ingest/helpers.js';

describe('index persistence', () => {
  it('save → JSON → load keeps the tokenizer, synonyms, typo tolerance, filters and titles', async () => {
    const { specs } = await loadSpecs(await allTwelve());
    const built = buildSpecIndex(specs);
    const restored = loadSpecIndex(specs, JSON.parse(JSON.stringify(saveSpecIndex(built))));
    expect(restored.sectionCount).toBe(built.sectionCount);
    const queries = ['IT help desk', 'JCL', 'pasword resets', 'semester units', 'AAS degree', 'driver license'];
    for (const query of queries) {
      const hits = restored.search(query);
      expect(hits.length, query).toBeGreaterThan(0);
      expect(hits).toEqual(built.search(query));
    }
    const only = { specIds: ['los-angeles-systems-aide'] };
    expect(restored.search('experience', only)).toEqual(built.search('experience', only));
    expect(restored.searchTitles('IST II')).toEqual(built.searchTitles('IST II'));
    expect(() => loadSpecIndex(specs, { version: 0 })).toThrow('not a saved classbot index');
  });
});
