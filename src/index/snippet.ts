/** Snippets: a window of a section's text around the query's matches, with the matched words located. */
import { synonymSpans, wordTokens } from './tokenizer.js';
import type { Snippet } from './types.js';

/** Edit distance, giving up (returning max + 1) as soon as it exceeds `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Does a document token answer a query token (exact, as a prefix the way Orama matches, or within tolerance)? */
export function tokenMatches(docToken: string, queryToken: string, tolerance: number): boolean {
  if (docToken === queryToken) return true;
  if (queryToken.length >= 3 && docToken.startsWith(queryToken)) return true;
  return tolerance > 0 && queryToken.length >= 5 && boundedDistance(docToken, queryToken, tolerance) <= tolerance;
}

/** Where the query's tokens occur in a text: [start, end) of each matched word or synonym phrase. */
export function findMatches(text: string, queryTokens: readonly string[], tolerance: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const wanted = new Set(queryTokens);
  for (const span of synonymSpans(text)) if (wanted.has(span.token)) ranges.push([span.start, span.end]);
  const plain = queryTokens.filter((token) => !token.startsWith('x'));
  if (plain.length > 0) {
    // Words repeat within a section: decide each distinct word once (stemming and edit distances dominated search).
    const verdicts = new Map<string, boolean>();
    for (const word of text.matchAll(/[A-Za-z0-9][A-Za-z0-9'’-]*/g)) {
      let hit = verdicts.get(word[0]);
      if (hit === undefined) {
        hit = wordTokens(word[0]).some((token) => plain.some((query) => tokenMatches(token, query, tolerance)));
        verdicts.set(word[0], hit);
      }
      if (hit) {
        ranges.push([word.index, word.index + word[0].length]);
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Cut a window of about `length` characters holding the most matches; offsets are rebased to the snippet. */
export function makeSnippet(text: string, queryTokens: readonly string[], tolerance: number, length = 240): Snippet {
  const flat = text.replace(/\s+/g, ' ');
  const matches = findMatches(flat, queryTokens, tolerance);
  if (flat.length <= length) return { text: flat, matches };
  let bestStart = 0;
  let bestCount = -1;
  for (const [start] of matches) {
    const count = matches.filter(([s, e]) => s >= start && e <= start + length).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = start;
    }
  }
  // Start a little before the first match, at a word boundary.
  let from = Math.max(0, bestStart - 40);
  if (from > 0) from = flat.indexOf(' ', from) + 1 || from;
  let to = Math.min(flat.length, from + length);
  if (to < flat.length) to = flat.lastIndexOf(' ', to) > from ? flat.lastIndexOf(' ', to) : to;
  const prefix = from > 0 ? '…' : '';
  const suffix = to < flat.length ? '…' : '';
  const shift = prefix.length - from;
  return {
    text: `${prefix}${flat.slice(from, to)}${suffix}`,
    matches: matches.filter(([s, e]) => s >= from && e <= to).map(([s, e]) => [s + shift, e + shift]),
  };
}
