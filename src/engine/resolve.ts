/**
 * Spec resolution: which spec(s) a piece of user text means.
 *
 * Built once per corpus: every spec gets a few aliases (full title, title without its parenthetical,
 * "information technology" ↔ "IT", an acronym such as "IST II" / "PS II", "task list" for task lists),
 * indexed token → aliases. A lookup only touches the aliases that share a (possibly misspelt) token with
 * the text, so its cost follows the number of candidate titles, not the corpus size.
 */
import type { ClassSpec } from '../model/spec.js';
import { jurisdictionKeys, mentionedJurisdictions } from './jurisdiction.js';
import { LEVEL_TOKENS, STOP_WORDS, boundedEditDistance, titleWords, typoBudget } from './text.js';

const TITLE_STOP = new Set(['of', 'the', 'and', 'a', 'an', 'for', 'in', 'to', 'with', 'on']);
/** Posting lists longer than this are not used to generate candidates (their words still score). */
const MAX_POSTING = 5000;
/** Enough candidate titles to score for one lookup once the rarer words have been used. */
const MAX_CANDIDATE_ALIASES = 2000;
/** Score added when the text names the alias's jurisdiction (subtracted, less, when it names another). */
const JURISDICTION_BONUS = 0.35;
/** Least share of an alias's distinctive weight a text must cover (with a jurisdiction named; 0.5 without). */
const MIN_COVERAGE = 0.3;

interface Alias {
  spec: number;
  tokens: string[];
  weights: number[];
  total: number;
  /** Weight of its non-level words (the share a text must cover). */
  distinctiveTotal: number;
  /** Level token in the alias (ii, iii…), if any. */
  level?: string;
}

export interface Resolution {
  spec: ClassSpec;
  score: number;
  /** How many words of the text the best alias consumed (tie-break: the more specific title wins). */
  matched: number;
}

export interface ResolveResult {
  /** Best candidates, best first (score ≥ threshold). */
  candidates: Resolution[];
  /** True when the top candidates tie: ask which one. */
  ambiguous: boolean;
  /** Jurisdiction words the text used. */
  jurisdictions: string[];
}

/** The title index as flat data (words by id, aliases and postings as typed arrays), for precompute.ts. */
export interface TitleIndexData {
  words: string[];
  aliasSpec: Uint32Array;
  /** Alias i's tokens are aliasTokens[aliasStart[i] .. aliasStart[i+1]) (word ids), weights alongside. */
  aliasStart: Uint32Array;
  aliasTokens: Uint32Array;
  aliasWeights: Float64Array;
  /** total, distinctiveTotal per alias. */
  aliasTotals: Float64Array;
  /** Word i's aliases are postAliases[postStart[i] .. postStart[i+1]), with what each adds to its alias. */
  postStart: Uint32Array;
  postAliases: Uint32Array;
  postWeights: Float64Array;
  specJurisdictions: string[][];
  jurisdictionWords: string[];
}

export class TitleIndex {
  private readonly aliases: Alias[] = [];
  private readonly postings = new Map<string, number[]>();
  /** Word → the weight it carries in each alias of its posting list (same order). */
  private readonly postingWeights = new Map<string, Float64Array>();
  /** Per-alias accumulators for one lookup (distinctive words, level words; reset after use). */
  private gathered = new Float64Array(0);
  private levels = new Float64Array(0);
  private readonly vocabByLength = new Map<string, string[]>();
  private readonly specJurisdictions: string[][] = [];
  readonly jurisdictionWords = new Set<string>();
  private readonly byId = new Map<string, number>();
  private readonly aliasKeys = new Set<string>();

