/**
 * The corpus indexes: section passages for topic search, and a small separate title index for resolving which spec
 * a question means. Both are compact inverted indexes over typed arrays (./compact/) that answer exactly as the
 * Orama 3.1 databases they replace (same tokens, BM25 scores, prefix and typo matching, ties; checked by
 * test/index/compact-vs-orama.test.ts against ./orama-reference.ts).
 *
 * The index holds no text: section text, headings and titles come from the specs, only for the hits returned.
 * Sections of one spec are consecutive documents, so restricting a search to specs is a range check.
 */
import type { ClassSpec } from '../model/spec.js';
import { jurisdictionPrefix } from '../ingest/ids.js';
import { buildDb } from './compact/build.js';
import { radixContains } from './compact/radix.js';
import { dbFromBlob, dbParts, decodeBlob, encodeBlob, type DbMeta } from './compact/persist.js';
import { searchDb, type DbHit } from './compact/search.js';
import type { CompactDb } from './compact/types.js';
import { makeSnippet, tokenMatches } from './snippet.js';
import { collapseSynonyms, prepareQuery, tokenize, wordTokens } from './tokenizer.js';
import { boundTolerance, RESTRICT_CACHE, RESTRICT_MAX_SPECS, RESTRICT_MIN_CORPUS, SECTION_BOOST, TITLE_BOOST, TITLE_WEIGHT } from './ranking.js';
import type { SearchHit, SectionSearchOptions, TitleHit, TitleSearchOptions } from './types.js';

/** Searchable properties in schema order (the order Orama adds their scores in). */
const SECTION_PROPERTIES = ['section', 'text'] as const;
const TITLE_PROPERTIES = ['title', 'aliases', 'codes'] as const;

export interface SpecIndex {
  search(terms: string, opts?: SectionSearchOptions): SearchHit[];
  searchTitles(terms: string, opts?: TitleSearchOptions): TitleHit[];
  /** Number of section documents indexed. */
  sectionCount: number;
}

/** Everything an index is made of; specs are document numbers' owners, in order. */
interface Dbs {
  sections: CompactDb;
  titles: CompactDb;
  /** Section documents of spec i: [specDocStart[i], specDocStart[i + 1]). */
  specDocStart: Uint32Array;
  specIds: readonly string[];
}

const databases = new WeakMap<SpecIndex, Dbs>();

/** A spec's title document (what the title index searches; allTerms rechecks the same text). */
function titleDoc(spec: ClassSpec): { title: string; aliases: string; codes: string } {
  return {
    title: `${spec.title} ${spec.series?.name ?? ''}`.trim(),
    aliases: [spec.jurisdiction.name ?? '', jurisdictionPrefix(spec).toUpperCase(), spec.id].join(' '),
    codes: spec.codes.map((code) => code.value).join(' '),
  };
}

/** Build both indexes from parsed specs. */
export function buildSpecIndex(specs: readonly ClassSpec[]): SpecIndex {
  const specDocStart = new Uint32Array(specs.length + 1);
  const headings: string[] = [];
  const texts: string[] = [];
  const seen = new Set<string>();
  specs.forEach((spec, i) => {
    // Orama refused a second document with the same id; so do we (hits name specs by id).
    if (seen.has(spec.id)) throw new Error(`duplicate spec id ${spec.id}: cannot index it twice`);
    seen.add(spec.id);
    specDocStart[i] = headings.length;
    for (const section of spec.sections) {
      headings.push(section.heading);
      texts.push(section.text);
    }
  });
  specDocStart[specs.length] = headings.length;
  const sections = buildDb([['section', headings], ['text', texts]], headings.length);
  const titleDocs = specs.map(titleDoc);
  const titles = buildDb(
    TITLE_PROPERTIES.map((property) => [property, titleDocs.map((doc) => doc[property])] as const),
    specs.length,
  );
  return wrap({ sections, titles, specDocStart, specIds: specs.map((spec) => spec.id) }, specs);
}

interface BlobMeta {
  specCount: number;
  sections: DbMeta;
  titles: DbMeta;
}

/** The index as one binary blob (typed arrays and UTF-8 dictionaries), for a snapshot. */
export function saveSpecIndex(index: SpecIndex): Uint8Array {
  const dbs = databases.get(index);
  if (!dbs) throw new Error('not an index built by buildSpecIndex');
  if (dbs.specIds.some((id) => id.includes('\n'))) throw new Error('a spec id contains a line break: cannot save the index');
  const sections = dbParts('sections', dbs.sections);
  const titles = dbParts('titles', dbs.titles);
  const meta: BlobMeta = { specCount: dbs.specIds.length, sections: sections.meta, titles: titles.meta };
  return encodeBlob(meta, [['specIds', dbs.specIds.join('\n')], ['specDocStart', dbs.specDocStart], ...sections.parts, ...titles.parts]);
}

