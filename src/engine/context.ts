/**
 * What the engine precomputes once per corpus (issue 7: per-request work follows the answer, not the corpus):
 * the title index, normalised pay, parsed minimum-qualification rules, duty vectors.
 */
import type { Corpus } from '../corpus.js';
import type { Answer } from '../model/answer.js';
import type { ClassSpec } from '../model/spec.js';
import { areasOf } from './areas.js';
import { parseMq, type MqRules } from './mq.js';
import { normaliseSpecPay, type NormalisedPay } from './pay.js';
import { TitleIndex } from './resolve.js';
import { splitDuties, terms } from './text.js';
import { restoreContext } from './precompute.js';
import { Dictionary, Idf, sparseTop, type SparseVector, type Vector } from './vectors.js';

/** A full-text hit, whichever index produced it. */
export interface TextHit {
  specId: string;
  section: string;
  text: string;
  score: number;
}

/** What the engine needs of a Corpus (src/corpus.ts): its specs, and its synchronous section search when present. */
export type EngineCorpus = Pick<Corpus, 'specs'> & Partial<Pick<Corpus, 'problems' | 'search' | 'ids' | 'precomputed'>>;

export interface EngineOptions {
  /** Today's date (dates in profiles such as "Jan 2021 – present", old-spec flags). Injectable for tests. */
  now?: () => Date;
  /**
   * precomputeEngine(specs) output (precompute.ts) for these same specs: the context is restored from it instead of
   * recomputed. A blob of another version or other specs is ignored (the context is then recomputed).
   */
  precomputed?: Uint8Array;
  /** Full-text search to use for topic questions (defaults to a scan of the specs' sections). */
  searchText?: (terms: string, opts?: { specIds?: string[]; limit?: number }) => TextHit[];
}

export interface SpecFeatures {
  spec: ClassSpec;
  pay: NormalisedPay[];
  mq: MqRules;
  /** Duty sentences (Kentucky/Provo prose split). */
  duties: string[];
  /** Their TF-IDF vectors, computed on first use (only comparisons need them). */
  readonly dutyVectors: SparseVector[];
  /** Whole-spec TF-IDF vector over duties + summary (similar titles). */
  profileVector: SparseVector;
  /** Kind of work the duties describe: how many duty sentences fall in each area (production, support…), unit length. */
  dutyAreas: Vector;
  /** Numeric level 1.. from the title (II → 2) when present. */
  level?: number;
}

export interface EngineContext {
  specs: ClassSpec[];
  byId: Map<string, SpecFeatures>;
  titles: TitleIndex;
  idf: Idf;
  /** Rarity of duty terms among duty sentences (duty alignment). */
  sentenceIdf: Idf;
  dict: Dictionary;
  now: () => Date;
  searchText: (terms: string, opts?: { specIds?: string[]; limit?: number }) => TextHit[];
  /** Term id → specs whose profile vector weighs it among its top terms (candidate generation for similar). */
  termPostings: Map<number, string[]>;
  problems: { file: string; message: string }[];
  /** Answers to cross-spec list questions, by normalised question (the corpus is read-only, so they stay true). */
  listCache: Map<string, Answer>;
}

export const ROMAN_LEVEL: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 };

/** Words every duty list uses ("performs other related duties as needed"): they say nothing about the work. */
const DUTY_STOP = new Set(
  'other relat need perform assign various work duty staff assist appropriat necessary includ such ensur provid variety etc'.split(' '),
);
/** Verbs of this field that name the same work (stems → one term), so "troubleshoots" meets "diagnoses, repairs". */
const DUTY_SYNONYMS: Record<string, string> = Object.fromEntries(
  [
    ['troubleshoot', 'diagnos', 'repair', 'resolv', 'fix', 'resolution'],
    ['instruct', 'train', 'teach', 'guid', 'educat'],
    ['install', 'deploy', 'configur', 'setup'],
    ['backup', 'recovery', 'recover', 'restor'],
    ['log', 'document', 'record', 'documentation'],
    ['monitor', 'track'],
    ['schedul', 'jobstream', 'stream', 'batch'],
    ['user', 'end-user', 'customer'],
    ['supervis', 'direct', 'oversee'],
  ].flatMap(([head, ...rest]) => rest.map((r) => [r, head!])),
);
export const dutyTerms = (text: string): string[] => {
  const out: string[] = [];
  for (const t of terms(text)) if (!DUTY_STOP.has(t)) out.push(DUTY_SYNONYMS[t] ?? t);
  return out;
};

export function dutyTexts(spec: ClassSpec): string[] {
  const out: string[] = [];
  for (const d of spec.duties) {
    const parts = d.value.length > 220 ? splitDuties(d.value) : [d.value.trim()];
    for (const p of parts) if (p) out.push(p);
  }
  return out;
}