  constructor(
    private readonly specs: ClassSpec[],
    restored?: TitleIndexData,
    /** The specs' ids, so a restore reads no spec (they may be parsed on access). */
    ids?: readonly string[],
  ) {
    if (restored) {
      this.restore(restored, ids ?? specs.map((s) => s.id));
      return;
    }
    specs.forEach((spec, i) => {
      this.byId.set(spec.id, i);
      const keys = jurisdictionKeys(spec);
      this.specJurisdictions.push(keys);
      for (const k of keys) this.jurisdictionWords.add(k);
      for (const tokens of aliasesFor(spec)) this.addAlias(i, tokens);
    });
    // Weight words by rarity among aliases, so "production" counts for more than "ii".
    const n = Math.max(1, this.aliases.length);
    for (const alias of this.aliases) {
      alias.weights = alias.tokens.map((t) => {
        const df = this.postings.get(t)?.length ?? 1;
        const idf = Math.log(1 + n / df);
        return LEVEL_TOKENS.has(t) ? Math.min(idf, 0.6) : Math.max(idf, 0.3);
      });
      alias.total = alias.weights.reduce((a, b) => a + b, 0);
      alias.distinctiveTotal = alias.weights.reduce((a, w, i) => a + (LEVEL_TOKENS.has(alias.tokens[i]!) ? 0 : w), 0);
    }
    // What each posting adds to its alias's weight (a word may occur twice in one alias).
    for (const [word, list] of this.postings) {
      this.postingWeights.set(
        word,
        Float64Array.from(list, (a) => this.aliases[a]!.tokens.reduce((sum, t, i) => sum + (t === word ? this.aliases[a]!.weights[i]! : 0), 0)),
      );
    }
    this.gathered = new Float64Array(this.aliases.length);
    this.levels = new Float64Array(this.aliases.length);
    this.aliasKeys.clear();
    this.indexVocabulary();
  }

  /** Typo candidates are looked up by first letter and length (few typos touch the first letter),
   * so a misspelt word costs a handful of bounded edit distances, not a scan of every title word. */
  private indexVocabulary(): void {
    for (const word of this.postings.keys()) {
      const key = `${word[0]}${word.length}`;
      const list = this.vocabByLength.get(key) ?? [];
      list.push(word);
      this.vocabByLength.set(key, list);
    }
  }

  /** Everything the constructor derived, as flat arrays (precompute.ts stores it; restore() takes it back). */
  data(): TitleIndexData {
    const words = [...this.postings.keys()];
    const wordId = new Map(words.map((w, i) => [w, i]));
    const A = this.aliases.length;
    const aliasSpec = new Uint32Array(A);
    const aliasStart = new Uint32Array(A + 1);
    const aliasTotals = new Float64Array(A * 2);
    let nt = 0;
    for (const a of this.aliases) nt += a.tokens.length;
    const aliasTokens = new Uint32Array(nt);
    const aliasWeights = new Float64Array(nt);
    let k = 0;
    this.aliases.forEach((a, i) => {
      aliasSpec[i] = a.spec;
      aliasStart[i] = k;
      aliasTotals[2 * i] = a.total;
      aliasTotals[2 * i + 1] = a.distinctiveTotal;
      a.tokens.forEach((t, j) => {
        aliasTokens[k] = wordId.get(t)!;
        aliasWeights[k++] = a.weights[j]!;
      });
    });
    aliasStart[A] = k;
    let np = 0;
    for (const list of this.postings.values()) np += list.length;
    const postStart = new Uint32Array(words.length + 1);
    const postAliases = new Uint32Array(np);
    const postWeights = new Float64Array(np);
    k = 0;
    words.forEach((w, i) => {
      postStart[i] = k;
      const list = this.postings.get(w)!;
      postAliases.set(list, k);
      postWeights.set(this.postingWeights.get(w)!, k);
      k += list.length;
    });
    postStart[words.length] = k;
    return { words, aliasSpec, aliasStart, aliasTokens, aliasWeights, aliasTotals, postStart, postAliases, postWeights, specJurisdictions: this.specJurisdictions, jurisdictionWords: [...this.jurisdictionWords] };
  }

