/**
 * The engine's per-corpus precomputation (context.ts) as one binary blob a snapshot can carry, and its restore.
 *
 * Layout: "CBENGPC" + version byte, then a v8-serialised record of flat data: profile vectors and the similar
 * postings as CSR typed arrays, dictionary terms, sentence document frequencies, kind-of-work vectors, title
 * levels, the title index (resolve.ts `data()`), and the MQ rules once per distinct wording (each its own
 * v8 buffer, decoded on first use) with a per-spec index. Pay and duty sentences are recomputed per spec on
 * first use (cheap, pure functions of the spec). A blob of another version or other specs (count + fingerprint
 * of ids, titles and files) is refused, and the caller recomputes.
 */
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { ClassSpec } from '../model/spec.js';
import type { Area } from './areas.js';
import { computeContext, dutyTerms, dutyTexts, finishContext, type EngineContext, type EngineCorpus, type EngineOptions, type SpecFeatures } from './context.js';
import type { MqRules } from './mq.js';
import { normaliseSpecPay, type NormalisedPay } from './pay.js';
import { TitleIndex, type TitleIndexData } from './resolve.js';
import { Dictionary, Idf, type SparseVector, type Vector } from './vectors.js';

const MAGIC = 'CBENGPC';
/** Bump when the stored shape or any precomputation changes: older blobs are then recomputed, not misread. */
export const PRECOMPUTE_VERSION = 1;

interface Stored {
  version: number;
  n: number;
  fingerprint: string;
  dictTerms: string[];
  idf: { df: [string, number][]; docs: number };
  sentenceIdf: { df: [string, number][]; docs: number };
  /** Spec i's profile vector: ids/weights [profStart[i], profStart[i+1]). */
  profStart: Uint32Array;
  profIds: Uint32Array;
  profW: Float32Array;
  /** Kind-of-work vectors in insertion order (cosine sums in that order). */
  areaStart: Uint32Array;
  areaKeys: string[];
  areaW: Float64Array;
  levels: Uint8Array;
  mqIndex: Uint32Array;
  mq: Uint8Array[];
  /** Similar candidate postings: term ids, and their spec indices [postStart[k], postStart[k+1]). */
  postTerms: Uint32Array;
  postStart: Uint32Array;
  postSpecs: Uint32Array;
  titles: TitleIndexData;
}

/** Which specs a blob was made for: count, ids, titles, files (cheap enough at 100,000 specs). */
export function specsFingerprint(ids: readonly string[]): string {
  // Ids only: a restored corpus keeps its specs unparsed until used, and reading every title here would parse them
  // all at start. Ids are file- and title-derived; a snapshot's code fingerprint covers a changed parser.
  const h = createHash('sha256');
  for (let i = 0; i < ids.length; i += 4096) h.update(ids.slice(i, i + 4096).join('\u0001') + '\u0002');
  return `${ids.length}:${h.digest('hex')}`;
}

/** The specs' ids without parsing a lazily stored corpus. */
const idsOf = (corpus: EngineCorpus): readonly string[] => corpus.ids ?? corpus.specs.map((s) => s.id);

/** Everything the engine derives from these specs, as one blob (see the module comment). */
export function precomputeEngine(specs: readonly ClassSpec[]): Uint8Array {
  const ctx = computeContext({ specs: specs as ClassSpec[] });
  const n = specs.length;
  const fs = specs.map((s) => ctx.byId.get(s.id)!);
  const profStart = new Uint32Array(n + 1);
  let total = 0;
  fs.forEach((f, i) => {
    profStart[i] = total;
    total += f.profileVector.ids.length;
  });
  profStart[n] = total;
  const profIds = new Uint32Array(total);
  const profW = new Float32Array(total);
  fs.forEach((f, i) => {
    profIds.set(f.profileVector.ids, profStart[i]!);
    profW.set(f.profileVector.w, profStart[i]!);
  });
  const areaStart = new Uint32Array(n + 1);
  const areaKeys: string[] = [];
  const areaW: number[] = [];
  fs.forEach((f, i) => {
    areaStart[i] = areaKeys.length;
    for (const [k, w] of f.dutyAreas) {
      areaKeys.push(k);
      areaW.push(w);
    }
  });
  areaStart[n] = areaKeys.length;
  const mqIds = new Map<MqRules, number>();
  const mq: Uint8Array[] = [];
  const mqIndex = Uint32Array.from(fs, (f) => {
    let k = mqIds.get(f.mq);
    if (k === undefined) {
      k = mq.length;
      mqIds.set(f.mq, k);
      mq.push(serialize(f.mq));
    }
    return k;
  });
  const terms = [...ctx.termPostings.keys()];
  const postStart = new Uint32Array(terms.length + 1);
  const index = new Map(specs.map((s, i) => [s.id, i]));
  const postSpecs: number[] = [];
  terms.forEach((t, k) => {
    postStart[k] = postSpecs.length;
    for (const id of ctx.termPostings.get(t)!) postSpecs.push(index.get(id)!);
  });
  postStart[terms.length] = postSpecs.length;
  const stored: Stored = {
    version: PRECOMPUTE_VERSION,
    n,
    fingerprint: specsFingerprint(specs.map((s) => s.id)),
    dictTerms: ctx.dict.terms,
    idf: ctx.idf.data(),
    sentenceIdf: ctx.sentenceIdf.data(),
    profStart,
    profIds,
    profW,
    areaStart,
    areaKeys,
    areaW: Float64Array.from(areaW),
    levels: Uint8Array.from(fs, (f) => f.level ?? 0),
    mqIndex,
    mq,
    postTerms: Uint32Array.from(terms),
    postStart,
    postSpecs: Uint32Array.from(postSpecs),
    titles: ctx.titles.data(),
  };
  const body = serialize(stored);
  const out = new Uint8Array(MAGIC.length + 1 + body.length);
  out.set(Buffer.from(MAGIC, 'latin1'), 0);
  out[MAGIC.length] = PRECOMPUTE_VERSION;
  out.set(body, MAGIC.length + 1);
  return out;
}

