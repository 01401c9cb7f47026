/**
 * The term dictionary of one property: its distinct words sorted (UTF-16 code-unit order, JavaScript's `<`) and
 * concatenated into one string, with the offset of each word. Prefix matches are a contiguous range found by binary
 * search, and the radix tree Orama would have built over the same words can be walked without building it
 * (see radix.ts): one string and one Uint32Array instead of a node object per word.
 */

export interface TermDictionary {
  /** Every term, sorted, concatenated (no separator). */
  chars: string;
  /** Term i is `chars.slice(offsets[i], offsets[i + 1])`; length = terms + 1. */
  offsets: Uint32Array;
}

export function createDictionary(sortedTerms: readonly string[]): TermDictionary {
  const offsets = new Uint32Array(sortedTerms.length + 1);
  let at = 0;
  sortedTerms.forEach((term, i) => {
    offsets[i] = at;
    at += term.length;
  });
  offsets[sortedTerms.length] = at;
  return { chars: sortedTerms.join(''), offsets };
}

export const termCount = (dict: TermDictionary): number => dict.offsets.length - 1;
export const termLength = (dict: TermDictionary, i: number): number => dict.offsets[i + 1]! - dict.offsets[i]!;
export const termAt = (dict: TermDictionary, i: number): string => dict.chars.slice(dict.offsets[i]!, dict.offsets[i + 1]!);
/** UTF-16 code unit `k` of term `i` (k < its length). */
export const charAt = (dict: TermDictionary, i: number, k: number): number => dict.chars.charCodeAt(dict.offsets[i]! + k);

/** Compare term `i`, cut to `prefix.length` units, with `prefix`: < 0, 0 (term starts with prefix), > 0. */
function comparePrefix(dict: TermDictionary, i: number, prefix: string): number {
  const start = dict.offsets[i]!;
  const length = dict.offsets[i + 1]! - start;
  const n = Math.min(length, prefix.length);
  for (let k = 0; k < n; k++) {
    const diff = dict.chars.charCodeAt(start + k) - prefix.charCodeAt(k);
    if (diff !== 0) return diff;
  }
  return length >= prefix.length ? 0 : -1;
}

/** The terms starting with `prefix`: [lo, hi) (empty when lo === hi). */
export function prefixRange(dict: TermDictionary, prefix: string): [number, number] {
  let lo = 0;
  let hi = termCount(dict);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (comparePrefix(dict, mid, prefix) < 0) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  hi = termCount(dict);
  while (end < hi) {
    const mid = (end + hi) >>> 1;
    if (comparePrefix(dict, mid, prefix) <= 0) end = mid + 1;
    else hi = mid;
  }
  return [lo, end];
}

/** Index of `term`, or -1. */
export function findTerm(dict: TermDictionary, term: string): number {
  const [lo, hi] = prefixRange(dict, term);
  return lo < hi && termLength(dict, lo) === term.length ? lo : -1;
}
