/**
 * Parse + index benchmark for the spec corpus (issue 2): the five seeds, and the seeds copied 1,000 times
 * with altered titles (each copy a distinct spec that goes through the full read → parse → validate → index path).
 *
 *   npx tsx bench/parse.ts [--copies 1000]
 *
 * Prints a table and one JSON line. Speed is measured here, never in timed tests.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpecs } from '../src/ingest/load.js';
import { parseSpec } from '../src/ingest/parse.js';
import { buildSpecIndex } from '../src/index/spec-index.js';

const SEEDS = fileURLToPath(new URL('../index-data/', import.meta.url));
const copiesArg = process.argv.indexOf('--copies');
const COPIES = copiesArg > 0 ? Number(process.argv[copiesArg + 1]) : 1000;

interface Row {
  label: string;
  files: number;
  specs: number;
  sections: number;
  parseMs: number;
  indexMs: number;
  totalMs: number;
  /** CPU time of parse + index (user + system): less sensitive than wall time to other load on the machine. */
  cpuMs: number;
  perSpecMs: number;
  heapMB: number;
  searchP50Ms: number;
  searchP95Ms: number;
}

/** Give a copy of a seed a distinct title, wherever the document prints it. */
function alterTitle(raw: string, file: string, tag: string): string {
  const title = parseSpec(raw, file).title;
  for (const form of [title.toUpperCase(), title]) {
    const at = raw.indexOf(form);
    if (at >= 0) return `${raw.slice(0, at)}${form} ${form === title ? tag : tag.toUpperCase()}${raw.slice(at + form.length)}`;
  }
  // A title derived from a series sentence ("… Help Desk series: …"): rename the series.
  return raw.replace(/ series:/, ` ${tag} series:`);
}

const WORDS = ['Alpha', 'Bravo', 'Cedar', 'Delta', 'Ember', 'Fjord', 'Garnet', 'Harbor', 'Indigo', 'Juniper'];
const tagFor = (n: number) => `${WORDS[n % WORDS.length]} ${WORDS[Math.floor(n / WORDS.length) % WORDS.length]} ${n}`;

async function makeFolder(copies: number): Promise<{ dir: string; files: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'classbot-bench-'));
  const seeds = (await readdir(SEEDS)).filter((f) => f.endsWith('.txt')).sort();
  const texts = await Promise.all(seeds.map((f) => readFile(join(SEEDS, f), 'utf8')));
  let files = 0;
  for (let i = 0; i < seeds.length; i++) {
    await writeFile(join(dir, seeds[i]!), texts[i]!);
    files++;
  }
  for (let n = 0; n < copies; n++) {
    const i = n % seeds.length;
    await writeFile(join(dir, `copy-${String(n).padStart(5, '0')}-${seeds[i]}`), alterTitle(texts[i]!, seeds[i]!, tagFor(n)));
    files++;
  }
  return { dir, files };
}

const QUERIES = ['password resets', 'IT help desk', 'job control language', 'bachelor degree substitution', 'pasword', 'drug screening', 'initial program load', 'troubleshoot printers'];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(label: string, copies: number): Promise<Row> {
  const { dir, files } = await makeFolder(copies);
  try {
    globalThis.gc?.();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const { specs, problems } = await loadSpecs(dir);
    const t1 = performance.now();
    const index = buildSpecIndex(specs);
    const t2 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    if (problems.length > 0) throw new Error(`problems: ${JSON.stringify(problems.slice(0, 3))}`);
    const latencies: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const query of QUERIES) {
        const s = performance.now();
        index.search(query, { limit: 10 });
        latencies.push(performance.now() - s);
      }
    }
    return {
      label,
      files,
      specs: specs.length,
      sections: index.sectionCount,
      parseMs: t1 - t0,
      indexMs: t2 - t1,
      totalMs: t2 - t0,
      cpuMs: (cpu.user + cpu.system) / 1000,
      perSpecMs: (t2 - t0) / specs.length,
      heapMB: process.memoryUsage().heapUsed / 1024 / 1024,
      searchP50Ms: percentile(latencies, 50),
      searchP95Ms: percentile(latencies, 95),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Warm-up (JIT, module loading) so the five-spec row measures the work, not the first call.
await measure('warm-up', 0);
const rows = [await measure('5 seed specs', 0), await measure(`5 seeds + ${COPIES} retitled copies`, COPIES)];

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
console.log('classbot parse + index benchmark (read → clean → layout → sections → fields → zod → Orama)\n');
console.log('| corpus | specs | sections | parse (ms) | index (ms) | total (ms) | CPU (ms) | per spec (ms) | heap (MB) | search p50 / p95 (ms) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.label} | ${r.specs} | ${r.sections} | ${fmt(r.parseMs)} | ${fmt(r.indexMs)} | ${fmt(r.totalMs)} | ${fmt(r.cpuMs)} | ${fmt(r.perSpecMs)} | ${fmt(r.heapMB)} | ${fmt(r.searchP50Ms)} / ${fmt(r.searchP95Ms)} |`);
}
console.log(`\nload average (1 min): ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);
console.log(`\n${JSON.stringify({ bench: 'parse', node: process.version, rows })}`);
