/**
 * Which snapshot format restores an Orama index fastest (and round-trips)?
 *
 *   node --expose-gc --import tsx bench/snapshot-formats.ts [--count 10000]
 *
 * Builds a section-level Orama index (stemmed, like classbot's) over a synthetic corpus, then for each format:
 * write time, size, restore time (read + decode + create-with-same-config + load) and a query check that the
 * restored index answers the same as the original. Formats: the data-persistence plugin's json / binary / dpack
 * (restore() is known to lose the tokenizer; measured with create()+load() of the decoded raw data too),
 * JSON.stringify of save(), v8.serialize of save().
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { create, insertMultiple, load, save, search, type AnyOrama } from '@orama/orama';
import { persist, restore } from '@orama/plugin-data-persistence';
import { synthDocs } from '../scripts/synth-corpus.js';

const argv = process.argv.slice(2);
const count = Number(argv[argv.indexOf('--count') + 1] || 10_000) || 10_000;

const schema = { specId: 'string', title: 'string', jurisdiction: 'string', section: 'string', text: 'string' } as const;
const makeDb = () => create({ schema, components: { tokenizer: { stemming: true } }, sort: { enabled: false } });

function sectionsOf(text: string): { section: string; text: string }[] {
  // Stand-in sectioning for this format test only (the real index is built from the parser's sections).
  const parts = text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean);
  const out: { section: string; text: string }[] = [];
  for (let i = 0; i < parts.length; i += 3) out.push({ section: parts[i]!.slice(0, 40), text: parts.slice(i, i + 3).join('\n') });
  return out;
}

const QUERIES = ['password resets', 'drug screening test', 'water quality samples', 'bachelor degree accounting', 'snow removal routes'];
async function fingerprint(db: AnyOrama): Promise<string> {
  const parts: string[] = [];
  for (const term of QUERIES) {
    const r = await search(db, { term, limit: 5 });
    parts.push(`${r.count}:${r.hits.map((h) => h.id).join(',')}`);
  }
  return parts.join('|');
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const ms = (t: number) => Math.round(performance.now() - t);

const db = makeDb();
const docs = [];
for (const d of synthDocs(count, 1)) for (const s of sectionsOf(d.text)) docs.push({ specId: d.file, title: d.title, jurisdiction: d.jurisdiction ?? '', ...s });
let t = performance.now();
await insertMultiple(db, docs, 1000);
console.log(`built ${count} specs / ${docs.length} sections in ${ms(t)} ms; heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB`);
const expected = await fingerprint(db);
const dir = await mkdtemp(join(tmpdir(), 'snapfmt-'));

interface Format {
  name: string;
  write(): Promise<Buffer | string>;
  read(data: Buffer): Promise<AnyOrama>;
}
const formats: Format[] = [
  {
    name: 'JSON.stringify(save())',
    write: async () => JSON.stringify(save(db)),
    read: async (data) => {
      const fresh = makeDb();
      load(fresh, JSON.parse(data.toString('utf8')));
      return fresh;
    },
  },
  {
    name: 'v8.serialize(save())',
    write: async () => serialize(save(db)),
    read: async (data) => {
      const fresh = makeDb();
      load(fresh, deserialize(data));
      return fresh;
    },
  },
  {
    name: 'plugin json + restore()',
    write: async () => (await persist(db, 'json')) as string,
    read: async (data) => restore('json', data.toString('utf8')),
  },
  {
    name: 'plugin binary + restore()',
    write: async () => (await persist(db, 'binary')) as string,
    read: async (data) => restore('binary', data.toString('utf8')),
  },
  {
    name: 'plugin dpack + restore()',
    write: async () => (await persist(db, 'dpack')) as string,
    read: async (data) => restore('dpack', data.toString('utf8')),
  },
];

const results = [];
for (const f of formats) {
  gc();
  const file = join(dir, f.name.replace(/\W+/g, '_'));
  try {
    t = performance.now();
    const out = await f.write();
    await writeFile(file, out);
    const writeMs = ms(t);
    const size = typeof out === 'string' ? Buffer.byteLength(out) : out.length;
    gc();
    t = performance.now();
    const restored = await f.read(await readFile(file));
    const restoreMs = ms(t);
    const same = (await fingerprint(restored)) === expected;
    results.push({ format: f.name, sizeMB: +(size / 2 ** 20).toFixed(1), writeMs, restoreMs, roundTrips: same });
  } catch (error) {
    results.push({ format: f.name, error: (error as Error).message.slice(0, 120) });
  }
  await rm(file, { force: true });
  console.log(results.at(-1));
}
await rm(dir, { recursive: true, force: true });
console.table(results);
