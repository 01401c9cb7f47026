/**
 * Engine latency benchmark: p50 / p99 per operation on the five seed specs and on N copies of them
 * (titles, ids and jurisdictions altered so every copy is a distinct spec), with engine build time.
 *
 *   npx tsx bench/engine.ts [--copies 1000] [--runs 200] [--data DIR] [--json]
 *
 * --data DIR adds a third set: every spec in DIR (e.g. a synthetic corpus from `npm run corpus:synth`).
 *
 * Measured in-process on the Engine API (what every channel calls), after a warm-up.
 */
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus.js';
import { createEngine } from '../src/engine/index.js';
import type { Engine } from '../src/engine/engine.js';
import { buildSpecIndex } from '../src/index/spec-index.js';
import type { ClassSpec } from '../src/model/spec.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const COPIES = opt('copies', 1000);
const RUNS = opt('runs', 200);
const JSON_OUT = args.includes('--json');
const SEEDS = fileURLToPath(new URL('../index-data', import.meta.url));

const STATES = ['Ohio', 'Utah', 'Texas', 'Iowa', 'Maine', 'Idaho', 'Oregon', 'Nevada', 'Kansas', 'Vermont'];
const WORDS = ['Senior', 'Lead', 'Principal', 'Associate', 'Regional', 'Field', 'Central', 'Network', 'Data', 'Systems'];

/** Copy i of a spec: distinct id, title words and jurisdiction, same body. */
function copySpec(spec: ClassSpec, i: number): ClassSpec {
  const word = `${WORDS[i % WORDS.length]} ${WORDS[Math.floor(i / WORDS.length) % WORDS.length]}`;
  const state = STATES[i % STATES.length]!;
  return {
    ...spec,
    id: `${spec.id}-c${i}`,
    title: `${word} ${spec.title} ${i}`,
    jurisdiction: { ...spec.jurisdiction, name: spec.jurisdiction.name ? `${spec.jurisdiction.name} ${state}` : null },
  };
}

interface Op {
  name: string;
  run: (e: Engine) => unknown;
}

const OPS: Op[] = [
  { name: 'ask: field (grade)', run: (e) => e.handle("what's the pay grade for Production Coordinator?") },
  { name: 'ask: pay hourly', run: (e) => e.handle('hourly pay for Production Specialist II') },
  { name: 'ask: not stated', run: (e) => e.handle("what is Provo's salary for IST II?") },
  { name: 'ask: typo title', run: (e) => e.handle('Producton Specialst II probation') },
  { name: 'ask: list (licence)', run: (e) => e.handle("which classes need a driver's license?") },
  { name: 'ask: topic search', run: (e) => e.handle('which specs mention password resets?') },
  { name: 'compare 2', run: (e) => e.compare(['ky-production-specialist-ii', 'ky-production-coordinator']) },
  { name: 'compare 5', run: (e) => e.compare(['ky-production-specialist-ii', 'ky-production-coordinator', 'provo-information-systems-technician-ii', 'it-help-desk-coordinator', 'information-systems-technician-ii-specialist']) },
  { name: 'similar', run: (e) => e.similar('provo-information-systems-technician-ii') },
  { name: 'fit: one spec', run: (e) => e.fit('BS in Computer Science, 18 months production support', { spec: 'ky-production-coordinator' }) },
  { name: 'fit: all specs', run: (e) => e.fit('HS diploma, 4 yrs production support') },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function measure(engine: Engine, op: Op, runs: number) {
  for (let i = 0; i < Math.min(20, runs); i++) op.run(engine);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    op.run(engine);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: +percentile(times, 50).toFixed(3), p99: +percentile(times, 99).toFixed(3) };
}

async function main() {
  const corpus = await loadCorpus(SEEDS);
  const report: Record<string, unknown> = {};
  const table: string[] = [];
  const sets: [string, ClassSpec[]][] = [
    ['5 seeds', corpus.specs],
    [`${COPIES} copies`, [...corpus.specs, ...Array.from({ length: COPIES - corpus.specs.length }, (_, i) => copySpec(corpus.specs[i % corpus.specs.length]!, i))]],
  ];
  const dataIdx = args.indexOf('--data');
  if (dataIdx >= 0 && args[dataIdx + 1]) {
    const other = await loadCorpus(args[dataIdx + 1]!);
    // keep the seed ids the operations name, plus the folder's specs
    sets.push([`${args[dataIdx + 1]} + seeds`, [...corpus.specs, ...other.specs.filter((s) => !corpus.byId.has(s.id))]]);
  }
  for (const [label, specs] of sets) {
    let t = performance.now();
    const index = specs === corpus.specs ? corpus : buildSpecIndex(specs);
    const indexMs = performance.now() - t;
    t = performance.now();
    const engine = createEngine({ specs, search: index.search, problems: [] });
    const buildMs = performance.now() - t;
    const rows: Record<string, { p50: number; p99: number }> = {};
    for (const op of OPS) rows[op.name] = measure(engine, op, RUNS);
    report[label] = { specs: specs.length, indexMs: Math.round(indexMs), engineBuildMs: Math.round(buildMs), ops: rows };
    table.push(`\n${label} (${specs.length} specs): Orama index ${Math.round(indexMs)} ms (corpus side), engine precompute ${Math.round(buildMs)} ms`);
    table.push(`${'operation'.padEnd(22)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)}`);
    for (const [name, r] of Object.entries(rows)) table.push(`${name.padEnd(22)} ${r.p50.toFixed(3).padStart(9)} ${r.p99.toFixed(3).padStart(9)}`);
  }
  if (JSON_OUT) console.log(JSON.stringify(report, null, 2));
  else console.log(`classbot engine latency, ${RUNS} runs per operation after warm-up${table.join('\n')}`);
}

await main();
