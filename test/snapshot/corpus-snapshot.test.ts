import { chmod, cp, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../adapters/cli/main.js';
import type { CliIO } from '../../adapters/cli/io.js';
import { defaultSnapshotPath, loadCorpusCached } from '../../src/snapshot/corpus-snapshot.js';

function bufferIO(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => void out.push(t), err: (t) => void err.push(t), stdinLines: () => undefined, env };
  return { io, out, err };
}

const QUERIES = ['password resets', 'drug screening', 'job control language', 'bachelor degree', 'help desk'];
const TITLES = ['PS II', 'production coordinator', 'provo technician', 'help desk coordinator', '1401'];

describe('corpus snapshot', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corpus-snap-'));
    await cp(new URL('../../index-data', import.meta.url), dir, { recursive: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('loading a folder without a snapshot builds it and leaves no file behind (default)', async () => {
    const { corpus, load } = await loadCorpusCached(dir);
    expect(load).toMatchObject({ from: 'build', reason: 'no snapshot' });
    expect(corpus.specs.length).toBeGreaterThanOrEqual(5);
    expect((await readdir(dir)).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('`classbot index build` writes the snapshot; the restored corpus answers exactly like a fresh build', async () => {
    const { io, out, err } = bufferIO();
    expect(await main(['index', 'build', '--data', dir], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('\n')).toMatch(/wrote .*\.classbot\.snapshot: \d+ specs, \d+ sections/);
    expect((await stat(defaultSnapshotPath(dir))).size).toBeGreaterThan(1000);

    const fresh = (await loadCorpusCached(dir, { write: 'never', snapshotPath: join(dir, 'none.snapshot') })).corpus;
    const { corpus, load } = await loadCorpusCached(dir);
    expect(load.from).toBe('snapshot');
    expect(corpus.specs).toEqual(fresh.specs);
    expect(corpus.problems).toEqual(fresh.problems);
    expect([...corpus.byId.keys()]).toEqual([...fresh.byId.keys()]);
    for (const q of QUERIES) expect(corpus.search(q)).toEqual(fresh.search(q));
    for (const t of TITLES) expect(corpus.searchTitles(t)).toEqual(fresh.searchTitles(t));
    expect(corpus.search('password resets')[0]?.specId).toBeDefined();
  });

  it('rebuilds (and refreshes the snapshot) when a spec file changes, with a log line', async () => {
    const lines: string[] = [];
    const logger = { info: (_: unknown, m: string) => void lines.push(`info ${m}`), warn: (_: unknown, m: string) => void lines.push(`warn ${m}`) };
    await writeFile(join(dir, 'zz-new.txt'), 'PROVO CITY CLASSIFICATION SPECIFICATION\nTitle: Records Clerk\tJob Code: 9999\n\nDEFINITION: Files records.\n');
    const first = await loadCorpusCached(dir, { logger: logger as never });
    expect(first.load).toMatchObject({ from: 'build', reason: 'sources changed' });
    // The engine precomputation written into the refreshed snapshot comes back with the build: not computed twice.
    expect(first.corpus.precomputed).toBeInstanceOf(Uint8Array);
    expect(lines).toContain('warn rebuilding corpus from sources');
    const second = await loadCorpusCached(dir, { logger: logger as never });
    expect(second.load.from).toBe('snapshot');
    expect(second.corpus.specs.length).toBe(first.corpus.specs.length + first.corpus.problems.length - second.corpus.problems.length);
  });

  it('`index build --out FILE` writes there; bad usage is a clear message and exit code 2', async () => {
    const file = join(dir, 'elsewhere.snapshot');
    const { io, out } = bufferIO();
    expect(await main(['index', 'build', `--data=${dir}`, '--out', file, '--json'], io)).toBe(0);
    expect(JSON.parse(out[0]!)).toMatchObject({ snapshot: file, specs: expect.any(Number), bytes: expect.any(Number) });
    expect((await loadCorpusCached(dir, { snapshotPath: file })).load.from).toBe('snapshot');

    const bad = bufferIO();
    expect(await main(['index', 'rebuild'], bad.io)).toBe(2);
    expect(bad.err.join('')).toMatch(/unknown subcommand "rebuild"/);
    expect(await main(['index', 'build', '--out'], bad.io)).toBe(2);
    expect(await main(['index', 'build', '--data', join(dir, 'missing')], bad.io)).toBe(1);
    expect(bad.err.at(-1)).toMatch(/not found|missing/i);
  });
});

describe('corpus snapshot: folder problems keep their own messages', () => {
  it('a missing folder is the loader\'s CorpusFolderError, not a snapshot error', async () => {
    const { CorpusFolderError } = await import('../../src/ingest/errors.js');
    await expect(loadCorpusCached(join(tmpdir(), 'no-such-classbot-folder'))).rejects.toBeInstanceOf(CorpusFolderError);
  });
});

describe('loadCorpus uses the snapshot', () => {
  it('loads from a fresh snapshot (logged), rebuilds when a file changes, and parses when told not to use one', async () => {
    const { loadCorpus } = await import('../../src/corpus.js');
    const dir = await mkdtemp(join(tmpdir(), 'corpus-load-'));
    try {
      await cp(new URL('../../index-data', import.meta.url), dir, { recursive: true });
      const { io } = bufferIO();
      expect(await main(['index', 'build', '--data', dir], io)).toBe(0);
      const lines: { level: string; obj: Record<string, unknown>; msg: string }[] = [];
      const at = (level: string) => (obj: Record<string, unknown>, msg: string) => void lines.push({ level, obj, msg });
      const logger = { info: at('info'), warn: at('warn') } as never;

      const fromSnapshot = await loadCorpus(dir, { logger });
      expect(lines.find((l) => l.msg === 'corpus loaded')?.obj).toMatchObject({ from: 'snapshot', specs: 5 });
      expect(fromSnapshot.search('password resets')[0]).toBeDefined();

      lines.length = 0;
      await chmod(join(dir, '000_991ad9cb75c22251.txt'), 0o644); // the seeds are checked in read-only
      await writeFile(join(dir, '000_991ad9cb75c22251.txt'), '\n', { flag: 'a' });
      const rebuilt = await loadCorpus(dir, { logger });
      expect(lines.map((l) => l.msg)).toContain('rebuilding corpus from sources');
      expect(lines.find((l) => l.msg === 'corpus loaded')?.obj).toMatchObject({ from: 'build' });
      expect(rebuilt.specs.map((s) => s.id)).toEqual(fromSnapshot.specs.map((s) => s.id));

      lines.length = 0;
      await loadCorpus(dir, { logger, snapshot: false });
      expect(lines.find((l) => l.msg === 'corpus loaded')?.obj).toMatchObject({ from: 'build' });
      expect(lines.map((l) => l.msg)).not.toContain('rebuilding corpus from sources');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a server start from a snapshot parses (almost) no spec until an answer needs one', () => {
  it('restores specs, index and engine without parsing the specs, and answers exactly like a fresh build', async () => {
    const { createEngine } = await import('../../src/engine/index.js');
    const dir = await mkdtemp(join(tmpdir(), 'corpus-lazy-'));
    try {
      await cp(new URL('../../index-data', import.meta.url), dir, { recursive: true });
      await cp(new URL('../fixtures/la', import.meta.url), dir, { recursive: true });
      expect(await main(['index', 'build', '--data', dir], bufferIO().io)).toBe(0);
      const restored = await loadCorpusCached(dir, { write: 'never' });
      expect(restored.load.from).toBe('snapshot');
      const corpus = restored.corpus;
      expect(corpus.precomputed).toBeInstanceOf(Uint8Array);
      const engine = createEngine(corpus);
      // At most the index's three spot checks (first, middle, last spec against the saved table).
      const atStart = corpus.parsedSpecs?.() ?? Infinity;
      expect(atStart).toBeLessThanOrEqual(3);

      const fresh = createEngine((await loadCorpusCached(dir, { write: 'never', snapshotPath: join(dir, 'none.snapshot') })).corpus);
      const asks = [
        'what grade is Production Coordinator?',
        'does PS II need a driver license?',
        'which classes need a driver license?',
        'which specs mention password resets?',
        'compare IST II and help desk coordinator',
        'similar to production coordinator',
        'fit BS in Computer Science, 18 months production support',
      ];
      const first = engine.handle(asks[0]!);
      // One field question parses about the one spec it is about (a title lookup reads none).
      expect(corpus.parsedSpecs?.()).toBeLessThanOrEqual(atStart + 2);
      expect(first).toEqual(fresh.handle(asks[0]!));
      for (const q of asks.slice(1)) expect(engine.handle(q)).toEqual(fresh.handle(q));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