  private restore(d: TitleIndexData, ids: readonly string[]): void {
    if (d.specJurisdictions.length !== ids.length) throw new Error('title index data is for another corpus');
    ids.forEach((id, i) => this.byId.set(id, i));
    for (const k of d.jurisdictionWords) this.jurisdictionWords.add(k);
    this.specJurisdictions.push(...d.specJurisdictions);
    const A = d.aliasSpec.length;
    for (let i = 0; i < A; i++) {
      const from = d.aliasStart[i]!;
      const to = d.aliasStart[i + 1]!;
      const tokens: string[] = [];
      for (let j = from; j < to; j++) tokens.push(d.words[d.aliasTokens[j]!]!);
      const level = tokens.find((t) => LEVEL_TOKENS.has(t));
      this.aliases.push({ spec: d.aliasSpec[i]!, tokens, weights: Array.from(d.aliasWeights.subarray(from, to)), total: d.aliasTotals[2 * i]!, distinctiveTotal: d.aliasTotals[2 * i + 1]!, ...(level ? { level } : {}) });
    }
    d.words.forEach((w, i) => {
      const from = d.postStart[i]!;
      const to = d.postStart[i + 1]!;
      this.postings.set(w, Array.from(d.postAliases.subarray(from, to)));
      this.postingWeights.set(w, d.postWeights.slice(from, to));
    });
    this.gathered = new Float64Array(A);
    this.levels = new Float64Array(A);
    this.indexVocabulary();
  }

  private addAlias(spec: number, tokens: string[]): void {
    if (tokens.length === 0) return;
    const key = `${spec}\u0000${tokens.join(' ')}`;
    if (this.aliasKeys.has(key)) return;
    this.aliasKeys.add(key);
    const id = this.aliases.length;
    const level = tokens.find((t) => LEVEL_TOKENS.has(t));
    this.aliases.push({ spec, tokens, weights: [], total: 0, distinctiveTotal: 0, ...(level ? { level } : {}) });
    for (const t of new Set(tokens)) {
      const list = this.postings.get(t) ?? [];
      list.push(id);
      this.postings.set(t, list);
    }
  }

  /** Spec by exact id. */
  byExactId(id: string): ClassSpec | undefined {
    const i = this.byId.get(id.trim().toLowerCase());
    return i === undefined ? undefined : this.specs[i];
  }

  jurisdictionsOf(spec: ClassSpec): string[] {
    const i = this.byId.get(spec.id);
    return i === undefined ? [] : this.specJurisdictions[i]!;
  }

