/** Shared set-up for engine tests: the five seed specs, and an engine with a fixed "today". */
import { fileURLToPath } from 'node:url';
import { loadCorpus, type Corpus } from '../../src/corpus.js';
import { createEngine } from '../../src/engine/index.js';
import type { Engine } from '../../src/engine/engine.js';

export const SEEDS = fileURLToPath(new URL('../../index-data', import.meta.url));
export const TODAY = new Date('2026-11-23T12:00:00Z');

let cached: Promise<{ corpus: Corpus; engine: Engine }> | undefined;
export function seedEngine(): Promise<{ corpus: Corpus; engine: Engine }> {
  cached ??= loadCorpus(SEEDS).then((corpus) => ({ corpus, engine: createEngine(corpus, { now: () => TODAY }) }));
  return cached;
}