/** Unit vector of duty-sentence counts per work area: "what kind of work" independent of wording. */
export function areaVector(sentences: string[]): Vector {
  const v: Vector = new Map();
  for (const s of sentences) for (const a of areasOf(s)) v.set(a, (v.get(a) ?? 0) + 1);
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

export function computeContext(corpus: EngineCorpus, opts: EngineOptions = {}): EngineContext {
  const specs = corpus.specs;
  const idf = new Idf();
  // Duty alignment weighs words by how many duty *sentences* use them: with few specs, spec-level rarity
  // would punish exactly the words two duties share ("hardware", "software", "problems").
  const sentenceIdf = new Idf();
  const dutyLists = specs.map(dutyTexts);
  const profileTokens = specs.map((s, i) => {
    // Duties and summary only: two classes with the same title words can do different work (Provo IST II vs the task list).
    const t: string[] = [];
    for (const d of dutyLists[i]!) {
      const dt = dutyTerms(d);
      sentenceIdf.addDocument(dt);
      for (const x of dt) t.push(x);
    }
    for (const x of dutyTerms(s.summary?.value ?? '')) t.push(x);
    idf.addDocument(t);
    return t;
  });
  const byId = new Map<string, SpecFeatures>();
  // Specs of one series or template share MQ wording: parse each distinct wording once.
  const mqCache = new Map<string, MqRules>();
  const termPostings = new Map<number, string[]>();
  const dict = new Dictionary();
  specs.forEach((spec, i) => {
    const duties = dutyLists[i]!;
    const profileVector = dict.toSparse(idf.vector(profileTokens[i]!));
    profileTokens[i] = [];
    const mqKey = spec.minimumQualifications ? JSON.stringify(spec.minimumQualifications) : '';
    let mq = mqCache.get(mqKey);
    if (!mq) {
      mq = parseMq(spec);
      mqCache.set(mqKey, mq);
    }
    const levelWord = spec.title.match(/\b(I{1,3}|IV|VI?)\b(?!\.)/)?.[1]?.toLowerCase();
    let dutyVectors: SparseVector[] | undefined;
    const f: SpecFeatures = {
      spec,
      pay: normaliseSpecPay(spec),
      mq,
      duties,
      get dutyVectors() {
        dutyVectors ??= duties.map((d) => dict.toSparse(sentenceIdf.vector(dutyTerms(d))));
        return dutyVectors;
      },
      profileVector,
      dutyAreas: areaVector(duties.length ? duties : [spec.summary?.value ?? '']),
    };
    const level = levelWord ? ROMAN_LEVEL[levelWord] : undefined;
    if (level) f.level = level;
    byId.set(spec.id, f);
    for (const t of sparseTop(profileVector, 25)) {
      const list = termPostings.get(t) ?? [];
      list.push(spec.id);
      termPostings.set(t, list);
    }
  });
  return finishContext(corpus, opts, { byId, titles: new TitleIndex(specs), idf, sentenceIdf, dict, termPostings });
}

/** What the corpus derives from the specs (computed here, or restored by precompute.ts). */
export type DerivedContext = Pick<EngineContext, 'byId' | 'titles' | 'idf' | 'sentenceIdf' | 'dict' | 'termPostings'>;

/** A context from its derived parts: the same clock, search, problems and fresh list cache either way. */
export function finishContext(corpus: EngineCorpus, opts: EngineOptions, derived: DerivedContext): EngineContext {
  return {
    specs: corpus.specs,
    ...derived,
    now: opts.now ?? (() => new Date()),
    searchText: searchFor(corpus, opts, derived.byId),
    problems: corpus.problems ?? [],
    listCache: new Map(),
  };
}

function searchFor(corpus: EngineCorpus, opts: EngineOptions, byId: Map<string, SpecFeatures>) {
  return opts.searchText ?? (corpus.search ? indexSearch(corpus.search.bind(corpus), byId) : scanSearch(corpus.specs));
}

/** Topic search through the corpus's Orama index; hits carry their whole section so evidence can be quoted exactly. */
function indexSearch(search: Corpus['search'], byId: Map<string, SpecFeatures>) {
  return (query: string, opts: { specIds?: string[]; limit?: number } = {}): TextHit[] =>
    search(query, { limit: opts.limit ?? 10, ...(opts.specIds ? { specIds: opts.specIds } : {}) }).map((h) => {
      const section = byId.get(h.specId)?.spec.sections.find((s) => s.heading === h.section);
      return { specId: h.specId, section: h.section, text: section?.text ?? h.snippet.text, score: h.score };
    });
}

/**
 * Fallback full-text search: a stemmed scan of the specs' sections. Used when the corpus offers no
 * synchronous search; fine for hundreds of specs, the corpus's index is used beyond that.
 */
export function scanSearch(specs: ClassSpec[]) {
  return (query: string, opts: { specIds?: string[]; limit?: number } = {}): TextHit[] => {
    const q = [...new Set(terms(query))];
    if (q.length === 0) return [];
    const only = opts.specIds ? new Set(opts.specIds) : undefined;
    const hits: TextHit[] = [];
    for (const spec of specs) {
      if (only && !only.has(spec.id)) continue;
      for (const section of spec.sections) {
        const st = new Set(terms(`${section.heading} ${section.text}`));
        let n = 0;
        for (const t of q) if (st.has(t)) n++;
        if (n === q.length || (q.length >= 3 && n >= q.length - 1)) hits.push({ specId: spec.id, section: section.heading, text: section.text, score: n / q.length });
      }
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, opts.limit ?? 50);
  };
}

/** The context of a corpus: restored from opts.precomputed when it is valid for these specs, else computed. */
export function buildContext(corpus: EngineCorpus, opts: EngineOptions = {}): EngineContext {
  // A snapshot's corpus carries its precomputation: restoring it replaces the walk over every spec.
  const blob = opts.precomputed ?? corpus.precomputed;
  if (blob) {
    const restored = restoreContext(corpus, opts, blob);
    if (restored) return restored;
  }
  return computeContext(corpus, opts);
}