  /**
   * Resolve the spec(s) a text mentions. `threshold` is the minimum share of a title's weight the
   * text must cover (partial titles such as "Production Specialist" pass; a lone "systems" does not).
   */
  resolve(text: string, opts: { threshold?: number; limit?: number } = {}): ResolveResult {
    const threshold = opts.threshold ?? 0.6;
    const byId = this.byExactId(text);
    const jurisdictions = mentionedJurisdictions(text, this.jurisdictionWords);
    if (byId) return { candidates: [{ spec: byId, score: 2, matched: 99 }], ambiguous: false, jurisdictions };

    const qTokens = titleWords(text).filter((t) => !TITLE_STOP.has(t)).slice(0, 60);
    const qLevels = new Set(qTokens.filter((t) => LEVEL_TOKENS.has(t)));
    // alias word → strength of its match in the text (1 exact, 0.8 a typo)
    const matchedWords = new Map<string, number>();
    for (const q of qTokens) {
      if (this.postings.has(q)) {
        matchedWords.set(q, 1);
        continue;
      }
      const budget = typoBudget(q);
      if (budget === 0 || STOP_WORDS.has(q)) continue;
      for (let len = q.length - budget; len <= q.length + budget; len++) {
        for (const v of this.vocabByLength.get(`${q[0]}${len}`) ?? []) {
          if (matchedWords.get(v) === 1) continue;
          if (boundedEditDistance(q, v, budget) <= budget) matchedWords.set(v, Math.max(matchedWords.get(v) ?? 0, 0.8));
        }
      }
    }
    const candidateAliases = this.candidates(matchedWords, qLevels, threshold - (jurisdictions.length > 0 ? JURISDICTION_BONUS : 0));
    // Scored by spec position; only the returned candidates read their spec (the corpus may parse specs on access).
    const best = new Map<number, { score: number; matched: number }>();
    // Words of the text each spec's aliases account for, all aliases together ("IST II specialist task list":
    // the task list answers to "ist ii" and to "task list", Provo's IST II only to "ist ii").
    const covered = new Map<number, Set<string>>();
    for (const aIdx of candidateAliases) {
      const alias = this.aliases[aIdx]!;
      let got = 0;
      let count = 0;
      let distinctive = 0;
      let distinctiveTotal = 0;
      alias.tokens.forEach((t, i) => {
        const w = alias.weights[i]!;
        const m = matchedWords.get(t) ?? 0;
        got += w * m;
        if (m > 0) count++;
        if (!LEVEL_TOKENS.has(t)) {
          distinctiveTotal += w;
          distinctive += w * m;
        }
      });
      const keys = this.specJurisdictions[alias.spec]!;
      const inJurisdiction = jurisdictions.length > 0 && jurisdictions.some((j) => keys.includes(j));
      // A jurisdiction word narrows the field, so a shorter partial title is enough ("the Provo technician").
      if (distinctiveTotal > 0 && distinctive / distinctiveTotal < (inJurisdiction ? 0.3 : 0.5)) continue;
      const cov = covered.get(alias.spec) ?? new Set<string>();
      for (const t of alias.tokens) if (matchedWords.has(t)) cov.add(t);
      covered.set(alias.spec, cov);
      let score = got / alias.total;
      // "Technician III" must not resolve to "Technician II".
      if (alias.level && qLevels.size > 0 && !qLevels.has(alias.level)) score *= 0.5;
      if (jurisdictions.length > 0) score += inJurisdiction ? JURISDICTION_BONUS : -0.3;
      if (score < threshold) continue;
      const prev = best.get(alias.spec);
      if (!prev || score > prev.score || (score === prev.score && count > prev.matched)) {
        best.set(alias.spec, { score, matched: count });
      }
    }
    for (const [i, r] of best) r.matched = Math.max(r.matched, covered.get(i)?.size ?? 0);
    const ranked = [...best].sort(([, a], [, b]) => b.score - a.score || b.matched - a.matched);
    const limited: Resolution[] = ranked.slice(0, opts.limit ?? 10).map(([i, r]) => ({ spec: this.specs[i]!, score: r.score, matched: r.matched }));
    const [first, second] = limited;
    const ambiguous = !!first && !!second && Math.abs(first.score - second.score) < 0.02 && first.matched === second.matched;
    return { candidates: limited, ambiguous, jurisdictions };
  }

  /**
   * Aliases that can reach `minScore`, found term at a time: the weights of the text's words are summed per alias
   * over their posting lists into typed arrays. Aliases are reached through their distinctive words (lists of
   * ≤ MAX_POSTING aliases); level words and very common words then add their weight to the aliases reached.
   * Only aliases whose summed weight (halved for another level, as resolve() does) could pass its checks are scored in full (a superset of those that
   * pass). Cost: the postings of the text's words, not the corpus.
   */
  private candidates(matchedWords: Map<string, number>, qLevels: Set<string>, minScore: number): number[] {
    const { gathered, levels } = this;
    const touched: number[] = [];
    let later: string[] = [];
    const seed = (word: string, strength: number) => {
      const list = this.postings.get(word)!;
      const weights = this.postingWeights.get(word)!;
      for (let i = 0; i < list.length; i++) {
        const a = list[i]!;
        if (gathered[a] === 0) touched.push(a);
        gathered[a] = gathered[a]! + weights[i]! * strength;
      }
    };
    for (const [word, strength] of matchedWords) {
      if (LEVEL_TOKENS.has(word) || this.postings.get(word)!.length > MAX_POSTING) later.push(word);
      else seed(word, strength);
    }
    // Every word of the title is common (at 100,000 specs "principal", "office", "support" and "auditor" each
    // head thousands of titles): reach the aliases through those words rather than through none. Walking their
    // postings is cheap; only aliases that can pass are scored in full below.
    if (touched.length === 0) {
      for (const word of later) if (!LEVEL_TOKENS.has(word)) seed(word, matchedWords.get(word)!);
      later = later.filter((word) => LEVEL_TOKENS.has(word));
    }
    for (const word of later) {
      const list = this.postings.get(word)!;
      const weights = this.postingWeights.get(word)!;
      const into = LEVEL_TOKENS.has(word) ? levels : gathered;
      const strength = matchedWords.get(word)!;
      for (let i = 0; i < list.length; i++) {
        const a = list[i]!;
        if (gathered[a]! > 0) into[a] = into[a]! + weights[i]! * strength;
      }
    }
    const out: number[] = [];
    for (const a of touched) {
      const alias = this.aliases[a]!;
      const distinctive = gathered[a]!;
      const got = distinctive + levels[a]!;
      gathered[a] = 0;
      levels[a] = 0;
      const levelFactor = alias.level && qLevels.size > 0 && !qLevels.has(alias.level) ? 0.5 : 1;
      if ((got / alias.total) * levelFactor < minScore - 1e-9) continue;
      if (alias.distinctiveTotal > 0 && distinctive / alias.distinctiveTotal < MIN_COVERAGE - 1e-9) continue;
      out.push(a);
    }
    return out;
  }

