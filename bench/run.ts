/**
 * `npm run bench` — classbot from five specs to a nation's worth, measured.
 *
 *   npm run bench                      # N = 5, 1,000, 10,000
 *   npm run bench -- --full            # … and 100,000 (minutes; ~3 GB of RAM while building)
 *   npm run bench -- --sizes 5,1000    # chosen sizes;  --no-http  --no-compare  skip those parts
 *
 * Each size runs in its own process (clean heap): a build phase (parse, index, engine, snapshot write, latency per
 * operation, bare Orama and MiniSearch on the same sections, HTTP under load) and a restore phase (start from the
 * snapshot as the server does: ready time and memory). Synthetic corpora (scripts/synth-corpus.ts, seed 1) are
 * generated once into the temp folder. Prints a table; writes bench/out/bench-<time>.json and bench/out/latest.json.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { synthCorpusDir } from './lib/synth-dir.js';

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const sizes = (opt('sizes') ?? (argv.includes('--full') ? '5,1000,10000,100000' : '5,1000,10000')).split(',').map(Number);
const passThrough = argv.filter((a) => a === '--no-http' || a === '--no-compare');
const here = fileURLToPath(new URL('.', import.meta.url));

function child(args: string[], heapMB: number): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [`--max-old-space-size=${heapMB}`, '--expose-gc', '--import', 'tsx', `${here}size.ts`, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (line) resolve(JSON.parse(line.slice(7)) as Record<string, unknown>);
      else reject(new Error(`bench/size.ts ${args.join(' ')} exited ${code} without a result`));
    });
  });
}

const results: Record<string, unknown>[] = [];
for (const n of sizes) {
  if (n !== 5) {
    const t = performance.now();
    await synthCorpusDir(n);
    process.stderr.write(`N=${n}: corpus ready (${Math.round(performance.now() - t)} ms)\n`);
  }
  const heap = n >= 100_000 ? 12288 : 3072;
  process.stderr.write(`N=${n}: build phase\n`);
  let build: Record<string, unknown>;
  try {
    build = await child(['--count', String(n), ...passThrough, ...(n >= 100_000 ? ['--no-http'] : [])], heap);
  } catch (error) {
    results.push({ count: n, error: (error as Error).message });
    continue;
  }
  process.stderr.write(`N=${n}: restore phase\n`);
  const restore = await child(['--count', String(n), '--phase', 'restore'], heap).catch((e: Error) => ({ error: e.message }));
  results.push({ ...build, restore });
}

// ---- report -------------------------------------------------------------------------------------
type Row = Record<string, unknown> & {
  count: number;
  ops?: Record<string, { p50: number; p95: number; p99: number }>;
  restore?: Record<string, unknown>;
  snapshot?: { bytes: number; writeMs: number };
  memAfterLoad?: { heapMB: number; rssMB: number };
  compare?: Record<string, { buildMs: number; heapMB: number; search: { p50: number; p99: number } }>;
  http?: { endpoint: string; rps: number; p99: number; repliesLost: number; connections: number }[];
};
const rows = results as Row[];
const fmt = (v: unknown) => (v === undefined || v === null ? '—' : String(v));
const lines: string[] = [];
const table = (head: string[], body: unknown[][]) => {
  lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
  for (const r of body) lines.push(`| ${r.map(fmt).join(' | ')} |`);
  lines.push('');
};
const col = (label: string, get: (r: Row) => unknown) => [label, ...rows.map(get)];
const sizeHead = ['', ...rows.map((r) => `N = ${r.count.toLocaleString('en-US')}`)];
const loadRows = [
  col('parse (ms)', (r) => r.parseMs),
  col('index build (ms)', (r) => r.indexMs),
  col('engine precompute (ms)', (r) => r.engineMs),
  col('snapshot size (MB)', (r) => (r.snapshot ? (r.snapshot.bytes / 2 ** 20).toFixed(1) : undefined)),
  col('snapshot write (ms)', (r) => r.snapshot?.writeMs),
  col('ready from snapshot (ms)', (r) => (r.restore?.from === 'build' ? `${fmt(r.restore?.readyMs)} (rebuilt: ${String(r.restore?.reason)})` : r.restore?.readyMs)),
  col('heap after load (MB)', (r) => r.memAfterLoad?.heapMB),
  col('RSS after load (MB)', (r) => r.memAfterLoad?.rssMB),
  col('started from snapshot: heap / RSS / buffers (MB)', (r) => {
    const m = r.restore?.memAfterLoad as { heapMB?: number; rssMB?: number; buffersMB?: number } | undefined;
    return m ? `${fmt(m.heapMB)} / ${fmt(m.rssMB)} / ${fmt(m.buffersMB)}` : undefined;
  }),
  col('… after the query set: heap / RSS (MB)', (r) => {
    const m = r.restore?.memAfterQueries as { heapMB?: number; rssMB?: number } | undefined;
    return m ? `${fmt(m.heapMB)} / ${fmt(m.rssMB)}` : undefined;
  }),
];
lines.push(`classbot bench — ${new Date().toISOString()} — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`, '');
table(sizeHead, loadRows);
const opNames = ['ask', 'ask-topic', 'search', 'corpus.search', 'compare-2', 'compare-5', 'similar', 'fit-one', 'fit-all'];
// Operations run on the corpus as a started server holds it (restore phase); older runs measured them in the build phase.
const opsOf = (r: Row) => (r.restore?.ops as Row['ops'] | undefined) ?? r.ops;
const firstOf = (r: Row) => r.restore?.firstCallMs as Record<string, number> | undefined;
table(
  ['operation p50 / p95 / p99 (first call) (ms)', ...rows.map((r) => `N = ${r.count.toLocaleString('en-US')}`)],
  opNames.map((op) => [
    op,
    ...rows.map((r) => {
      const o = opsOf(r)?.[op];
      return o ? `${o.p50} / ${o.p95} / ${o.p99} (${fmt(firstOf(r)?.[op])})` : undefined;
    }),
  ]),
);
table(
  ['same sections + terms', ...rows.map((r) => `N = ${r.count.toLocaleString('en-US')}`)],
  [
    ['classbot index search p50 / p99 (ms)', ...rows.map((r) => (opsOf(r)?.['corpus.search'] ? `${opsOf(r)!['corpus.search']!.p50} / ${opsOf(r)!['corpus.search']!.p99}` : undefined))],
    ['classbot index build (ms) / heap of specs + index + engine (MB)', ...rows.map((r) => `${fmt(r.indexMs)} / ${fmt(r.memAfterLoad?.heapMB)}`)],
    ['bare Orama search p50 / p99 (ms)', ...rows.map((r) => (r.compare?.orama ? `${r.compare.orama.search.p50} / ${r.compare.orama.search.p99}` : undefined))],
    ['bare Orama build (ms) / heap (MB)', ...rows.map((r) => (r.compare?.orama ? `${r.compare.orama.buildMs} / ${r.compare.orama.heapMB}` : undefined))],
    ['MiniSearch search p50 / p99 (ms)', ...rows.map((r) => (r.compare?.minisearch ? `${r.compare.minisearch.search.p50} / ${r.compare.minisearch.search.p99}` : undefined))],
    ['MiniSearch build (ms) / heap (MB)', ...rows.map((r) => (r.compare?.minisearch ? `${r.compare.minisearch.buildMs} / ${r.compare.minisearch.heapMB}` : undefined))],
  ],
);
const httpRows = rows.flatMap((r) => (r.http ?? []).map((h) => [`N = ${r.count.toLocaleString('en-US')}`, h.endpoint, h.connections, h.rps, h.p99, h.repliesLost]));
if (httpRows.length) table(['corpus', 'endpoint', 'connections', 'req/s', 'p99 (ms)', 'replies lost'], httpRows);
for (const r of rows) if (r.error) lines.push(`N = ${r.count}: ${String(r.error)}`);

const report = lines.join('\n');
process.stdout.write(`\n${report}\n`);
const outDir = fileURLToPath(new URL('./out/', import.meta.url));
await mkdir(outDir, { recursive: true });
const json = JSON.stringify({ at: new Date().toISOString(), cpus: cpus().length, node: process.version, results }, null, 2);
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
await writeFile(`${outDir}bench-${stamp}.json`, json);
await writeFile(`${outDir}latest.json`, json);
await writeFile(`${outDir}latest.md`, `${report}\n`);
process.stderr.write(`wrote bench/out/latest.json, bench/out/latest.md\n`);
