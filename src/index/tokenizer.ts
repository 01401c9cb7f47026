/**
 * Tokenizer for class-spec text, used by Orama at index and query time.
 *
 * Orama's English splitter breaks this field's terms ("I.T." → "i", "t"; "IT" is a stop word) and has no
 * synonyms. Here every known variant of a term adds one canonical token (I.T. / IT / information technology →
 * `xinfotech`), so any variant in a query finds any variant in a document; the ordinary words are kept too,
 * stemmed, without stop words.
 */
import { tokenizer as oramaTokenizer } from '@orama/orama/components';
import { stopwords as englishStopwords } from '@orama/stopwords/english';

interface Synonym {
  /** Canonical token (prefixed with x so it never collides with a real stem). */
  token: string;
  /** Surface forms. Case-sensitive patterns catch acronyms that are also English words ("IT", "PS"). */
  patterns: RegExp[];
}

export const SYNONYMS: Synonym[] = [
  { token: 'xinfotech', patterns: [/\bI\.\s?T\.?(?![A-Za-z])/g, /\bIT\b/g, /\binformation technology\b/gi] },
  { token: 'xinfosystech', patterns: [/\bISTs?\b/g, /\binformation systems? technicians?\b/gi] },
  { token: 'xjcl', patterns: [/\bJCL\b/gi, /\bjob control language\b/gi] },
  { token: 'xipl', patterns: [/\bIPLs?\b/gi, /\binitial program loads?\b/gi] },
  { token: 'xhelpdesk', patterns: [/\bhelp[\s-]?desks?\b/gi, /\bservice[\s-]?desks?\b/gi] },
  {
    token: 'xassociatedeg',
    patterns: [/\bassociate'?s(?: degrees?)?\b/gi, /\bassociate degrees?\b/gi, /\bA\.?A\.?S\.?(?![A-Za-z])(?: degrees?\b)?/g, /\bAAS\b(?: degrees?\b)?/gi],
  },
  {
    token: 'xbachelordeg',
    patterns: [/\bbachelor'?s?(?: degrees?)?\b/gi, /\bB\.?[SA]\.?(?![A-Za-z])(?: degrees?\b)?/g, /\bbaccalaureate(?: degrees?)?\b/gi],
  },
  { token: 'xmasterdeg', patterns: [/\bmaster'?s(?: degrees?)?\b/gi, /\bmaster degrees?\b/gi, /\bM\.?[SA]\.?(?![A-Za-z])(?: degrees?\b)?/g] },
  { token: 'xprodspec', patterns: [/\bPS\b/g, /\bproduction specialists?\b/gi] },
];

/**
 * All synonym patterns folded into two regular expressions (case-sensitive and case-insensitive), one named
 * group per pattern: two passes over a text instead of one per pattern (this runs for every indexed field).
 */
function combine(flags: 'g' | 'gi'): { re: RegExp; tokens: string[] } {
  const tokens: string[] = [];
  const parts: string[] = [];
  for (const synonym of SYNONYMS) {
    for (const pattern of synonym.patterns) {
      if (pattern.flags.includes('i') !== flags.includes('i')) continue;
      parts.push(`(?<s${tokens.length}>${pattern.source})`);
      tokens.push(synonym.token);
    }
  }
  return { re: new RegExp(parts.join('|'), flags), tokens };
}
const COMBINED = [combine('g'), combine('gi')];

/** Canonical tokens for the synonyms found in a text, with where each surface form sits. */
export function synonymSpans(text: string): Array<{ token: string; start: number; end: number }> {
  const spans: Array<{ token: string; start: number; end: number }> = [];
  for (const { re, tokens } of COMBINED) {
    re.lastIndex = 0;
    for (const match of text.matchAll(re)) {
      const group = Object.entries(match.groups ?? {}).find(([, value]) => value !== undefined)?.[0];
      if (group) spans.push({ token: tokens[Number(group.slice(1))]!, start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}

const base = oramaTokenizer.createTokenizer({ language: 'english', stemming: true, stopWords: englishStopwords });

/** Plain words: possessives dropped, hyphenated and slashed compounds split ("year-for-year", "Coordinator/Senior"). */
function words(text: string): string {
  return text.replace(/'s\b/gi, '').replace(/[-/'’]/g, ' ');
}

const CANONICAL = new Set(SYNONYMS.map((synonym) => synonym.token));
const LITERAL = /\bx[a-z]+\b/g;

export function tokenize(text: string): string[] {
  if (typeof text !== 'string') return [];
  const canonical = new Set(synonymSpans(text).map((span) => span.token));
  // A query may carry canonical tokens literally (see collapseSynonyms): keep them, unstemmed.
  const plain = text.replace(LITERAL, (word) => (CANONICAL.has(word) ? (canonical.add(word), ' ') : word));
  const tokens = base.tokenize(words(plain)).filter((token) => token.length > 1);
  return canonical.size === 0 ? tokens : [...tokens, ...[...canonical].filter((token) => !tokens.includes(token))];
}

const wordCache = new Map<string, string[]>();

/** Stemmed tokens of one word (no synonyms), cached: used to locate matches in snippets. */
export function wordTokens(word: string): string[] {
  let tokens = wordCache.get(word);
  if (!tokens) {
    tokens = base.tokenize(words(word)).filter((token) => token.length > 1);
    if (wordCache.size > 50_000) wordCache.clear();
    wordCache.set(word, tokens);
  }
  return tokens;
}

/** The tokenizer component Orama expects (same function at index and query time). */
export function createSpecTokenizer() {
  return {
    language: 'english',
    normalizationCache: new Map<string, string>(),
    tokenize: (raw: string) => tokenize(raw),
  };
}

/**
 * Query side: each synonym phrase becomes its canonical token alone, so "job control language" or "AAS degree"
 * ranks the passages that say the term (in any variant) rather than those that merely say "job" or "degree".
 * Returns the rewritten query and the words left outside any synonym (used for the typo-tolerant pass).
 */
export function collapseSynonyms(query: string): { term: string; freeWords: string } {
  const spans = synonymSpans(query).sort((a, b) => a.start - b.start || b.end - a.end);
  let term = '';
  let free = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    term += `${query.slice(at, span.start)} ${span.token} `;
    free += ` ${query.slice(at, span.start)}`;
    at = span.end;
  }
  term += query.slice(at);
  free += ` ${query.slice(at)}`;
  return { term: term.replace(/\s+/g, ' ').trim(), freeWords: free.replace(/\s+/g, ' ').trim() };
}

/**
 * Query text → text for the tokenizer. A short keyword query ("it help desk") means the acronym by "it";
 * in a sentence it stays the pronoun.
 */
export function prepareQuery(terms: string): string {
  const wordCount = terms.trim().split(/\s+/).length;
  return wordCount <= 4 ? terms.replace(/\bit\b/gi, 'IT').replace(/\bist\b/gi, 'IST').replace(/\bps\b/gi, 'PS') : terms;
}