/** The context from a blob, or undefined when the blob is not for these specs / this version / unreadable. */
export function restoreContext(corpus: EngineCorpus, opts: EngineOptions, blob: Uint8Array): EngineContext | undefined {
  try {
    if (blob.length < MAGIC.length + 1 || Buffer.from(blob.buffer, blob.byteOffset, MAGIC.length).toString('latin1') !== MAGIC) return undefined;
    if (blob[MAGIC.length] !== PRECOMPUTE_VERSION) return undefined;
    const ids = idsOf(corpus);
    const d = deserialize(Buffer.from(blob.buffer, blob.byteOffset + MAGIC.length + 1, blob.length - MAGIC.length - 1)) as Stored;
    if (d.version !== PRECOMPUTE_VERSION || d.n !== ids.length || d.fingerprint !== specsFingerprint(ids)) return undefined;
    return assemble(corpus, opts, d);
  } catch {
    return undefined;
  }
}

function assemble(corpus: EngineCorpus, opts: EngineOptions, d: Stored): EngineContext {
  const specs = corpus.specs;
  const ids = idsOf(corpus);
  const dict = Dictionary.from(d.dictTerms);
  const sentenceIdf = Idf.from(d.sentenceIdf.df, d.sentenceIdf.docs);
  const rules: (MqRules | undefined)[] = new Array(d.mq.length);
  const mqAt = (k: number): MqRules => (rules[k] ??= deserialize(d.mq[k]!) as MqRules);
  const byId = new Map<string, SpecFeatures>();
  // No spec is read here: each feature reads its spec when an answer needs it (the corpus may parse on access).
  ids.forEach((id, i) => {
    const from = d.profStart[i]!;
    const to = d.profStart[i + 1]!;
    const profileVector: SparseVector = { ids: d.profIds.subarray(from, to), w: d.profW.subarray(from, to) };
    const dutyAreas: Vector = new Map();
    for (let k = d.areaStart[i]!; k < d.areaStart[i + 1]!; k++) dutyAreas.set(d.areaKeys[k] as Area, d.areaW[k]!);
    let duties: string[] | undefined;
    let pay: NormalisedPay[] | undefined;
    let dutyVectors: SparseVector[] | undefined;
    const f: SpecFeatures = {
      get spec() {
        return specs[i]!;
      },
      get pay() {
        return (pay ??= normaliseSpecPay(specs[i]!));
      },
      get mq() {
        return mqAt(d.mqIndex[i]!);
      },
      get duties() {
        return (duties ??= dutyTexts(specs[i]!));
      },
      get dutyVectors() {
        dutyVectors ??= this.duties.map((x) => dict.toSparse(sentenceIdf.vector(dutyTerms(x))));
        return dutyVectors;
      },
      profileVector,
      dutyAreas,
    };
    if (d.levels[i]) f.level = d.levels[i];
    byId.set(id, f);
  });
  const termPostings = new Map<number, string[]>();
  d.postTerms.forEach((t, k) => {
    const list: string[] = [];
    for (let j = d.postStart[k]!; j < d.postStart[k + 1]!; j++) list.push(ids[d.postSpecs[j]!]!);
    termPostings.set(t, list);
  });
  return finishContext(corpus, opts, {
    byId,
    titles: new TitleIndex(specs, d.titles, ids),
    idf: Idf.from(d.idf.df, d.idf.docs),
    sentenceIdf,
    dict,
    termPostings,
  });
}
