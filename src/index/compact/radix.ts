/**
 * Orama 3.1's radix-tree word lookups, reproduced over a sorted dictionary (no tree is built).
 *
 * Orama's tree over a set of words is the compressed trie of that set, whatever the insertion order: a node's word
 * `w` is the longest common prefix of the words below it, it ends a word or has two or more children, and its
 * children are keyed by the first character of their edge. In a sorted dictionary the words below a node are a
 * contiguous range, so a node here is that range plus the length of its `w`.
 *
 * Typo tolerance is Orama's own walk (`RadixNode._findLevenshtein`), step for step: it is not a true edit-distance
 * search (it consumes one query character per edge, however long the edge), so which words it finds depends on the
 * tree's shape, and only reproducing the walk gives the same words.
 */
import { boundedLevenshtein } from '@orama/orama/internals';
import { charAt, prefixRange, termAt, termCount, termLength, type TermDictionary } from './dictionary.js';

interface RadixNode {
  /** The words below the node (its own first, when it ends one): [lo, hi). */
  lo: number;
  hi: number;
  /** Length of the node's word `w` (a prefix of every word in the range). */
  depth: number;
  /** Orama's `e`: the node ends a word (the root never does). */
  end: boolean;
}

const root = (dict: TermDictionary): RadixNode => ({ lo: 0, hi: termCount(dict), depth: 0, end: false });

/** Length of the common prefix of terms a and b, knowing they share the first `from` units. */
function commonLength(dict: TermDictionary, a: number, b: number, from: number): number {
  const n = Math.min(termLength(dict, a), termLength(dict, b));
  let k = from;
  while (k < n && charAt(dict, a, k) === charAt(dict, b, k)) k++;
  return k;
}

/** A node's children: one per distinct next character, each the compressed node of its words. */
function children(dict: TermDictionary, node: RadixNode): Array<{ key: number; node: RadixNode }> {
  const out: Array<{ key: number; node: RadixNode }> = [];
  let start = node.end ? node.lo + 1 : node.lo;
  while (start < node.hi) {
    const key = charAt(dict, start, node.depth);
    // Words in [start, hi) share `w` and are sorted, so their next characters ascend.
    let lo = start + 1;
    let hi = node.hi;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (charAt(dict, mid, node.depth) <= key) lo = mid + 1;
      else hi = mid;
    }
    const depth = lo - start === 1 ? termLength(dict, start) : commonLength(dict, start, lo - 1, node.depth + 1);
    out.push({ key, node: { lo: start, hi: lo, depth, end: termLength(dict, start) === depth } });
    start = lo;
  }
  return out;
}

/**
 * Orama's `RadixNode.contains(term)`: true when some node's word is exactly `term` — a word, or a prefix at which
 * words branch (the tree has a node there); false when `term` ends inside an edge.
 */
export function radixContains(dict: TermDictionary, term: string): boolean {
  if (term.length === 0) return true;
  const [lo, hi] = prefixRange(dict, term);
  if (lo === hi) return false;
  if (termLength(dict, lo) === term.length) return true;
  return charAt(dict, lo, term.length) !== charAt(dict, hi - 1, term.length);
}

/**
 * The words Orama's `find({ term, exact: false, tolerance })` returns for tolerance ≥ 1 (`_findLevenshtein`):
 * every word below a visited node whose word starts with `term`, and every visited word within `tolerance` by
 * Orama's bounded Levenshtein (which also accepts any word that starts with `term`). Term indexes, unordered.
 */
export function fuzzyTerms(dict: TermDictionary, term: string, tolerance: number): Set<number> {
  const found = new Set<number>();
  // Orama pushes states without remembering them; a state's outcome depends on the state alone, so repeats are
  // skipped (node = its first word and depth).
  const seen = new Set<string>();
  const childCache = new Map<string, Array<{ key: number; node: RadixNode }>>();
  /** Orama's first check on every popped state, even one out of tolerance: a node whose word starts with the term. */
  const prefixed = (node: RadixNode): boolean => {
    if (node.lo >= node.hi || node.depth < term.length || !startsWith(dict, node.lo, term)) return false;
    for (let i = node.lo; i < node.hi; i++) found.add(i); // findAllWords: the whole subtree
    return true;
  };
  const stack: Array<{ node: RadixNode; index: number; tolerance: number }> = [{ node: root(dict), index: 0, tolerance }];
  const push = (node: RadixNode, index: number, left: number) => {
    // Out of tolerance, a state does nothing but that first check: do it now instead of stacking it.
    if (left < 0) prefixed(node);
    else stack.push({ node, index, tolerance: left });
  };
  while (stack.length > 0) {
    const { node, index, tolerance: left } = stack.pop()!;
    const key = `${node.lo},${node.depth}`;
    const id = `${key},${index},${left}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (prefixed(node)) continue;
    if (node.end && boundedLevenshtein(term, termAt(dict, node.lo), tolerance).isBounded) found.add(node.lo);
    if (index >= term.length) continue;
    const current = term.charCodeAt(index);
    let kids = childCache.get(key);
    if (!kids) childCache.set(key, (kids = children(dict, node)));
    const same = kids.find((child) => child.key === current);
    if (same) push(same.node, index + 1, left);
    push(node, index + 1, left - 1); // deletion
    for (const child of kids) {
      push(child.node, index, left - 1); // insertion
      if (child.key !== current) push(child.node, index + 1, left - 1); // substitution
    }
  }
  return found;
}

/** Does term i start with `prefix`? */
function startsWith(dict: TermDictionary, i: number, prefix: string): boolean {
  if (termLength(dict, i) < prefix.length) return false;
  for (let k = 0; k < prefix.length; k++) if (charAt(dict, i, k) !== prefix.charCodeAt(k)) return false;
  return true;
}
