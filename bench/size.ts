/**
 * One corpus size, measured in its own process (clean heap): `bench/run.ts` spawns it per N.
 *
 *   node --expose-gc --import tsx bench/size.ts --count N [--phase build|restore] [--no-http] [--no-compare]
 *
 * phase build (default): parse, index, engine precomputation, snapshot write/size, memory, per-operation latency,
 *   bare Orama and MiniSearch on the same sections and terms, HTTP throughput of /api/messages and /slack/events.
 * phase parse: parse only; the specs' heap and their v8 snapshot size and time (a cheap probe for 100,000).
 * phase restore: start as the server would from the snapshot written by the build phase: ready time, memory.
 * Prints one JSON line (prefixed "RESULT ") on stdout.
 */
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import MiniSearch from 'minisearch';
import type { Corpus } from '../src/corpus.js';
import type { Engine } from '../src/engine/engine.js';
import { createEngine } from '../src/engine/index.js';
import { buildSpecIndex } from '../src/index/spec-index.js';
import { loadSpecs } from '../src/ingest/load.js';
import { assembleCorpus, corpusCodec, loadCorpusCached } from '../src/snapshot/corpus-snapshot.js';
import { writeSnapshotOf } from '../src/snapshot/load-or-build.js';
import { readSnapshot } from '../src/snapshot/snapshot-file.js';
import { hashSourceFolder } from '../src/snapshot/source-hash.js';
import { buildQuerySet, SEARCH_TERMS } from './lib/queries.js';
import { latency, memoryMB, timed, type Percentiles } from './lib/stats.js';
import { synthCorpusDir } from './lib/synth-dir.js';
import { httpBench } from './lib/http-bench.js';
// Bare Orama runs with the linear word lookup (findings 12): stock Orama 3.1 is O(df²) per word, so at 100,000
// specs one query would run for hours (p99 9.1 s at 10,000 without it, 0.36 s with it).
import '../src/index/orama-radix.js';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const count = Number(opt('count') ?? 5);
const phase = opt('phase') ?? 'build';
const seedsDir = fileURLToPath(new URL('../index-data', import.meta.url));
const snapshotPath = join(tmpdir(), 'classbot-bench', `bench-${count}.snapshot`);

const result: Record<string, unknown> = { count, phase };
const emit = () => process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);

const dir = count === 5 ? seedsDir : await synthCorpusDir(count);
const iterations = count >= 100_000 ? 100 : count >= 10_000 ? 200 : 500;

/**
 * p50/p95/p99 per operation over the fixed query set, plus each operation's first call ("cold": what the first
 * user after a start waits, e.g. a cross-spec list before its answer is cached).
 */
function measureOps(engine: Engine, corpus: Corpus): void {
  const q = buildQuerySet(corpus.specs);
  const ops: Record<string, Percentiles> = {};
  const cold: Record<string, number> = {};
  const run = <I>(name: string, inputs: I[], fn: (input: I) => unknown, opts: { iterations: number; warmup?: number }) => {
    const t = performance.now();
    fn(inputs[0]!);
    cold[name] = Math.round((performance.now() - t) * 100) / 100;
    ops[name] = latency(inputs, fn, opts);
    process.stderr.write(`  N=${count} ${name}: first ${cold[name]} ms, p50 ${ops[name].p50} p99 ${ops[name].p99} ms\n`);
  };
  run('search', q.search, (t) => engine.search(t), { iterations });
  run('ask', q.ask, (t) => engine.ask(t), { iterations });
  run('ask-topic', q.askTopic, (t) => engine.ask(t), { iterations: Math.min(iterations, 120) });
  run('compare-2', q.compare2, (ids) => engine.compare(ids), { iterations });
  run('compare-5', q.compare5, (ids) => engine.compare(ids), { iterations });
  run('similar', q.similar, (id) => engine.similar(id), { iterations: Math.min(iterations, 120) });
  run('fit-one', q.fitOne, (f) => engine.fit(f.profile, { spec: f.spec }), { iterations });
  run('fit-all', q.fitAll, (p) => engine.fit(p), { iterations: count >= 10_000 ? 20 : 100, warmup: 2 });
  run('corpus.search', SEARCH_TERMS, (t) => corpus.search(t), { iterations });
  result.ops = ops;
  result.firstCallMs = cold;
  result.memAfterQueries = memoryMB();
}

