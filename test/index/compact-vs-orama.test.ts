/**
 * The compact index answers exactly as the Orama 3.1 indexes it replaced (src/index/orama-reference.ts): same hits
 * (spec, section, order, snippet), same scores (to 1e-9 relative), for section and title searches, with prefixes,
 * synonyms, typos at tolerance 1 and 2, restrictions to specs, limits — on the seeds + LA bulletins, on a 300-spec
 * synthetic corpus, and on random words drawn from the corpus.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSynthCorpus } from '../../scripts/synth-corpus.js';
import { loadSpecs } from '../../src/ingest/load.js';
import type { ClassSpec } from '../../src/model/spec.js';
import { buildOramaSpecIndex } from '../../src/index/orama-reference.js';
import { buildSpecIndex, loadSpecIndex, saveSpecIndex, type SpecIndex } from '../../src/index/spec-index.js';
import type { SearchHit, TitleHit } from '../../src/index/types.js';
import { allTwelve } from '../ingest/helpers.js';

const QUERIES = [
  'password resets',
  'experience',
  'IT',
  'it help desk',
  'help desk',
  'service desk',
  'JCL',
  'job control language',
  'IPL',
  'initial program load',
  'AAS degree',
  "bachelor's degree",
  'BS',
  'MS',
  'IST II',
  'PS',
  'education',
  'coordinator',
  'probationary period',
  'how long is the probation period',
  'driver license',
  'semester units',
  'troubleshooting',
  'trubleshoots',
  'pasword resets',
  'recuirtment plans',
  'snow and ice removal',
  'backup and recovery procedures',
  'drug screening',
  'tax returns audit',
  'chlorination equipment',
  'sys', // a short prefix: many words
  'pro',
  'ii',
  'iii',
  '1401',
  'the of and',
  '?!',
  'Kentucky',
  'Los Angeles',
  'supervises employees engaged in',
  'constructor', // an Object.prototype name as a word
];

const relClose = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-300);

function expectSameSectionHits(got: SearchHit[], want: SearchHit[], label: string): void {
  expect(got.map((h) => [h.specId, h.section, h.title, h.jurisdiction, h.snippet]), label).toEqual(
    want.map((h) => [h.specId, h.section, h.title, h.jurisdiction, h.snippet]),
  );
  got.forEach((hit, i) => expect(relClose(hit.score, want[i]!.score), `${label} #${i}: ${hit.score} vs ${want[i]!.score}`).toBe(true));
}

function expectSameTitleHits(got: TitleHit[], want: TitleHit[], label: string): void {
  expect(got.map((h) => [h.specId, h.title, h.jurisdiction, h.allTerms]), label).toEqual(want.map((h) => [h.specId, h.title, h.jurisdiction, h.allTerms]));
  got.forEach((hit, i) => expect(relClose(hit.score, want[i]!.score), `${label} #${i}: ${hit.score} vs ${want[i]!.score}`).toBe(true));
}

/** Every option shape the engine uses, for one query. */
function compareQuery(compact: SpecIndex, orama: SpecIndex, specs: readonly ClassSpec[], query: string): void {
  const restrictTo = [
    [specs[0]!.id],
    [specs[1 % specs.length]!.id, 'no-such-spec', specs[specs.length - 1]!.id],
    specs.filter((_, i) => i % 3 === 0).map((spec) => spec.id),
  ];
  const options = [
    {},
    { limit: 3 },
    { limit: 60 },
    { tolerance: 0 },
    { tolerance: 1, limit: 25 },
    { tolerance: 2, limit: 25 },
    ...restrictTo.map((specIds) => ({ specIds, limit: 20 })),
    { specIds: restrictTo[2]!, tolerance: 2 },
  ];
  for (const opts of options) {
    const label = `${JSON.stringify(query)} ${JSON.stringify(opts)}`;
    expectSameSectionHits(compact.search(query, opts), orama.search(query, opts), label);
  }
  for (const opts of [{}, { limit: 50 }, { tolerance: 0 }, { tolerance: 2, limit: 30 }]) {
    const label = `titles ${JSON.stringify(query)} ${JSON.stringify(opts)}`;
    expectSameTitleHits(compact.searchTitles(query, opts), orama.searchTitles(query, opts), label);
  }
}

