/**
 * The reference implementation of the corpus indexes on Orama 3.1 (what src/index/spec-index.ts did before the
 * compact index replaced it). Kept only so test/index/compact-vs-orama.test.ts can check that the compact index
 * answers exactly as Orama did: same hits, same order, same scores. Not used by the application.
 */
import { count, create, insertMultiple, search, type AnyOrama, type Results } from '@orama/orama';
import type { ClassSpec } from '../model/spec.js';
import { jurisdictionPrefix } from '../ingest/ids.js';
import { makeSnippet, tokenMatches } from './snippet.js';
import { collapseSynonyms, createSpecTokenizer, prepareQuery, tokenize, wordTokens } from './tokenizer.js';
import { boundTolerance, RESTRICT_CACHE, RESTRICT_MAX_SPECS, RESTRICT_MIN_CORPUS, SECTION_BOOST, TITLE_BOOST, TITLE_WEIGHT } from './ranking.js';
import type { SpecIndex } from './spec-index.js';
import './orama-radix.js'; // linear word lookup in Orama's radix tree (measured: O(df²) per word otherwise)

// Only what is searched or filtered is in the schema (jurisdiction rides along in the stored document, unindexed).
// Titles are not repeated in every section: the small title index scores them once per spec (see search()).
const SECTION_SCHEMA = { specId: 'enum', section: 'string', text: 'string' } as const;
const TITLE_SCHEMA = { specId: 'enum', title: 'string', aliases: 'string', codes: 'string' } as const;

const TITLE_PARAMS = { properties: ['title', 'aliases', 'codes'], boost: TITLE_BOOST };

interface TitleDoc {
  id: string;
  specId: string;
  title: string;
  aliases: string;
  codes: string;
}

interface SectionDoc {
  id: string;
  specId: string;
  title: string;
  jurisdiction: string | null;
  section: string;
  text: string;
}

interface Dbs {
  sections: AnyOrama;
  titles: AnyOrama;
}

/** The two empty databases, always with the same schema and tokenizer (also before loading a snapshot). */
function createDbs(): Dbs {
  return {
    sections: create({ schema: SECTION_SCHEMA, components: { tokenizer: createSpecTokenizer() }, sort: { enabled: false } }),
    titles: create({ schema: TITLE_SCHEMA, components: { tokenizer: createSpecTokenizer() }, sort: { enabled: false } }),
  };
}

/** Build both indexes from parsed specs. */
export function buildOramaSpecIndex(specs: readonly ClassSpec[]): SpecIndex {
  const dbs = createDbs();
  const { sections, titles } = dbs;
  const sectionDocs: SectionDoc[] = specs.flatMap((spec) =>
    spec.sections.map((section, n) => ({
      id: `${spec.id}#${n}`,
      specId: spec.id,
      title: spec.title,
      jurisdiction: spec.jurisdiction.name,
      section: section.heading,
      text: section.text,
    })),
  );
  sync(insertMultiple(sections, sectionDocs as never[], 1000));
  sync(
    insertMultiple(
      titles,
      specs.map((spec) => ({
        id: spec.id,
        specId: spec.id,
        title: `${spec.title} ${spec.series?.name ?? ''}`.trim(),
        aliases: [spec.jurisdiction.name ?? '', jurisdictionPrefix(spec).toUpperCase(), spec.id].join(' '),
        codes: spec.codes.map((code) => code.value).join(' '),
      })) as never[],
      1000,
    ),
  );
  return wrap(dbs, specs);
}

