/**
 * Full-text search over a compact database with Orama 3.1's semantics (components/index.js `search` and
 * `calculateResultScores`, algorithms.js `BM25`, threshold 1): every query token matches the words it prefixes
 * (or, with a tolerance, the words Orama's typo walk finds), every posting of every matched word adds its BM25
 * score times the property's boost, and hits come best first, ties in document order. The only work is walking the
 * postings of the matched words (and, restricted, only their postings inside the allowed document ranges).
 */
import { prefixRange, termAt, termLength } from './dictionary.js';
import { fuzzyTerms } from './radix.js';
import type { CompactDb, FieldIndex } from './types.js';

/** Orama's default BM25 parameters (search-fulltext.js `defaultBM25Params`). */
const BM25 = { k: 1.2, b: 0.75, d: 0.5 };

export interface DbQuery {
  /** The query's tokens (Orama tokenizes the term; an empty term with no tokens searches for ''). */
  tokens: readonly string[];
  /** Properties to search with their boost (1 when absent); searched in the database's field order. */
  properties: readonly string[];
  boost?: Readonly<Record<string, number>>;
  /** 0: prefix matching; ≥ 1: Orama's typo-tolerant walk. */
  tolerance: number;
  limit: number;
  /** Only documents in these [start, end) ranges (flattened pairs, ascending, disjoint): Orama's `where`. */
  within?: Uint32Array;
}

export interface DbHit {
  doc: number;
  score: number;
}

/**
 * Words Orama's index turns into something other than a number of documents: `tokenOccurrences` is a plain object,
 * so "constructor" reads Object.prototype's (never a number: scored as df 0) and "__proto__" is never listed by
 * `Object.keys` of the search output (never scored).
 */
const PROTO_WORDS = new Set(Object.getOwnPropertyNames(Object.prototype).filter((name) => name === name.toLowerCase()));
const PROTO_LENGTHS = new Set([...PROTO_WORDS].map((word) => word.length));

const scratch = new WeakMap<CompactDb, Float64Array>();

export function searchDb(db: CompactDb, query: DbQuery): DbHit[] {
  let scores = scratch.get(db);
  if (!scores) scratch.set(db, (scores = new Float64Array(db.docsCount)));
  const touched: number[] = [];
  for (const [property, field] of Object.entries(db.fields)) {
    if (!query.properties.includes(property)) continue;
    const boost = query.boost?.[property] ?? 1;
    for (const token of query.tokens) {
      // Orama's radix `find` (exact: false): the words the token prefixes, or its typo walk.
      if (query.tolerance > 0) {
        for (const term of fuzzyTerms(field.dictionary, token, query.tolerance)) scoreTerm(field, term, db.docsCount, boost, query.within, scores, touched);
      } else {
        const [lo, hi] = prefixRange(field.dictionary, token);
        for (let term = lo; term < hi; term++) scoreTerm(field, term, db.docsCount, boost, query.within, scores, touched);
      }
    }
  }
  const hits = topK(touched, scores, query.limit);
  for (const doc of touched) scores[doc] = 0;
  return hits;
}

/** Add BM25 × boost of one term to each document of its postings (inside `within`, when given). */
function scoreTerm(
  field: FieldIndex,
  term: number,
  docsCount: number,
  boost: number,
  within: Uint32Array | undefined,
  scores: Float64Array,
  touched: number[],
): void {
  let df = field.postingStart[term + 1]! - field.postingStart[term]!;
  if (PROTO_LENGTHS.has(termLength(field.dictionary, term))) {
    const word = termAt(field.dictionary, term);
    if (word === '__proto__') return;
    if (PROTO_WORDS.has(word)) df = 0;
  }
  const idf = Math.log(1 + (docsCount - df + 0.5) / (df + 0.5));
  const { postingDocs, fieldLengths, avgFieldLength } = field;
  let p = field.postingStart[term]!;
  const end = field.postingStart[term + 1]!;
  for (let r = 0; p < end; r += 2) {
    // Unrestricted: one pass over all postings; restricted: from the first posting ≥ each range's start.
    let to = 0xffffffff;
    if (within) {
      if (r >= within.length) break;
      const from = within[r]!;
      to = within[r + 1]!;
      let hi = end;
      while (p < hi) {
        const mid = (p + hi) >>> 1;
        if (postingDocs[mid]! < from) p = mid + 1;
        else hi = mid;
      }
    }
    for (; p < end; p++) {
      const doc = postingDocs[p]!;
      if (doc >= to) break;
      const score = bm25(1 / fieldLengths[doc]!, idf, fieldLengths[doc]!, avgFieldLength) * boost;
      const before = scores[doc]!;
      if (before === 0) touched.push(doc); // every BM25 term is > 0, so 0 means not scored yet
      scores[doc] = before + score;
    }
  }
}

/** Orama's BM25 (algorithms.js) with its default parameters, the same arithmetic in the same order. */
function bm25(tf: number, idf: number, fieldLength: number, avgFieldLength: number): number {
  const { k, b, d } = BM25;
  return (idf * (d + tf * (k + 1))) / (tf + k * (1 - b + (b * fieldLength) / avgFieldLength));
}

/** The best `limit` documents: score descending, then document number ascending (Orama's sort). */
export function topK(docs: readonly number[], scores: Float64Array, limit: number): DbHit[] {
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  if (limit <= 0) return [];
  let best: number[];
  if (docs.length <= limit * 4) {
    best = [...docs].sort((a, b) => (better(a, b) ? -1 : 1)).slice(0, limit);
  } else {
    // Min-heap of the best so far (worst on top).
    const heap: number[] = [];
    const up = (i: number) => {
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!better(heap[parent]!, heap[i]!)) break;
        [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
        i = parent;
      }
    };
    const down = (i: number) => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let worst = i;
        if (l < heap.length && better(heap[worst]!, heap[l]!)) worst = l;
        if (r < heap.length && better(heap[worst]!, heap[r]!)) worst = r;
        if (worst === i) return;
        [heap[worst], heap[i]] = [heap[i]!, heap[worst]!];
        i = worst;
      }
    };
    for (const doc of docs) {
      if (heap.length < limit) {
        heap.push(doc);
        up(heap.length - 1);
      } else if (better(doc, heap[0]!)) {
        heap[0] = doc;
        down(0);
      }
    }
    best = heap.sort((a, b) => (better(a, b) ? -1 : 1));
  }
  return best.map((doc) => ({ doc, score: scores[doc]! }));
}