/**
 * Restore an index saved by saveSpecIndex, for the same specs in the same order (the snapshot keeps both).
 * Views over the blob: nothing is rebuilt, and no spec is read beyond three spot checks (the specs may be a lazily
 * parsed store: hits read their spec when returned). Throws on a blob it cannot read or that belongs to other specs.
 */
export function loadSpecIndex(specs: readonly ClassSpec[], blob: Uint8Array): SpecIndex {
  const decoded = decodeBlob<BlobMeta>(blob);
  const { meta } = decoded;
  const specIds = meta.specCount === 0 ? [] : decoded.text('specIds').split('\n');
  const specDocStart = decoded.u32('specDocStart');
  const sections = dbFromBlob('sections', meta.sections, decoded);
  const titles = dbFromBlob('titles', meta.titles, decoded);
  const mismatch = (why: string) => new Error(`saved index does not match the specs (${why}): rebuild it`);
  if (specIds.length !== meta.specCount || specDocStart.length !== meta.specCount + 1 || titles.docsCount !== meta.specCount) {
    throw new Error('not a saved classbot index (spec table is inconsistent)');
  }
  if (specs.length !== meta.specCount) throw mismatch(`${meta.specCount} specs saved, ${specs.length} given`);
  for (const i of new Set([0, specs.length >> 1, specs.length - 1])) {
    const spec = specs[i];
    if (!spec) continue;
    if (spec.id !== specIds[i]) throw mismatch(`spec ${i} is ${spec.id}, saved ${specIds[i]}`);
    if (spec.sections.length !== specDocStart[i + 1]! - specDocStart[i]!) throw mismatch(`sections of ${spec.id} differ`);
  }
  return wrap({ sections, titles, specDocStart, specIds }, specs);
}

interface SearchParams {
  properties: readonly string[];
  boost: Readonly<Record<string, number>>;
  within?: Uint32Array;
}

