/**
 * Snapshots of a loaded corpus: the parsed specs, the load problems and (when the index module can persist
 * itself) the search index, in one file next to the sources. `loadCorpusCached` is what loadCorpus-style callers
 * use: a fresh snapshot is loaded instead of re-parsing; otherwise the corpus is built from the sources.
 *
 * Index persistence is optional: src/index/spec-index.ts may export
 *   saveSpecIndex(index): unknown                      (Orama save() of each db: plain data)
 *   loadSpecIndex(specs, raw): SpecIndex               (create() with the same config + load(): keeps the tokenizer)
 * When it does, the index is restored from the snapshot; when it does not, it is rebuilt from the restored specs
 * (parsing is still skipped). Either way the restored corpus answers exactly like a freshly built one.
 */
import type { Logger } from 'pino';
import type { Corpus } from '../corpus.js';
import * as specIndexModule from '../index/spec-index.js';
import { buildSpecIndex, type SpecIndex } from '../index/spec-index.js';
import { loadSpecs, type LoadProblem } from '../ingest/load.js';
import type { ClassSpec } from '../model/spec.js';
import { codeFingerprint } from './code-fingerprint.js';
import { loadOrBuild, writeSnapshotOf, type LoadOrBuildResult, type SnapshotCodec } from './load-or-build.js';
import { encodeSpecRecords, openSpecStore } from './spec-store.js';
import { precomputeEngine } from '../engine/precompute.js';

export { defaultSnapshotPath } from './load-or-build.js';

interface IndexPersistence {
  saveSpecIndex(index: SpecIndex): unknown;
  loadSpecIndex(specs: readonly ClassSpec[], raw: unknown): SpecIndex;
}
const persistence = specIndexModule as unknown as Partial<IndexPersistence>;
/** True when the index module exports save/load (the index then round-trips through the snapshot). */
export const indexPersists = typeof persistence.saveSpecIndex === 'function' && typeof persistence.loadSpecIndex === 'function';

/** The parts a corpus is assembled from. */
export interface BuiltCorpus {
  dir: string;
  specs: ClassSpec[];
  problems: LoadProblem[];
  index: SpecIndex;
  /** Spec by id, when the specs come from a lazy store (else built from `specs`). */
  byId?: ReadonlyMap<string, ClassSpec>;
  /** Spec ids in order, when the specs come from a lazy store. */
  ids?: readonly string[];
  /** The engine's precomputation (src/engine/precompute.ts), when restored from a snapshot. */
  precomputed?: Uint8Array;
  /** How many of the lazily stored specs are parsed right now. */
  parsedSpecs?: () => number;
}

interface Payload {
  /** Spec ids in corpus order, and the specs as compressed records (src/snapshot/spec-store.ts). */
  specIds: string[];
  specRecords: Uint8Array;
  problems: LoadProblem[];
  index?: unknown;
  /** precomputeEngine(specs): the engine starts from it instead of recomputing (absent in older payloads). */
  engine?: Uint8Array;
}

export function corpusCodec(dir: string): SnapshotCodec<BuiltCorpus, Payload> {
  return {
    // A snapshot fits only the code that wrote it (parser, index, model): otherwise it is rebuilt.
    schema: `classbot-corpus-2${indexPersists ? '+index' : ''}-${codeFingerprint()}`,
    encode: (c) => ({
      specIds: c.specs.map((spec) => spec.id),
      specRecords: encodeSpecRecords(c.specs),
      problems: c.problems,
      ...(indexPersists ? { index: persistence.saveSpecIndex!(c.index) } : {}),
      // Kept on the built corpus too: after a rebuild the engine then restores from it instead of computing it again.
      engine: (c.precomputed ??= precomputeEngine(c.specs)),
    }),
    decode: (p) => {
      // Nothing is parsed here: specs are read from their records when first used.
      const store = openSpecStore(p.specRecords, p.specIds);
      return {
        dir,
        specs: store.specs,
        byId: store.byId,
        ids: store.ids,
        parsedSpecs: store.parsedCount,
        ...(p.engine instanceof Uint8Array ? { precomputed: p.engine } : {}),
        problems: p.problems,
        index: indexPersists && p.index !== undefined ? persistence.loadSpecIndex!(store.specs, p.index) : buildSpecIndex(store.specs),
      };
    },
    stats: (c) => ({ specs: c.specs.length, problems: c.problems.length, sections: c.index.sectionCount }),
  };
}