/** Words of the corpus (sections and titles), for random queries. */
function corpusWords(specs: readonly ClassSpec[]): string[] {
  const words = new Set<string>();
  for (const spec of specs) {
    for (const word of spec.title.split(/\s+/)) words.add(word);
    for (const section of spec.sections) for (const word of `${section.heading} ${section.text}`.match(/[A-Za-z0-9][A-Za-z0-9.'-]*/g) ?? []) words.add(word);
  }
  return [...words].sort();
}

/** A word with one or two edits (typos), deterministic from the draws. */
const typo = (word: string, at: number, kind: number) => {
  const i = at % Math.max(1, word.length);
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1); // deletion
  if (kind === 1) return word.slice(0, i) + 'e' + word.slice(i); // insertion
  return word.slice(0, i) + (word[i] === 'a' ? 'o' : 'a') + word.slice(i + 1); // substitution
};

function randomQueries(specs: readonly ClassSpec[]) {
  const words = corpusWords(specs);
  const word = fc.integer({ min: 0, max: words.length - 1 }).map((i) => words[i]!);
  const queryWord = fc.oneof(
    word,
    fc.tuple(word, fc.nat(), fc.integer({ min: 0, max: 2 })).map(([w, at, kind]) => typo(w, at, kind)),
    fc.tuple(word, fc.integer({ min: 2, max: 5 })).map(([w, n]) => w.slice(0, n)), // a prefix
  );
  return fc.record({
    query: fc.array(queryWord, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' ')),
    tolerance: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    limit: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
    restrict: fc.option(fc.array(fc.integer({ min: 0, max: specs.length - 1 }), { minLength: 1, maxLength: 5 }), { nil: undefined }),
  });
}

function checkRandom(compact: SpecIndex, orama: SpecIndex, specs: readonly ClassSpec[], runs: number): void {
  fc.assert(
    fc.property(randomQueries(specs), ({ query, tolerance, limit, restrict }) => {
      const opts = {
        ...(tolerance !== undefined ? { tolerance } : {}),
        ...(limit !== undefined ? { limit } : {}),
        ...(restrict ? { specIds: restrict.map((i) => specs[i]!.id) } : {}),
      };
      const label = `${JSON.stringify(query)} ${JSON.stringify(opts)}`;
      expectSameSectionHits(compact.search(query, opts), orama.search(query, opts), label);
      const titleOpts = { ...(tolerance !== undefined ? { tolerance } : {}), ...(limit !== undefined ? { limit } : {}) };
      expectSameTitleHits(compact.searchTitles(query, titleOpts), orama.searchTitles(query, titleOpts), `titles ${label}`);
    }),
    { numRuns: runs, seed: 7 },
  );
}

describe('compact index vs Orama: seeds + Los Angeles bulletins', () => {
  let specs: ClassSpec[];
  let compact: SpecIndex;
  let orama: SpecIndex;
  beforeAll(async () => {
    ({ specs } = await loadSpecs(await allTwelve()));
    compact = buildSpecIndex(specs);
    orama = buildOramaSpecIndex(specs);
  });

  it('indexes the same section documents', () => {
    expect(specs.length).toBe(12);
    expect(compact.sectionCount).toBe(orama.sectionCount);
  });

  it('answers every probe query the same, with every option', () => {
    for (const query of QUERIES) compareQuery(compact, orama, specs, query);
    // Not vacuous: the probes find things, typos included.
    expect(compact.search('pasword resets').length).toBeGreaterThan(0);
    expect(compact.search('JCL').map((h) => h.specId)).toContain('ky-production-specialist-ii');
    expect(compact.search('trubleshoots', { tolerance: 2 }).length).toBeGreaterThan(0);
  });

  it('answers random corpus words, prefixes and typos the same (property)', () => {
    checkRandom(compact, orama, specs, 300);
  });

  it('a restored index answers the same too', () => {
    const restored = loadSpecIndex(specs, saveSpecIndex(compact));
    for (const query of QUERIES.slice(0, 12)) compareQuery(restored, orama, specs, query);
  });
});

describe('compact index vs Orama: 300 synthetic specs', () => {
  let dir: string;
  let specs: ClassSpec[];
  let compact: SpecIndex;
  let orama: SpecIndex;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'classbot-synth-300-'));
    await writeSynthCorpus({ count: 300, out: dir, seed: 3 });
    ({ specs } = await loadSpecs(dir));
    compact = buildSpecIndex(specs);
    orama = buildOramaSpecIndex(specs);
  }, 120_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('answers every probe query the same, with every option', () => {
    expect(specs.length).toBe(300);
    expect(compact.sectionCount).toBe(orama.sectionCount);
    for (const query of QUERIES) compareQuery(compact, orama, specs, query);
    // Titles of the corpus itself, typed with a typo.
    for (const spec of specs.filter((_, i) => i % 37 === 0)) {
      compareQuery(compact, orama, specs, spec.title);
      compareQuery(compact, orama, specs, typo(spec.title, 3, 2));
    }
  });

  it('answers random corpus words, prefixes and typos the same (property)', () => {
    checkRandom(compact, orama, specs, 200);
  });
});

describe('compact index vs Orama: a corpus of 500+ specs (restricted searches score the named specs alone)', () => {
  it('same hits and scores for searches restricted to a few specs', async () => {
    const { specs: seeds } = await loadSpecs(await allTwelve());
    const copy = (spec: ClassSpec, i: number): ClassSpec => ({ ...spec, id: `${spec.id}-c${i}`, title: `${spec.title} ${i}` });
    const specs = [...seeds, ...Array.from({ length: 500 }, (_, i) => copy(seeds[i % seeds.length]!, i))];
    const compact = buildSpecIndex(specs);
    const orama = buildOramaSpecIndex(specs);
    const few = [[seeds[0]!.id], [seeds[3]!.id, specs[200]!.id, 'no-such-spec'], specs.slice(100, 120).map((s) => s.id)];
    for (const query of ['experience', 'pasword resets', 'probationary period', 'IT help desk', 'sys', 'JCL']) {
      for (const specIds of few) {
        for (const tolerance of [undefined, 0, 2]) {
          const opts = { specIds, ...(tolerance !== undefined ? { tolerance } : {}) };
          expectSameSectionHits(compact.search(query, opts), orama.search(query, opts), `${query} ${JSON.stringify(opts)}`);
        }
      }
      expectSameSectionHits(compact.search(query, { limit: 40 }), orama.search(query, { limit: 40 }), query);
    }
  }, 120_000);
});
