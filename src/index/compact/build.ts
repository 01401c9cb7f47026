/**
 * Build a compact index from documents' string properties: tokens → sorted dictionary, postings as typed arrays.
 * Mirrors what Orama's insert records for a `string` property (components/index.js: field length, running average
 * field length, term frequency, token occurrences, radix word → document ids).
 */
import { tokenize } from '../tokenizer.js';
import { createDictionary } from './dictionary.js';
import type { CompactDb, FieldIndex } from './types.js';

/** Index `values[doc]` (one string per document, in document order) for one property. */
export function buildField(values: readonly string[]): FieldIndex {
  const termIds = new Map<string, number>();
  const fieldLengths = new Uint32Array(values.length);
  let avgFieldLength = 0;
  // (term, doc) pairs in document order; grown by doubling.
  let pairTerms: Uint32Array<ArrayBuffer> = new Uint32Array(1024);
  let pairDocs: Uint32Array<ArrayBuffer> = new Uint32Array(1024);
  let pairs = 0;
  for (let doc = 0; doc < values.length; doc++) {
    const tokens = tokenize(values[doc]!);
    const docsCount = doc + 1;
    // Orama: avgFieldLength = (avgFieldLength * (docsCount - 1) + tokens.length) / docsCount, at each insert.
    avgFieldLength = (avgFieldLength * (docsCount - 1) + tokens.length) / docsCount;
    fieldLengths[doc] = tokens.length;
    if (pairs + tokens.length > pairTerms.length) {
      const size = Math.max(pairTerms.length * 2, pairs + tokens.length);
      pairTerms = grow(pairTerms, size);
      pairDocs = grow(pairDocs, size);
    }
    for (const token of tokens) {
      let id = termIds.get(token);
      if (id === undefined) termIds.set(token, (id = termIds.size));
      pairTerms[pairs] = id;
      pairDocs[pairs++] = doc;
    }
    if (new Set(tokens).size !== tokens.length) throw new Error('tokenize() returned a token twice for one value: tf would not be 1 / length');
  }
  // Sort the dictionary, then a counting sort of the pairs by sorted term (stable: documents stay ascending).
  const terms = [...termIds.keys()].sort();
  const rank = new Uint32Array(terms.length);
  terms.forEach((term, i) => (rank[termIds.get(term)!] = i));
  const postingStart = new Uint32Array(terms.length + 1);
  for (let p = 0; p < pairs; p++) postingStart[rank[pairTerms[p]!]! + 1]!++;
  for (let i = 0; i < terms.length; i++) postingStart[i + 1]! += postingStart[i]!;
  const fill = postingStart.slice(0, terms.length);
  const postingDocs = new Uint32Array(pairs);
  for (let p = 0; p < pairs; p++) postingDocs[fill[rank[pairTerms[p]!]!]!++] = pairDocs[p]!;
  return { dictionary: createDictionary(terms), postingStart, postingDocs, fieldLengths, avgFieldLength };
}

/** A database from columns: each property (in schema order) with its value for every document. */
export function buildDb(columns: ReadonlyArray<readonly [property: string, values: readonly string[]]>, docsCount: number): CompactDb {
  const fields: Record<string, FieldIndex> = {};
  for (const [property, values] of columns) {
    if (values.length !== docsCount) throw new Error(`property ${property}: ${values.length} values for ${docsCount} documents`);
    fields[property] = buildField(values);
  }
  return { docsCount, fields };
}

function grow(array: Uint32Array, size: number): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(size);
  bigger.set(array);
  return bigger;
}