/** Parse the folder and build the index (no snapshot involved). */
export async function buildCorpus(dir: string): Promise<BuiltCorpus> {
  const { specs, problems } = await loadSpecs(dir);
  return { dir, specs, problems, index: buildSpecIndex(specs) };
}

/** The Corpus object callers use, from its parts (the same shape loadCorpus returns). */
export function assembleCorpus(built: BuiltCorpus): Corpus {
  return {
    dir: built.dir,
    specs: built.specs,
    problems: built.problems,
    byId: built.byId ?? new Map(built.specs.map((spec) => [spec.id, spec])),
    ...(built.ids ? { ids: built.ids } : {}),
    ...(built.precomputed ? { precomputed: built.precomputed } : {}),
    ...(built.parsedSpecs ? { parsedSpecs: built.parsedSpecs } : {}),
    search: built.index.search,
    searchTitles: built.index.searchTitles,
  };
}

export interface CachedLoadOptions {
  logger?: Pick<Logger, 'info' | 'warn'>;
  /** Snapshot file (default `<dir>/.classbot.snapshot`). */
  snapshotPath?: string;
  /**
   * After a rebuild, write a fresh snapshot: 'always', 'never', or 'refresh' (default: only replace a snapshot that
   * already exists, so loading a folder never leaves a new file in it unless `classbot index build` made one).
   */
  write?: 'always' | 'never' | 'refresh';
}

/**
 * The parts loadCorpus assembles a Corpus from (specs, problems, index): from a fresh snapshot, else built from the
 * sources (logged, and a stale snapshot refreshed). `snapshot: false` skips snapshots entirely.
 */
export async function loadCorpusParts(
  dir: string,
  opts: CachedLoadOptions & { snapshot?: false | string } = {},
): Promise<BuiltCorpus & { from: 'snapshot' | 'build' }> {
  if (opts.snapshot === false) return { ...(await buildCorpus(dir)), from: 'build' };
  const result = await loadOrBuild({
    dataDir: dir,
    ...(opts.snapshot ? { snapshotPath: opts.snapshot } : opts.snapshotPath ? { snapshotPath: opts.snapshotPath } : {}),
    build: () => buildCorpus(dir),
    codec: corpusCodec(dir),
    writeAfterBuild: opts.write === 'always' ? true : opts.write === 'never' ? false : 'refresh',
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
  return { ...result.value, from: result.from };
}

export async function loadCorpusCached(
  dir: string,
  opts: CachedLoadOptions = {},
): Promise<{ corpus: Corpus; load: Omit<LoadOrBuildResult<BuiltCorpus>, 'value'> }> {
  const write = opts.write ?? 'refresh';
  const result = await loadOrBuild({
    dataDir: dir,
    ...(opts.snapshotPath ? { snapshotPath: opts.snapshotPath } : {}),
    build: () => buildCorpus(dir),
    codec: corpusCodec(dir),
    writeAfterBuild: write === 'always' ? true : write === 'never' ? false : 'refresh',
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
  const { value, ...load } = result;
  return { corpus: assembleCorpus(value), load };
}

/** Build from the sources and write the snapshot (what `classbot index build` does). */
export async function buildCorpusSnapshot(dir: string, snapshotPath?: string): Promise<{ built: BuiltCorpus; bytes: number; ms: { build: number; write: number } }> {
  let t = performance.now();
  const built = await buildCorpus(dir);
  const buildMs = Math.round(performance.now() - t);
  t = performance.now();
  const bytes = await writeSnapshotOf(built, { dataDir: dir, codec: corpusCodec(dir), ...(snapshotPath ? { snapshotPath } : {}) });
  return { built, bytes, ms: { build: buildMs, write: Math.round(performance.now() - t) } };
}
