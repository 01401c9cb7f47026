/**
 * Sparse TF-IDF vectors for duty similarity (compare's aligned duties, similar titles).
 * Document frequencies come from the corpus once; vectors are unit length so cosine = dot product.
 */
import { terms } from './text.js';

export type Vector = Map<string, number>;

export class Idf {
  private readonly df = new Map<string, number>();
  private docs = 0;

  /** Document frequencies as stored by precompute.ts. */
  static from(df: [string, number][], docs: number): Idf {
    const idf = new Idf();
    for (const [t, n] of df) idf.df.set(t, n);
    idf.docs = docs;
    return idf;
  }

  data(): { df: [string, number][]; docs: number } {
    return { df: [...this.df], docs: this.docs };
  }

  addDocument(tokens: Iterable<string>): void {
    this.docs++;
    for (const t of new Set(tokens)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  weight(term: string): number {
    const df = this.df.get(term) ?? 0;
    return Math.log((1 + this.docs) / (1 + df)) + 1;
  }

  vector(tokens: string[]): Vector {
    const tf = new Map<string, number>();
    for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, n] of tf) {
      const w = (1 + Math.log(n)) * this.weight(t);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  }

  textVector(text: string): Vector {
    return this.vector(terms(text));
  }
}

export function cosine(a: Vector, b: Vector): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const o = big.get(t);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}

/** The k heaviest terms of a vector (for candidate generation and "shared terms" reasons). */
export function topTerms(v: Vector, k: number): string[] {
  return [...v.entries()].sort((x, y) => y[1] - x[1]).slice(0, k).map(([t]) => t);
}

/** Terms both vectors weigh, heaviest first. */
export function sharedTerms(a: Vector, b: Vector, k: number): string[] {
  const out: [string, number][] = [];
  for (const [t, w] of a) {
    const o = b.get(t);
    if (o !== undefined) out.push([t, w * o]);
  }
  return out.sort((x, y) => y[1] - x[1]).slice(0, k).map(([t]) => t);
}

/**
 * Compact sparse vectors for corpus-wide similarity: term ids sorted ascending with their weights,
 * so a dot product is a linear merge (no hashing) and 100,000 of them stay small in memory.
 */
export interface SparseVector {
  ids: Uint32Array;
  w: Float32Array;
}

export class Dictionary {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];

  static from(terms: string[]): Dictionary {
    const d = new Dictionary();
    for (const t of terms) d.id(t);
    return d;
  }

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  toSparse(v: Vector): SparseVector {
    const pairs = [...v.entries()].map(([t, w]) => [this.id(t), w] as const).sort((a, b) => a[0] - b[0]);
    return { ids: Uint32Array.from(pairs.map((p) => p[0])), w: Float32Array.from(pairs.map((p) => p[1])) };
  }
}

export function sparseCosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) dot += a.w[i++]! * b.w[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** Term ids both vectors weigh, heaviest product first. */
export function sparseShared(a: SparseVector, b: SparseVector, k: number, dict: Dictionary): string[] {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) out.push([x, a.w[i++]! * b.w[j++]!]);
    else if (x < y) i++;
    else j++;
  }
  return out.sort((p, q) => q[1] - p[1]).slice(0, k).map(([id]) => dict.terms[id]!);
}

/** The k heaviest term ids. */
export function sparseTop(v: SparseVector, k: number): number[] {
  return [...v.ids.keys()].sort((x, y) => v.w[y]! - v.w[x]!).slice(0, k).map((i) => v.ids[i]!);
}
