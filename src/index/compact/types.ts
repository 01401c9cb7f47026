/** The compact full-text index as plain typed data (what build.ts makes, search.ts reads, persist.ts stores). */
import type { TermDictionary } from './dictionary.js';

/**
 * One searchable string property. Documents are numbered 0…docsCount-1 in insertion order (Orama's internal ids
 * minus one). Our tokenizer returns each token once per value, so a term's frequency in a document is always
 * 1 / field length (Orama's tf) and a term's document count is its posting count (Orama's tokenOccurrences).
 */
export interface FieldIndex {
  dictionary: TermDictionary;
  /** Postings of term i: `postingDocs[postingStart[i] … postingStart[i + 1])`, ascending document numbers. */
  postingStart: Uint32Array;
  postingDocs: Uint32Array;
  /** Number of tokens of each document's value. */
  fieldLengths: Uint32Array;
  /** Orama's running average of the field lengths (same arithmetic, so the same double). */
  avgFieldLength: number;
}

export interface CompactDb {
  docsCount: number;
  /** In Orama's schema order: the order scores are added in. */
  fields: Record<string, FieldIndex>;
}