function wrap(dbs: Dbs, specs: readonly ClassSpec[]): SpecIndex {
  const { sections, titles, specDocStart } = dbs;
  // Ids from the index itself: the specs may be a lazily parsed store (read only for hits).
  const ordinal = new Map(dbs.specIds.map((id, i) => [id, i]));
  // Small indexes of a few specs each, most recently used last.
  const smallIndexes = new Map<string, SpecIndex>();
  const restricted = (specIds: readonly string[]): SpecIndex | undefined => {
    if (specs.length < RESTRICT_MIN_CORPUS || specIds.length > RESTRICT_MAX_SPECS) return undefined;
    const key = [...new Set(specIds)].sort().join('\n');
    let small = smallIndexes.get(key);
    if (small) smallIndexes.delete(key);
    else small = buildSpecIndex(key.split('\n').flatMap((id) => specs[ordinal.get(id) ?? -1] ?? []));
    smallIndexes.set(key, small);
    if (smallIndexes.size > RESTRICT_CACHE) smallIndexes.delete(smallIndexes.keys().next().value!);
    return small;
  };
  /** The section documents of the named specs, as ascending [start, end) pairs (unknown ids name nothing). */
  const documentsOf = (specIds: readonly string[]): Uint32Array => {
    const ordinals = [...new Set(specIds.flatMap((id) => ordinal.get(id) ?? []))].sort((a, b) => a - b);
    const ranges = new Uint32Array(ordinals.length * 2);
    ordinals.forEach((i, n) => {
      ranges[2 * n] = specDocStart[i]!;
      ranges[2 * n + 1] = specDocStart[i + 1]!;
    });
    return ranges;
  };
  /** Spec ordinal of a section document. */
  const specOf = (doc: number): number => {
    let lo = 0;
    let hi = specs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (specDocStart[mid + 1]! <= doc) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  /** One Orama search call: the term tokenized, then all hits scored, best `limit` returned. */
  const oramaSearch = (db: CompactDb, term: string, params: SearchParams, tolerance: number, limit: number): DbHit[] => {
    const tokens = tokenize(term);
    // Orama: "if the tokenizer returns an empty array" for an empty term, every word matches.
    if (tokens.length === 0 && !term) tokens.push('');
    return searchDb(db, { tokens, ...params, tolerance, limit });
  };

  /**
   * Exact terms first (synonyms and prefixes included), then, when typos are tolerated, the long words
   * alone with the tolerance: short words with an edit distance match half the dictionary ("bs" → "by").
   * Scores add up, the exact pass counting double. Two bounded searches per query.
   */
  function rankedSearch(db: CompactDb, terms: string, params: SearchParams, tolerance: number, limit: number): DbHit[] {
    const scored = new Map<number, DbHit>();
    const run = (term: string, tol: number, weight: number) => {
      for (const hit of oramaSearch(db, term, params, tol, limit * 2)) {
        const entry = scored.get(hit.doc) ?? { doc: hit.doc, score: 0 };
        entry.score += hit.score * weight;
        scored.set(hit.doc, entry);
      }
    };
    const { term, freeWords } = collapseSynonyms(terms);
    run(term, 0, 2);
    // Only words the index does not hold can be typos: a second, tolerant pass over every posting of a known
    // word cost as much as the search itself (measured at 10,000 specs) and found nothing the exact pass missed.
    const longWords = (freeWords.match(/[A-Za-z]{5,}/g) ?? []).filter((word) => !indexHolds(db, params.properties, word));
    if (tolerance > 0 && longWords.length > 0) run(longWords.join(' '), tolerance, 1);
    return [...scored.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  const titleParams: SearchParams = { properties: TITLE_PROPERTIES, boost: TITLE_BOOST };

  const index: SpecIndex = {
    sectionCount: sections.docsCount,
    search(terms, opts = {}) {
      const prepared = prepareQuery(terms);
      // Words to mark in snippets: a synonym phrase as a whole ("job control language"), not its parts.
      const queryTokens = tokenize(collapseSynonyms(prepared).term);
      if (queryTokens.length === 0) return [];
      if (opts.specIds && opts.specIds.length === 0) return [];
      const few = opts.specIds ? restricted(opts.specIds) : undefined;
      if (few) return few.search(terms, { ...opts, specIds: undefined });
      const tolerance = boundTolerance(opts.tolerance, prepared);
      const params: SearchParams = {
        properties: SECTION_PROPERTIES,
        boost: SECTION_BOOST,
        ...(opts.specIds ? { within: documentsOf(opts.specIds) } : {}),
      };
      const limit = opts.limit ?? 10;
      const titleScores = new Map(rankedSearch(titles, prepared, titleParams, tolerance, 50).map((hit) => [hit.doc, hit.score]));
      return rankedSearch(sections, prepared, params, tolerance, Math.max(30, limit * 3))
        .map((hit) => {
          const spec = specOf(hit.doc);
          return { hit, spec, score: hit.score + TITLE_WEIGHT * (titleScores.get(spec) ?? 0) };
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map(({ hit, spec: i, score }) => {
          const spec = specs[i]!;
          const section = spec.sections[hit.doc - specDocStart[i]!];
          if (!section || spec.id !== dbs.specIds[i]) throw new Error(`index does not match the specs at ${spec.id}: rebuild it`);
          return {
            specId: spec.id,
            title: spec.title,
            jurisdiction: spec.jurisdiction.name,
            section: section.heading,
            score,
            snippet: makeSnippet(section.text, queryTokens, tolerance),
          };
        });
    },
    searchTitles(terms, opts = {}) {
      const prepared = prepareQuery(terms);
      if (tokenize(prepared).length === 0) return [];
      const hits = rankedSearch(titles, prepared, titleParams, boundTolerance(opts.tolerance, prepared), opts.limit ?? 10);
      const wanted = tokenize(collapseSynonyms(prepared).term);
      return hits.map((hit) => {
        const spec = specs[hit.doc]!;
        const doc = titleDoc(spec);
        const have = tokenize(`${doc.title} ${doc.aliases} ${doc.codes}`);
        const allTerms = wanted.every((token) => have.some((word) => tokenMatches(word, token, 0)));
        return { specId: spec.id, title: spec.title, jurisdiction: spec.jurisdiction.name, score: hit.score, allTerms };
      });
    },
  };
  databases.set(index, dbs);
  return index;
}

/** True when every token of `word` is a node of one of the properties' radix trees (Orama's `contains`). */
function indexHolds(db: CompactDb, properties: readonly string[], word: string): boolean {
  const tokens = wordTokens(word);
  return tokens.length > 0 && tokens.every((token) => properties.some((p) => db.fields[p] && radixContains(db.fields[p].dictionary, token)));
}

