/** Property tests: any string in → a valid Answer out, never an exception (handle, ask, fit, run). */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Action, Answer } from '../../src/model/answer.js';
import type { Engine } from '../../src/engine/engine.js';
import { seedEngine } from './helpers.js';

let engine: Engine;
beforeAll(async () => {
  engine = (await seedEngine()).engine;
});

const KINDS = ['fact', 'list', 'spec', 'comparison', 'similar', 'fit', 'search', 'clarification', 'help', 'not-found'];

function expectValid(a: Answer) {
  expect(KINDS).toContain(a.kind);
  expect(typeof a.title).toBe('string');
  expect(typeof a.text).toBe('string');
  expect(a.text.length).toBeGreaterThan(0);
  expect(Array.isArray(a.specs)).toBe(true);
  expect(Array.isArray(a.citations)).toBe(true);
  expect(Array.isArray(a.followUps)).toBe(true);
  for (const f of a.facts ?? []) if (f.citation !== undefined) expect(a.citations[f.citation]).toBeDefined();
  for (const i of a.items ?? []) for (const c of i.citations ?? []) expect(a.citations[c]).toBeDefined();
  for (const r of a.fit?.results ?? []) for (const c of r.citations) expect(a.citations[c]).toBeDefined();
  // the engine's last-resort guard must never have been needed
  expect((a.notes ?? []).join(' ')).not.toMatch(/Internal error/);
  // serialisable, so every channel (and button values) can carry it
  expect(JSON.parse(JSON.stringify(a)).kind).toBe(a.kind);
}

/** Strings built from the words users type, plus anything at all. */
const vocabulary = fc.constantFrom(
  'compare', 'vs', 'similar', 'fit', 'show', 'search', 'help', 'grade', 'pay', 'hourly', 'which', 'classes', 'need',
  "driver's license", 'Production', 'Specialist', 'II', 'Coordinator', 'Provo', 'IST', 'Kentucky', 'I.T.', 'Help Desk',
  'BS', 'in', 'Computer Science', '18 months', '4 yrs', 'Jan 2021 – present', 'for', 'and', '<@U1>', '<!here>', '*', '\n',
  "what's", 'equivalent', 'of', '?', '', 'Información', '技术员', '🙂',
);
const phrase = fc.array(vocabulary, { maxLength: 12 }).map((w) => w.join(' '));
const anyText = fc.oneof(phrase, fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 200 }));

describe('never throws, always a valid Answer', () => {
  it('handle(any string)', () => {
    fc.assert(fc.property(anyText, (t) => expectValid(engine.handle(t))), { numRuns: 400 });
  });

  it('ask(any string)', () => {
    fc.assert(fc.property(anyText, (t) => expectValid(engine.ask(t))), { numRuns: 300 });
  });

  it('fit(any string) and fit(any object)', () => {
    fc.assert(fc.property(anyText, (t) => expectValid(engine.fit(t))), { numRuns: 300 });
    fc.assert(fc.property(fc.anything(), (x) => expectValid(engine.fit(x as never))), { numRuns: 200 });
  });

  it('run(any action-shaped value)', () => {
    const action = fc.oneof(
      fc.record({ op: fc.constantFrom('ask', 'show', 'compare', 'similar', 'fit', 'search', 'help', 'nope'), question: fc.string(), specId: fc.string(), specIds: fc.array(fc.string(), { maxLength: 4 }), profile: fc.string(), terms: fc.string() }, { requiredKeys: ['op'] }),
      fc.anything(),
    );
    fc.assert(fc.property(action, (x) => expectValid(engine.run(x as Action))), { numRuns: 300 });
  });

  it('compare / similar / show / search with arbitrary input', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 8 }), anyText, (refs, t) => {
        expectValid(engine.compare(refs));
        expectValid(engine.similar(t));
        expectValid(engine.show(t));
        expectValid(engine.search(t));
      }),
      { numRuns: 150 },
    );
  });

  it('very long input is cut at the stated limit with a note', () => {
    const a = engine.handle('x'.repeat(50_000));
    expectValid(a);
    expect(a.notes!.join(' ')).toMatch(/first 2,000 characters/);
  });
});
