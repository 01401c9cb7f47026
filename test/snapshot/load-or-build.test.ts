import { mkdtemp, readFile, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSnapshotPath, loadOrBuild, type SnapshotCodec } from '../../src/snapshot/load-or-build.js';
import { readSnapshot, readSnapshotHeader, writeSnapshot } from '../../src/snapshot/snapshot-file.js';
import { hashSourceFolder } from '../../src/snapshot/source-hash.js';

/** A toy "corpus": the file names and their lengths (a Map, encoded as JSON data by the codec). */
interface Toy {
  files: string[];
  lengths: Map<string, number>;
}
const codec: SnapshotCodec<Toy, { files: string[]; lengths: [string, number][] }> = {
  schema: 'toy-1',
  encode: (v) => ({ files: v.files, lengths: [...v.lengths] }),
  decode: (p) => ({ files: p.files, lengths: new Map(p.lengths) }),
  stats: (v) => ({ specs: v.files.length }),
};

function recordingLogger() {
  const lines: { level: string; msg: string; obj: Record<string, unknown> }[] = [];
  const at = (level: string) => (obj: Record<string, unknown>, msg: string) => void lines.push({ level, msg, obj });
  return { lines, logger: { info: at('info'), warn: at('warn') } as never };
}

describe('snapshot: load or build', () => {
  let dir: string;
  let builds: number;
  const build = async (): Promise<Toy> => {
    builds++;
    const { readdir } = await import('node:fs/promises');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
    const lengths = new Map<string, number>();
    for (const f of files) lengths.set(f, (await readFile(join(dir, f), 'utf8')).length);
    return { files, lengths };
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'snap-'));
    builds = 0;
    await writeFile(join(dir, 'a.txt'), 'alpha');
    await writeFile(join(dir, 'b.txt'), 'bravo!');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('builds and writes a snapshot the first time, then loads it without building', async () => {
    const { lines, logger } = recordingLogger();
    const first = await loadOrBuild({ dataDir: dir, build, codec, logger });
    expect(first).toMatchObject({ from: 'build', reason: 'no snapshot' });
    expect(builds).toBe(1);
    const header = await readSnapshotHeader(defaultSnapshotPath(dir));
    expect(header).toMatchObject({ sourceFiles: 2, schema: 'toy-1', stats: { specs: 2 } });

    const second = await loadOrBuild({ dataDir: dir, build, codec, logger });
    expect(second.from).toBe('snapshot');
    expect(builds).toBe(1);
    expect(second.value.lengths).toBeInstanceOf(Map);
    expect(second.value.lengths.get('b.txt')).toBe(6);
    expect(lines.map((l) => l.msg)).toEqual(['building corpus from sources', 'corpus loaded from snapshot']);
  });

  it('rebuilds with a log line when a source file is changed, added or removed', async () => {
    await loadOrBuild({ dataDir: dir, build, codec });
    const changes = [
      () => writeFile(join(dir, 'a.txt'), 'alpha, longer now'),
      () => writeFile(join(dir, 'c.txt'), 'charlie'),
      () => rm(join(dir, 'b.txt')),
      () => utimes(join(dir, 'a.txt'), new Date(), new Date(Date.now() + 60_000)), // same size, touched
    ];
    for (const change of changes) {
      await change();
      const { lines, logger } = recordingLogger();
      const result = await loadOrBuild({ dataDir: dir, build, codec, logger });
      expect(result).toMatchObject({ from: 'build', reason: 'sources changed' });
      expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'rebuilding corpus from sources' }));
      expect((await loadOrBuild({ dataDir: dir, build, codec })).from).toBe('snapshot');
    }
    expect((await loadOrBuild({ dataDir: dir, build, codec })).value.files).toEqual(['a.txt', 'c.txt']);
  });

  it('ignores files the loader ignores (the snapshot itself, hidden files, non-.txt)', async () => {
    const before = await hashSourceFolder(dir);
    await writeFile(join(dir, 'README.md'), 'notes');
    await writeFile(join(dir, '.hidden.txt'), 'x');
    await writeFile(defaultSnapshotPath(dir), 'whatever');
    expect(await hashSourceFolder(dir)).toEqual(before);
  });

  it('rebuilds when the snapshot is truncated, garbage, or of another schema — never throws', async () => {
    const path = defaultSnapshotPath(dir);
    await loadOrBuild({ dataDir: dir, build, codec });
    const size = (await readFile(path)).length;

    await truncate(path, size - 10);
    let result = await loadOrBuild({ dataDir: dir, build, codec, writeAfterBuild: false });
    expect(result.from).toBe('build');
    expect(result.reason).toMatch(/snapshot unreadable: .*truncated/);

    await writeFile(path, Buffer.from('not a snapshot at all'));
    result = await loadOrBuild({ dataDir: dir, build, codec, writeAfterBuild: false });
    expect(result.reason).toMatch(/not a classbot snapshot/);

    await loadOrBuild({ dataDir: dir, build, codec }); // rewrite a good one
    result = await loadOrBuild({ dataDir: dir, build, codec: { ...codec, schema: 'toy-2' } });
    expect(result.reason).toBe('snapshot schema toy-1, expected toy-2');
    expect((await loadOrBuild({ dataDir: dir, build, codec: { ...codec, schema: 'toy-2' } })).from).toBe('snapshot');
  });

  it('keeps serving when the snapshot cannot be written (read-only location): warns and returns the build', async () => {
    const { lines, logger } = recordingLogger();
    const result = await loadOrBuild({ dataDir: dir, build, codec, logger, snapshotPath: join(dir, 'a.txt', 'x.snapshot') /* under a file: cannot be created */ });
    expect(result.from).toBe('build');
    expect(result.value.files).toEqual(['a.txt', 'b.txt']);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'could not write snapshot' }));
  });

  it('writes atomically and reads back exactly what was written', async () => {
    const path = join(dir, 'x.snapshot');
    const payload = { specs: [{ id: 'a', n: 1.5, quote: 'line one\nline two — “quoted”' }, { id: 'b' }], empty: [], index: { nested: { a: [1, 2] } }, none: null };
    const size = await writeSnapshot(path, { sourceHash: 'h', sourceFiles: 1, schema: 's' }, payload);
    expect((await readFile(path)).length).toBe(size);
    const back = await readSnapshot<typeof payload>(path);
    expect(back.header).toMatchObject({ sourceHash: 'h', schema: 's' });
    expect(back.payload).toEqual(payload);
    expect(back.header.format).toBe(3);
  });

  it('carries binary parts byte for byte, aligned for typed-array views, between JSON parts', async () => {
    const path = join(dir, 'bin.snapshot');
    const floats = new Float64Array([1.5, -2, Math.PI]);
    const odd = new Uint8Array([10, 0, 255, 10, 13]); // newlines inside binary data must not split anything
    for (const sourceHash of ['h', 'hash-of-another-length']) {
      const payload = { before: ['x'], floats: new Uint8Array(floats.buffer), odd, after: { y: 1 } };
      await writeSnapshot(path, { sourceHash, sourceFiles: 1, schema: 's' }, payload);
      const back = (await readSnapshot<Record<string, unknown>>(path)).payload;
      expect(back.before).toEqual(['x']);
      expect(back.after).toEqual({ y: 1 });
      expect([...(back.odd as Uint8Array)]).toEqual([...odd]);
      const bytes = back.floats as Uint8Array;
      expect(bytes.byteOffset % 8).toBe(0);
      expect([...new Float64Array(bytes.buffer, bytes.byteOffset, 3)]).toEqual([...floats]);
    }
  });

  it('reports a snapshot whose binary part is cut short as corrupt, not as data', async () => {
    const path = join(dir, 'cut.snapshot');
    await writeSnapshot(path, { sourceHash: 'h', sourceFiles: 1, schema: 's' }, { blob: new Uint8Array(64).fill(7) });
    const bytes = await readFile(path);
    // Same length, but the byte after the part is no longer the closing newline.
    bytes[bytes.length - 1] = 7;
    await writeFile(path, bytes);
    await expect(readSnapshot(path)).rejects.toThrow(/truncated|cannot decode/);
  });
});
