/**
 * The index at corpus sizes where its scale paths take over: a search restricted to a few specs is scored as in an
 * index of their own (same hits as the same search over just those specs), and the Orama word lookup kept for the
 * reference index (test/index/compact-vs-orama.test.ts) is the linear one.
 */
import { radix } from '@orama/orama/trees';
import { describe, expect, it } from 'vitest';
import { loadSpecs } from '../../src/ingest/load.js';
import type { ClassSpec } from '../../src/model/spec.js';
import { buildSpecIndex } from '../../src/index/spec-index.js';
import '../../src/index/orama-radix.js'; // the patched Orama word lookup the reference index (orama-reference.ts) uses
import { allTwelve } from '../ingest/helpers.js';

/** Copy i of a spec: its own id and title, same body (so every word has hundreds of postings). */
const copy = (spec: ClassSpec, i: number): ClassSpec => ({ ...spec, id: `${spec.id}-c${i}`, title: `${spec.title} ${i}` });

describe('index at scale', () => {
  it('a search restricted to a few specs of a large corpus finds their passages, and only theirs', async () => {
    const { specs: seeds } = await loadSpecs(await allTwelve());
    const specs = [...seeds, ...Array.from({ length: 600 }, (_, i) => copy(seeds[i % seeds.length]!, i))];
    const large = buildSpecIndex(specs);
    const named = [seeds[0]!.id, 'no-such-spec', specs[200]!.id];
    const small = buildSpecIndex([seeds[0]!, specs[200]!]);
    for (const query of ['experience', 'pasword resets', 'probationary period', 'IT help desk']) {
      const hits = large.search(query, { specIds: named });
      expect(hits.every((h) => named.includes(h.specId)), query).toBe(true);
      expect(hits.map((h) => [h.specId, h.section, h.snippet]), query).toEqual(small.search(query).map((h) => [h.specId, h.section, h.snippet]));
    }
    expect(large.search('experience', { specIds: ['no-such-spec'] })).toEqual([]);
    // Unrestricted, a word in every copy still ranks the seeds' passages among the rest.
    expect(large.search('probationary period').length).toBeGreaterThan(0);
  });

  it("Orama's radix word lookup returns the same words and documents as Orama's own", () => {
    const proto = radix.RadixNode.prototype as unknown as { findAllWords: (...a: unknown[]) => Record<string, number[]> };
    const tree = new radix.RadixTree();
    const words = ['period', 'periods', 'periodic', 'per', 'perform', 'probation', 'pro', 'program'];
    words.forEach((w, i) => {
      for (let d = 0; d < 50; d++) tree.insert(w, i * 100 + d);
    });
    // Orama's original algorithm, written out, against the installed (patched) one.
    const reference = (term: string, exact: boolean) => {
      const out: Record<string, number[]> = {};
      for (const w of words) if (exact ? w === term : w.startsWith(term)) out[w] = Array.from({ length: 50 }, (_, d) => words.indexOf(w) * 100 + d);
      return out;
    };
    for (const [term, exact] of [['per', false], ['period', true], ['pro', false], ['x', false]] as const) {
      const got = tree.find({ term, exact, tolerance: 0 });
      const sortKeys = (o: Record<string, number[]>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort((a, b) => a - b)]));
      expect(sortKeys(got), term).toEqual(sortKeys(reference(term, exact)));
    }
    expect((proto.findAllWords as { linear?: boolean }).linear).toBe(true);
  });
});
