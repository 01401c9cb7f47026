/**
 * Fit over all specs judges each requirement signature once and explains only the specs it shows
 * (fit.ts, fit-index.ts). Differential check against the plain definition: for random candidates, the
 * all-specs answer must equal checking every spec one at a time — same counts, same specs shown in the same
 * order (best verdict first, corpus order within a verdict, at most 100), and the same verdict, explanation,
 * path, missing list and quoted citations for each shown spec.
 *
 * Corpus (> 100 specs, so the cap applies): the seeds, the LA bulletins, a small synthetic corpus through the
 * real parser, copies sharing one rule set (same MQ record), and copies with the same rules in another record
 * (same signature, different rule object and citations).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSynthCorpus } from '../../scripts/synth-corpus.js';
import { VERDICT_TEXT } from '../../src/engine/fit.js';
import { createEngine } from '../../src/engine/index.js';
import type { Engine } from '../../src/engine/engine.js';
import { loadSpecs } from '../../src/ingest/load.js';
import type { Answer, CandidateProfile, EducationLevel, FitResult, Verdict } from '../../src/model/answer.js';
import type { ClassSpec } from '../../src/model/spec.js';
import { SEEDS, TODAY } from './helpers.js';

const LA = fileURLToPath(new URL('../fixtures/la', import.meta.url));
const RANK: Record<Verdict, number> = { meets: 0, 'meets-with-substitution': 1, 'does-not-meet': 2, 'not-assessable': 3 };
const SHOWN = 100;

let engine: Engine;
let specs: ClassSpec[];
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fit-scale-'));
  await writeSynthCorpus({ count: 120, out: dir, seed: 5 });
  const loaded = await Promise.all([SEEDS, LA, dir].map((d) => loadSpecs(d)));
  const base = loaded.flatMap((l) => l.specs);
  // Copies with the very same MQ record (one shared rule object) …
  const same = base.slice(0, 12).map((s, i) => ({ ...s, id: `${s.id}-same${i}`, title: `${s.title} Copy ${i}` }));
  // … and with the same rules in a record that differs (own rule object, same signature, own citations).
  const reworded = base
    .filter((s) => s.minimumQualifications)
    .slice(0, 12)
    .map((s, i) => {
      const mq = s.minimumQualifications!;
      return { ...s, id: `${s.id}-rec${i}`, title: `${s.title} Record ${i}`, minimumQualifications: { ...mq, source: { ...mq.source, section: `${mq.source.section} (copy ${i})` } } };
    });
  specs = [...base, ...same, ...reworded];
  engine = createEngine({ specs, problems: [] }, { now: () => TODAY });
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const LEVELS: EducationLevel[] = ['none', 'high-school', 'some-college', 'vocational', 'associate', 'bachelor', 'master', 'doctorate'];
const FIELDS = ['Computer Science', 'information systems', 'networking', 'public administration', 'accounting', 'agriculture', 'civil engineering', 'English', 'biology', 'CS'];
const AREAS = [
  'production support',
  'help desk',
  'computer operation and system support',
  'programming',
  'systems analysis',
  'network administration',
  'database administration',
  'supervision of staff',
  'accounting',
  'agricultural inspection',
  'Computer Operator with the City of Los Angeles',
  'customer service',
  'experience',
];

const profileArb: fc.Arbitrary<CandidateProfile> = fc.record({
  education: fc.array(
    fc.record(
      { level: fc.constantFrom(...LEVELS), field: fc.constantFrom(...FIELDS), years: fc.constantFrom(0.5, 1, 1.5, 2, 3) },
      { requiredKeys: ['level'] },
    ),
    { maxLength: 2 },
  ),
  experience: fc.array(fc.record({ area: fc.constantFrom(...AREAS), months: fc.integer({ min: 0, max: 180 }) }), { minLength: 0, maxLength: 3 }),
});

/** What a reader compares: the result with its citations resolved to the cited words. */
const view = (a: Answer, r: FitResult) => ({
  specId: r.specId,
  verdict: r.verdict,
  explanation: r.explanation,
  path: r.path,
  missing: r.missing,
  interpretation: r.interpretation,
  cited: r.citations.map((c) => a.citations[c]),
});

describe('fit over all specs = every spec checked one at a time', () => {
  it('the test corpus is big enough for the cap and its ids are unique', () => {
    expect(specs.length).toBeGreaterThan(SHOWN);
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
  });

  it('random candidates: same counts, same shown specs in the same order, same texts', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const all = engine.fit(profile);
        if (all.kind !== 'fit') {
          // nothing readable in the profile: the single check says the same
          expect(engine.fit(profile, { spec: specs[0]!.id }).kind).toBe(all.kind);
          return;
        }
        const singles = specs.map((s) => {
          const a = engine.fit(profile, { spec: s.id });
          expect(a.kind).toBe('fit');
          const r = a.fit!.results[0]!;
          expect(r.specId).toBe(s.id);
          return { a, r };
        });
        const counts: Record<Verdict, number> = { meets: 0, 'meets-with-substitution': 0, 'does-not-meet': 0, 'not-assessable': 0 };
        for (const { r } of singles) counts[r.verdict]++;
        const countText = (Object.keys(counts) as Verdict[])
          .filter((v) => counts[v])
          .map((v) => `${counts[v]} ${VERDICT_TEXT[v].toLowerCase()}`)
          .join(', ');
        // the summary states the counts over every spec
        expect(all.text).toContain(`against ${specs.length} specs: ${countText}.`);
        // shown: stable order by verdict, the first SHOWN of them
        const expected = singles
          .map((x, i) => ({ ...x, i }))
          .sort((p, q) => RANK[p.r.verdict] - RANK[q.r.verdict] || p.i - q.i)
          .slice(0, SHOWN);
        expect(all.fit!.results.map((r) => view(all, r))).toEqual(expected.map(({ a, r }) => view(a, r)));
      }),
      { numRuns: 25, seed: 20261123 },
    );
  });

  it('free-text and résumé profiles agree too', () => {
    const texts = [
      'BS in Computer Science, 18 months production support',
      'HS diploma, 5 yrs production support',
      "associate's in networking and a year of help desk work",
      'Help Desk Analyst, Jan 2021 – present\nComputer Operator, Mar 2018 - Dec 2020',
      "Master's in public administration, 6 years budget analysis",
      'Data Entry Operator with the City of Los Angeles, Jan 2019 - present; HS diploma',
      '45 semester units, 2.5 years systems support',
    ];
    for (const t of texts) {
      const all = engine.fit(t);
      expect(all.kind).toBe('fit');
      for (const r of all.fit!.results) {
        const a = engine.fit(t, { spec: r.specId });
        expect(view(a, a.fit!.results[0]!), `${t} / ${r.specId}`).toEqual(view(all, r));
      }
    }
  });
});
