/** fast-check arbitraries for Answer objects of every kind and size (Teams card property tests). */
import fc from 'fast-check';
import type { Action, Answer, AnswerKind } from '../../../src/model/answer.js';

const KINDS: AnswerKind[] = ['fact', 'list', 'spec', 'comparison', 'similar', 'fit', 'search', 'clarification', 'help', 'not-found'];
/** Text with the characters that matter: markdown, mentions, links, unicode, long runs. */
const text = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: max, unit: 'grapheme' }),
    fc.constantFrom('**x** [a](http://e.vil) <at>you</at> _y_ # z', 'www.evil.example/x', '`code`\n> quote\n- list', ''),
    fc.string({ minLength: 500, maxLength: 3000, unit: fc.constantFrom('a', ' ', '*', '[', ']', 'é', '字', '\n') }),
  );
const ref = fc.record({ id: fc.stringMatching(/^[a-z0-9-]{1,40}$/), title: text(120), jurisdiction: fc.option(text(60), { nil: null }) });
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ op: fc.constant('ask' as const), question: text(300) }),
  fc.record({ op: fc.constant('show' as const), specId: fc.string({ maxLength: 40 }) }),
  fc.record({ op: fc.constant('compare' as const), specIds: fc.array(fc.string({ maxLength: 40 }), { minLength: 2, maxLength: 5 }) }),
  fc.record({ op: fc.constant('fit' as const) }),
  fc.record({ op: fc.constant('search' as const), terms: text(300) }),
  fc.constant({ op: 'help' as const }),
);
export const answer: fc.Arbitrary<Answer> = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    title: text(400),
    text: text(4000),
    specs: fc.array(ref, { maxLength: 6 }),
    citations: fc.array(fc.record({ specId: fc.string(), specTitle: text(100), section: text(80), quote: text(2000) }), { maxLength: 60 }),
    facts: fc.array(fc.record({ label: text(60), value: text(2000) }), { maxLength: 60 }),
    items: fc.array(fc.record({ spec: ref, detail: text(500), reasons: fc.array(text(200), { maxLength: 8 }), score: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 60 }),
    notes: fc.array(text(300), { maxLength: 6 }),
    followUps: fc.array(fc.record({ label: text(60), action }), { maxLength: 8 }),
    choices: fc.array(ref, { maxLength: 12 }),
    nSpecs: fc.integer({ min: 2, max: 5 }),
    rows: fc.array(fc.record({ attribute: text(40), values: fc.array(fc.option(text(900), { nil: null }), { minLength: 5, maxLength: 5 }) }), { maxLength: 25 }),
    fitResults: fc.array(
      fc.record({
        title: text(100),
        verdict: fc.constantFrom('meets' as const, 'meets-with-substitution' as const, 'does-not-meet' as const, 'not-assessable' as const),
        explanation: text(1500),
        missing: fc.array(text(200), { maxLength: 4 }),
        path: fc.array(text(300), { maxLength: 6 }),
        interpretation: fc.boolean(),
      }),
      { maxLength: 30 },
    ),
  })
  .map(({ nSpecs, rows, fitResults, ...a }) => {
    const specs = Array.from({ length: nSpecs }, (_, i) => ({ id: `s${i}`, title: `Spec ${i}`, jurisdiction: null }));
    const out: Answer = { ...a };
    if (a.kind === 'comparison') {
      out.comparison = { specs, rows: rows.map((r) => ({ ...r, values: r.values.slice(0, nSpecs) })), sharedDuties: [], distinctDuties: specs.map(() => ['a duty']) };
    }
    if (a.kind === 'fit') {
      out.fit = {
        profile: { education: [], experience: [] },
        profileSummary: a.text.slice(0, 200),
        results: fitResults.map((r, i) => ({ ...r, specId: `s${i}`, jurisdiction: null, citations: [] })),
      };
    }
    return out;
  });

