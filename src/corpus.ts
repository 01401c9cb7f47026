/**
 * The corpus: every spec in a data folder, parsed and validated, with its search indexes.
 * Everything classbot answers from (engine, CLI, server) starts from loadCorpus().
 */
import type { Logger } from 'pino';
import type { ClassSpec } from './model/spec.js';
import type { LoadProblem } from './ingest/load.js';
import { assembleCorpus, loadCorpusParts } from './snapshot/corpus-snapshot.js';
import type { SearchHit, SectionSearchOptions, TitleHit, TitleSearchOptions } from './index/types.js';

export type { LoadProblem } from './ingest/load.js';
export { CorpusFolderError } from './ingest/errors.js';
export type { SearchHit, SectionSearchOptions, TitleHit, TitleSearchOptions, Snippet } from './index/types.js';

export interface Corpus {
  /** The folder the specs were read from. */
  dir: string;
  specs: ClassSpec[];
  /** Files that could not be loaded (named, with the reason); the other specs loaded. */
  problems: LoadProblem[];
  /** Spec by id. */
  byId: ReadonlyMap<string, ClassSpec>;
  /** Spec ids in `specs` order, when they are known without reading the specs (a restored, lazily parsed corpus). */
  ids?: readonly string[];
  /** How many specs are parsed in memory right now, for a lazily restored corpus (memory reports, tests). */
  parsedSpecs?: () => number;
  /** The engine's precomputation from the snapshot (src/engine/precompute.ts), for createEngine(corpus, { precomputed }). */
  precomputed?: Uint8Array;
  /** Ranked section passages for free-text terms (synonyms, stemming, bounded typo tolerance). Synchronous. */
  search(terms: string, opts?: SectionSearchOptions): SearchHit[];
  /** Specs whose title (or code, or jurisdiction) matches: for resolving "PS II", "provo technician", "1401". Synchronous. */
  searchTitles(terms: string, opts?: TitleSearchOptions): TitleHit[];
}

/**
 * `snapshot`: the snapshot file to use (default `<dir>/.classbot.snapshot`, written by `classbot index build`), or
 * false to always parse. A fresh snapshot replaces parsing and indexing; a stale or unreadable one is rebuilt from
 * the sources with a log line (src/snapshot).
 */
export async function loadCorpus(dir: string, opts: { logger?: Logger; snapshot?: false | string } = {}): Promise<Corpus> {
  const started = performance.now();
  const { from, ...built } = await loadCorpusParts(dir, {
    ...(opts.logger ? { logger: opts.logger } : {}),
    ...(opts.snapshot !== undefined ? { snapshot: opts.snapshot } : {}),
  });
  for (const problem of built.problems) opts.logger?.warn({ file: problem.file }, `spec skipped: ${problem.message}`);
  opts.logger?.info(
    { specs: built.specs.length, problems: built.problems.length, from, ms: Math.round(performance.now() - started) },
    'corpus loaded',
  );
  return assembleCorpus(built);
}