  /**
   * Specs a short subject names by containment: every title word of the text ("the specialist", "the help desk")
   * appears in one of the spec's aliases. For questions whose subject is too short a part of any title to
   * pass resolve()'s coverage threshold; several specs → the caller asks which one. Words that are in no
   * title (question and field words) are ignored; level numbers alone name nothing.
   */
  containing(text: string, opts: { prefix?: boolean } = {}): ClassSpec[] {
    const subject: string[][] = [];
    for (const q of titleWords(text)) {
      if (TITLE_STOP.has(q) || (STOP_WORDS.has(q) && !this.postings.has(q))) continue;
      const alternatives = this.postings.has(q) ? [q] : STOP_WORDS.has(q) ? [] : [...this.typoMatches(q), ...(opts.prefix ? this.prefixMatches(q) : [])];
      if (alternatives.length) subject.push(alternatives);
    }
    if (!subject.some((alts) => alts.some((w) => !LEVEL_TOKENS.has(w)))) return [];
    // Aliases holding every subject word (any of its typo alternatives), smallest posting list first.
    // Bounded: a subject whose rarest word is in thousands of titles is too vague to name a spec.
    const size = (alts: string[]) => alts.reduce((n, w) => n + (this.postings.get(w)?.length ?? 0), 0);
    if (Math.min(...subject.map(size)) > MAX_POSTING) return [];
    const aliasesOf = (alts: string[]) => new Set(alts.flatMap((w) => this.postings.get(w) ?? []));
    const sets = subject.sort((a, b) => size(a) - size(b)).slice(0, 1).map(aliasesOf);
    const rest = subject.slice(1).map((alts) => new Set(alts));
    const specs = new Set<number>();
    // Check the other words against each candidate alias's own tokens (no large sets built).
    for (const a of sets[0]!) if (rest.every((alts) => this.aliases[a]!.tokens.some((t) => alts.has(t)))) specs.add(this.aliases[a]!.spec);
    if (specs.size > MAX_CANDIDATE_ALIASES) return [];
    let out = [...specs].map((i) => this.specs[i]!);
    const places = mentionedJurisdictions(text, this.jurisdictionWords);
    if (places.length) {
      const inPlace = out.filter((s) => this.jurisdictionsOf(s).some((k) => places.includes(k)));
      if (inPlace.length) out = inPlace;
    }
    return out;
  }

  /** Title words starting with `q` (a title being typed: "prod" → production), looked up by first letter and length. */
  private prefixMatches(q: string): string[] {
    if (q.length < 2) return [];
    const out: string[] = [];
    for (let len = q.length + 1; len <= q.length + 16 && out.length < 50; len++) {
      for (const v of this.vocabByLength.get(`${q[0]}${len}`) ?? []) if (v.startsWith(q)) out.push(v);
    }
    return out;
  }