function wrap(dbs: Dbs, specs: readonly ClassSpec[]): SpecIndex {
  const { sections, titles } = dbs;
  const byId = new Map(specs.map((spec) => [spec.id, spec]));
  // Small indexes of a few specs each, most recently used last.
  const smallIndexes = new Map<string, SpecIndex>();
  const restricted = (specIds: readonly string[]): SpecIndex | undefined => {
    if (specs.length < RESTRICT_MIN_CORPUS || specIds.length > RESTRICT_MAX_SPECS) return undefined;
    const key = [...new Set(specIds)].sort().join('\n');
    let small = smallIndexes.get(key);
    if (small) smallIndexes.delete(key);
    else small = buildOramaSpecIndex(key.split('\n').flatMap((id) => byId.get(id) ?? []));
    smallIndexes.set(key, small);
    if (smallIndexes.size > RESTRICT_CACHE) smallIndexes.delete(smallIndexes.keys().next().value!);
    return small;
  };

  /**
   * Exact terms first (synonyms and prefixes included), then, when typos are tolerated, the long words
   * alone with the tolerance: short words with an edit distance match half the dictionary ("bs" → "by").
   * Scores add up, the exact pass counting double. Two bounded searches per query.
   */
  function rankedSearch<T extends { id: string }>(
    db: AnyOrama,
    terms: string,
    params: Record<string, unknown>,
    tolerance: number,
    limit: number,
  ): Array<{ document: T; score: number }> {
    const scored = new Map<string, { document: T; score: number }>();
    const run = (term: string, tol: number, weight: number) => {
      const results = sync(search(db, { ...params, term, tolerance: tol, limit: limit * 2 } as never)) as Results<T>;
      for (const hit of results.hits) {
        const entry = scored.get(hit.id) ?? { document: hit.document, score: 0 };
        entry.score += hit.score * weight;
        scored.set(hit.id, entry);
      }
    };
    const { term, freeWords } = collapseSynonyms(terms);
    run(term, 0, 2);
    // Only words the index does not hold can be typos: a second, tolerant pass over every posting of a known
    // word cost as much as the search itself (measured at 10,000 specs) and found nothing the exact pass missed.
    const longWords = (freeWords.match(/[A-Za-z]{5,}/g) ?? []).filter((word) => !indexHolds(db, params.properties as string[], word));
    if (tolerance > 0 && longWords.length > 0) run(longWords.join(' '), tolerance, 1);
    return [...scored.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  const index: SpecIndex = {
    sectionCount: count(sections) as number,
    search(terms, opts = {}) {
      const prepared = prepareQuery(terms);
      // Words to mark in snippets: a synonym phrase as a whole ("job control language"), not its parts.
      const queryTokens = tokenize(collapseSynonyms(prepared).term);
      if (queryTokens.length === 0) return [];
      if (opts.specIds && opts.specIds.length === 0) return [];
      // A few named specs in a large corpus: search an index of just their sections (Orama scores every posting
      // of a word before applying `where`: ~20 ms for "period" at 10,000 specs, for one spec's answer).
      const few = opts.specIds ? restricted(opts.specIds) : undefined;
      if (few) return few.search(terms, { ...opts, specIds: undefined });
      const tolerance = boundTolerance(opts.tolerance, prepared);
      const where = opts.specIds ? { specId: { in: [...opts.specIds] } } : undefined;
      const params = { properties: ['section', 'text'], boost: SECTION_BOOST, ...(where ? { where } : {}) };
      const limit = opts.limit ?? 10;
      const titleScores = new Map(
        rankedSearch<TitleDoc>(titles, prepared, TITLE_PARAMS, tolerance, 50).map((hit) => [hit.document.specId, hit.score]),
      );
      return rankedSearch<SectionDoc>(sections, prepared, params, tolerance, Math.max(30, limit * 3))
        .map((hit) => ({ hit, score: hit.score + TITLE_WEIGHT * (titleScores.get(hit.document.specId) ?? 0) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map(({ hit, score }) => ({
          specId: hit.document.specId,
          title: hit.document.title,
          jurisdiction: hit.document.jurisdiction,
          section: hit.document.section,
          score,
          snippet: makeSnippet(hit.document.text, queryTokens, tolerance),
        }));
    },
    searchTitles(terms, opts = {}) {
      const prepared = prepareQuery(terms);
      if (tokenize(prepared).length === 0) return [];
      const hits = rankedSearch<TitleDoc>(titles, prepared, TITLE_PARAMS, boundTolerance(opts.tolerance, prepared), opts.limit ?? 10);
      const wanted = tokenize(collapseSynonyms(prepared).term);
      return hits.flatMap((hit) => {
        const spec = byId.get(hit.document.specId);
        if (!spec) return [];
        const have = tokenize(`${hit.document.title} ${hit.document.aliases} ${hit.document.codes}`);
        const allTerms = wanted.every((token) => have.some((doc) => tokenMatches(doc, token, 0)));
        return [{ specId: spec.id, title: spec.title, jurisdiction: spec.jurisdiction.name, score: hit.score, allTerms }];
      });
    },
  };
  return index;
}

/** True when every token of `word` starts a word of one of the properties' trees (what the exact pass matches). */
function indexHolds(db: AnyOrama, properties: string[], word: string): boolean {
  const trees = (db.data.index as unknown as { indexes: Record<string, { node?: { contains(term: string): boolean } }> }).indexes;
  const tokens = wordTokens(word);
  return tokens.length > 0 && tokens.every((token) => properties.some((p) => trees[p]?.node?.contains(token)));
}


/** Orama calls return a value or a Promise; with only synchronous components they return the value. */
function sync<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error('Orama returned a Promise: an asynchronous component was configured');
  return value;
}

