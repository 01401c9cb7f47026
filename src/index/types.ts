/** Types of the search side of the corpus: what callers get back from section and title search. */

/** A snippet of plain text with the matched words located (each channel highlights its own way). */
export interface Snippet {
  text: string;
  /** [start, end) character offsets into `text` of each matched word. */
  matches: Array<[number, number]>;
}

export interface SearchHit {
  specId: string;
  title: string;
  jurisdiction: string | null;
  /** The section heading as printed. */
  section: string;
  score: number;
  snippet: Snippet;
}

export interface SectionSearchOptions {
  /** Max hits (default 10). */
  limit?: number;
  /** Only search these specs (after resolving a title, a jurisdiction…). */
  specIds?: readonly string[];
  /** Typo tolerance (edit distance); default 1 for words of 5+ letters, bounded to ≤ 2. */
  tolerance?: number;
}

export interface TitleHit {
  specId: string;
  title: string;
  jurisdiction: string | null;
  score: number;
  /** Every query term is in the title, series, jurisdiction or codes without a typo ("IST II" → both IST IIs). */
  allTerms: boolean;
}

export interface TitleSearchOptions {
  limit?: number;
  tolerance?: number;
}