  /**
   * Title lookup for pickers (Teams message extension): best first — titles the text resolves to,
   * then titles containing its words (the last one may be a prefix being typed). Empty text → the first specs.
   */
  searchTitles(text: string, limit = 10): ClassSpec[] {
    const n = Math.max(1, Math.min(Math.floor(limit) || 10, 100));
    const t = text.trim();
    if (!t) return this.specs.slice(0, n);
    const byId = this.byExactId(t);
    if (byId) return [byId];
    const out = new Map<string, ClassSpec>();
    for (const c of this.resolve(t, { threshold: 0.3, limit: n }).candidates) out.set(c.spec.id, c.spec);
    if (out.size < n) {
      const more = this.containing(t, { prefix: true }).sort((a, b) => a.title.length - b.title.length || a.title.localeCompare(b.title));
      for (const s of more) if (out.size < n) out.set(s.id, s);
    }
    // A place alone ("provo"): its specs.
    if (out.size === 0) for (const s of this.specsInJurisdictions(mentionedJurisdictions(t, this.jurisdictionWords)).slice(0, n)) out.set(s.id, s);
    return [...out.values()].slice(0, n);
  }

  private typoMatches(q: string): string[] {
    const budget = typoBudget(q);
    if (budget === 0) return [];
    const out: string[] = [];
    for (let len = q.length - budget; len <= q.length + budget; len++) {
      for (const v of this.vocabByLength.get(`${q[0]}${len}`) ?? []) if (boundedEditDistance(q, v, budget) <= budget) out.push(v);
    }
    return out;
  }

  /** Specs of the given jurisdiction words (for "Kentucky's equivalent of …"). */
  specsInJurisdictions(keys: string[]): ClassSpec[] {
    const out: ClassSpec[] = [];
    this.specJurisdictions.forEach((k, i) => {
      if (keys.some((j) => k.includes(j))) out.push(this.specs[i]!);
    });
    return out;
  }
}

/** The token lists a spec answers to. */
function aliasesFor(spec: ClassSpec): string[][] {
  const out: string[][] = [];
  const add = (text: string) => {
    const t = titleWords(text).filter((w) => !TITLE_STOP.has(w));
    if (t.length) out.push(t);
  };
  const title = spec.title;
  add(title);
  const noParen = title.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (noParen !== title) add(noParen);
  // Parenthetical abbreviations: "Information Technology (I.T.) Help Desk" → "I.T. Help Desk" and the long form
  const paren = /^(.*?)\b([\w ]+?)\s*\(([^)]+)\)(.*)$/.exec(title);
  if (paren && /^[A-Z.]{2,8}$/.test(paren[3]!.trim())) add(`${paren[1]} ${paren[3]} ${paren[4]}`);
  // IT ↔ Information Technology
  const t = titleWords(noParen);
  const joined = ` ${t.join(' ')} `;
  if (joined.includes(' information technology ')) add(joined.replace(' information technology ', ' it '));
  if (/ it /.test(joined)) add(joined.replace(' it ', ' information technology '));
  // Acronym ("IST II", "PS II") when the title has a level or at least three words.
  const content = t.filter((w) => !TITLE_STOP.has(w));
  const levelIdx = content.findIndex((w) => LEVEL_TOKENS.has(w));
  const head = levelIdx >= 0 ? content.slice(0, levelIdx) : content;
  if (head.length >= 2 && (levelIdx >= 0 || head.length >= 3)) {
    const acronym = head.map((w) => w[0]).join('');
    out.push(levelIdx >= 0 ? [acronym, content[levelIdx]!] : [acronym]);
    // "IST II (Specialist)" → "ist ii specialist", so the parenthetical tells it from a plain "IST II".
    const parenWords = [...title.matchAll(/\(([^)]+)\)/g)].flatMap((m) => titleWords(m[1]!)).filter((w) => !TITLE_STOP.has(w));
    if (parenWords.length && levelIdx >= 0 && !/^[A-Z.]{2,8}$/.test(paren?.[3]?.trim() ?? '')) out.push([acronym, content[levelIdx]!, ...parenWords]);
  }
  if (spec.layout === 'task-list') {
    add('task list');
    add(`${title} task list`);
  }
  return out;
}