if (phase === 'restore') {
  // What a server start does: fingerprint the folder, read + decode the snapshot, build the engine.
  const before = memoryMB();
  const started = performance.now();
  // The same steps as loadCorpusCached (fingerprint the folder, read, decode), minus its code-fingerprint check:
  // in a working tree that others edit during the run, that check would (rightly) force a rebuild.
  const source = await hashSourceFolder(dir);
  const { header, payload } = await readSnapshot<Parameters<ReturnType<typeof corpusCodec>['decode']>[0]>(snapshotPath);
  const fresh = header.sourceHash === source.hash;
  const corpus = fresh ? assembleCorpus(await corpusCodec(dir).decode(payload)) : (await loadCorpusCached(dir, { snapshotPath, write: 'never' })).corpus;
  const load = { from: fresh ? 'snapshot' : 'build', reason: fresh ? undefined : 'sources changed' };
  const loadMs = Math.round(performance.now() - started);
  const { value: engine, ms: engineMs } = await timed(() => createEngine(corpus));
  Object.assign(result, {
    from: load.from,
    reason: load.reason,
    restoreMs: loadMs,
    engineMs,
    readyMs: Math.round(performance.now() - started),
    memBefore: before,
    memAfterLoad: memoryMB(),
  });
  // What users of the started server see: every operation on the restored corpus (specs parsed as used).
  measureOps(engine, corpus);
  emit();
  process.exit(0);
}

if (phase === 'parse') {
  // Cheap large-N probe (used for 100,000 on a shared machine): parse only, the specs' own memory and snapshot cost.
  const mem0 = memoryMB();
  const parsed = await timed(() => loadSpecs(dir));
  const specsMem = memoryMB();
  const { serialize, deserialize } = await import('node:v8');
  const ser = await timed(() => serialize(parsed.value.specs));
  const de = await timed(() => deserialize(ser.value));
  Object.assign(result, {
    specs: parsed.value.specs.length,
    problems: parsed.value.problems.length,
    parseMs: parsed.ms,
    memBefore: mem0,
    memAfterParse: specsMem,
    specsSnapshot: { bytes: ser.value.length, serializeMs: ser.ms, deserializeMs: de.ms },
  });
  emit();
  process.exit(0);
}

// ---- build phase --------------------------------------------------------------------------------
const mem0 = memoryMB();
const parsed = await timed(() => loadSpecs(dir));
const { specs, problems } = parsed.value;
const indexed = await timed(() => buildSpecIndex(specs));
const corpus: Corpus = assembleCorpus({ dir, specs, problems, index: indexed.value });
const engineBuilt = await timed(() => createEngine(corpus));
const engine = engineBuilt.value;
const memLoaded = memoryMB();
Object.assign(result, {
  specs: specs.length,
  problems: problems.length,
  sections: indexed.value.sectionCount,
  parseMs: parsed.ms,
  indexMs: indexed.ms,
  engineMs: engineBuilt.ms,
  memBefore: mem0,
  memAfterLoad: memLoaded,
});

await rm(snapshotPath, { force: true });
const written = await timed(() =>
  writeSnapshotOf({ dir, specs, problems, index: indexed.value }, { dataDir: dir, snapshotPath, codec: corpusCodec(dir) }),
);
result.snapshot = { bytes: written.value, writeMs: written.ms };

// ---- latency per operation: measured in the restore phase (the corpus as a started server holds it) -------
result.opsAt = 'restore';
// ---- the same sections and terms through bare Orama and MiniSearch --------------------------------
if (!flag('no-compare')) {
  const docs = specs.flatMap((s) =>
    s.sections.map((sec, n) => ({ id: `${s.id}#${n}`, specId: s.id, title: s.title, section: sec.heading, text: sec.text })),
  );
  const compare: Record<string, unknown> = {};
  {
    const before = memoryMB().heapMB;
    const ms = new MiniSearch({ fields: ['title', 'section', 'text'], storeFields: ['specId'], searchOptions: { boost: { title: 3, section: 2 }, prefix: true, fuzzy: 0.2 } });
    const built = await timed(() => ms.addAll(docs));
    const heapMB = memoryMB().heapMB - before;
    const lat = latency(SEARCH_TERMS, (t) => ms.search(t).slice(0, 10), { iterations });
    compare.minisearch = { buildMs: built.ms, heapMB, search: lat };
    process.stderr.write(`  N=${count} MiniSearch: build ${built.ms} ms, p99 ${lat.p99} ms\n`);
  }
  {
    const before = memoryMB().heapMB;
    const db = create({ schema: { specId: 'enum', title: 'string', section: 'string', text: 'string' } as const, sort: { enabled: false } });
    const built = await timed(() => insertMultiple(db, docs as never[], 1000));
    const heapMB = memoryMB().heapMB - before;
    const lat = latency(SEARCH_TERMS, (t) => oramaSearch(db, { term: t, properties: ['title', 'section', 'text'], tolerance: 1, limit: 10 }), {
      iterations,
    });
    compare.orama = { buildMs: built.ms, heapMB, search: lat };
    process.stderr.write(`  N=${count} bare Orama: build ${built.ms} ms, p99 ${lat.p99} ms\n`);
  }
  result.compare = compare;
}

// ---- HTTP under load -----------------------------------------------------------------------------
if (!flag('no-http')) {
  result.http = await httpBench(engine, { seconds: count >= 10_000 ? 5 : 8, connections: 50, questions: buildQuerySet(specs).ask.slice(0, 20) });
}
emit();
process.exit(0);
