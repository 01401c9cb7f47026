/**
 * The precomputed blob (src/engine/precompute.ts) restores an engine that answers exactly like one built from the
 * specs: seeds + Los Angeles bulletins and a 300-spec synthetic corpus, a varied set of requests, the answers
 * compared as JSON. A blob for other specs or of another version is ignored (the engine recomputes).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSynthCorpus } from '../../scripts/synth-corpus.js';
import { createEngine, precomputeEngine } from '../../src/engine/index.js';
import { restoreContext } from '../../src/engine/precompute.js';
import type { Engine } from '../../src/engine/engine.js';
import { loadSpecs } from '../../src/ingest/load.js';
import type { ClassSpec } from '../../src/model/spec.js';
import { SEEDS, TODAY } from './helpers.js';

const LA = fileURLToPath(new URL('../fixtures/la', import.meta.url));
const now = () => TODAY;
const PROFILES = [
  'BS in Computer Science, 18 months production support',
  'HS diploma, 4 yrs production support',
  "associate's in networking and a year of help desk work",
  "Master's in public administration, 6 years budget analysis",
  'Help Desk Analyst, Jan 2021 – present; AAS information technology',
];
const QUESTIONS = (t: string) => [
  `what is the grade for ${t}?`,
  `what does ${t} pay per hour?`,
  `what education does ${t} require?`,
  `does ${t} need a driver's license?`,
  `how long is the probation period for ${t}?`,
  `what are the duties of ${t}?`,
  `${t} salary`,
];
const GENERAL = [
  "which classes require a bachelor's degree?",
  "which classes need a driver's license?",
  'which specs pay the most?',
  'which specs have no minimum qualifications?',
  'which classes allow experience to substitute for a degree?',
  'Producton Specialst II probation',
  "what is Provo's salary for IST II?",
  'the help desk',
];

/** Every kind of request, over specs picked at a stride: the answers as JSON. */
function answers(engine: Engine, specs: ClassSpec[]): string[] {
  const pick = (i: number) => specs[(i * 7919) % specs.length]!;
  const out: unknown[] = [];
  for (let i = 0; i < Math.min(8, specs.length); i++) {
    const s = pick(i);
    for (const q of QUESTIONS(s.title)) out.push(engine.ask(q));
    out.push(engine.show(s.title), engine.similar(s.id), engine.similar(s.title));
    out.push(engine.compare([s.id, pick(i + 1).id]), engine.compare([s.id, pick(i + 1).id, pick(i + 2).id]));
    out.push(engine.fit(PROFILES[i % PROFILES.length]!, { spec: s.id }));
    out.push(engine.handle(`what is Kentucky's equivalent of ${s.title}?`), engine.handle(`what is Provo's equivalent of ${s.title}`));
    out.push(engine.searchTitles?.(s.title.slice(0, 8)));
  }
  for (const q of GENERAL) out.push(engine.ask(q), engine.handle(q));
  for (const p of PROFILES) out.push(engine.fit(p));
  return out.map((a) => JSON.stringify(a));
}

function expectSameAnswers(specs: ClassSpec[]) {
  const built = createEngine({ specs }, { now });
  const blob = precomputeEngine(specs);
  // As a snapshot would hand it back: a Buffer copy at another offset.
  const copy = Buffer.concat([Buffer.from('xyz'), Buffer.from(blob)]).subarray(3);
  // The blob is really used (not silently recomputed).
  expect(restoreContext({ specs }, { now }, copy)).toBeDefined();
  const restored = createEngine({ specs }, { now, precomputed: copy });
  const a = answers(built, specs);
  const b = answers(restored, specs);
  expect(b.length).toBe(a.length);
  for (let i = 0; i < a.length; i++) expect(b[i], `answer ${i}`).toBe(a[i]);
}

describe('precomputed engine context', () => {
  let synthDir = '';
  let synth: ClassSpec[] = [];
  let seeds: ClassSpec[] = [];
  beforeAll(async () => {
    seeds = [...(await loadSpecs(SEEDS)).specs, ...(await loadSpecs(LA)).specs];
    synthDir = await mkdtemp(join(tmpdir(), 'classbot-precompute-'));
    await writeSynthCorpus({ count: 300, out: synthDir, seed: 3 });
    synth = (await loadSpecs(synthDir)).specs;
  }, 120_000);
  afterAll(() => rm(synthDir, { recursive: true, force: true }));

  it('answers like a computed engine on the seeds and Los Angeles bulletins', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(12);
    expectSameAnswers(seeds);
  });

  it('answers like a computed engine on 300 synthetic specs', () => {
    expect(synth.length).toBe(300);
    expectSameAnswers(synth);
  }, 60_000);

  it('ignores a blob made for other specs or of another version, and still answers', () => {
    const blob = precomputeEngine(seeds);
    const reference = answers(createEngine({ specs: synth }, { now }), synth);
    // Other specs, same count: the fingerprint differs.
    const otherSameCount = synth.slice(0, seeds.length);
    const fromOther = createEngine({ specs: otherSameCount }, { now, precomputed: blob });
    expect(answers(fromOther, otherSameCount)).toEqual(answers(createEngine({ specs: otherSameCount }, { now }), otherSameCount));
    expect(answers(createEngine({ specs: synth }, { now, precomputed: blob }), synth)).toEqual(reference);
    expect(restoreContext({ specs: otherSameCount }, { now }, blob)).toBeUndefined();
    const otherVersion = Uint8Array.from(blob);
    otherVersion[7] = 250;
    expect(createEngine({ specs: seeds }, { now, precomputed: otherVersion }).ask('what is the grade for Production Specialist II?').kind).not.toBe('error');
    for (const bad of [new Uint8Array(0), Uint8Array.from(blob.subarray(0, 200)), new Uint8Array(64).fill(7)]) {
      const e = createEngine({ specs: seeds }, { now, precomputed: bad });
      expect(JSON.stringify(e.similar(seeds[0]!.id))).toBe(JSON.stringify(createEngine({ specs: seeds }, { now }).similar(seeds[0]!.id)));
    }
  }, 60_000);
});
