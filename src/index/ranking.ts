/**
 * How search results are ranked and how much typo tolerance a query gets: one set of numbers for the compact index
 * (spec-index.ts) and for the Orama reference it is checked against (orama-reference.ts).
 */

/** Title matches outrank heading matches, which outrank body text. */
export const SECTION_BOOST = { section: 2, text: 1 };
/** Weight of a spec's title score added to each of its passages (title > heading > body). */
export const TITLE_WEIGHT = 1.5;
export const TITLE_BOOST = { title: 3, aliases: 1.5, codes: 2 };
const MAX_TOLERANCE = 2;
/**
 * Searches restricted to at most this many specs, in a corpus of at least this many, are scored as in an index of
 * just those specs (their own document counts and field lengths: what the Orama index did for speed, kept so answers
 * do not change). Such an index is small and cheap to build (tokenizing the specs' sections).
 */
export const RESTRICT_MAX_SPECS = 16;
export const RESTRICT_MIN_CORPUS = 500;
/** How many of those small indexes are kept (measured: ~160 KB of heap for one spec's; ~2 ms to build). */
export const RESTRICT_CACHE = 64;

/** Typo tolerance: as asked (capped), else 1 once the query has a word long enough for a typo to be a typo. */
export function boundTolerance(asked: number | undefined, query: string): number {
  if (asked !== undefined) return Math.max(0, Math.min(MAX_TOLERANCE, Math.floor(asked)));
  return /[A-Za-z]{5,}/.test(query) ? 1 : 0;
}
