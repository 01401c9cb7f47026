/** Hand-built Answer objects for card unit tests (the integration tests use the real engine). */
import type { Answer, AnswerKind } from '../../../src/model/answer.js';
import type { SpecRef } from '../../../src/model/spec.js';

export const PS2: SpecRef = { id: 'ky-production-specialist-ii', title: 'Production Specialist II', jurisdiction: 'Commonwealth of Kentucky', revised: '2019-01-16' };
export const PC: SpecRef = { id: 'ky-production-coordinator', title: 'Production Coordinator', jurisdiction: 'Commonwealth of Kentucky', revised: '2011-06-16' };
export const IST: SpecRef = { id: 'provo-ist-ii', title: 'Information Systems Technician II', jurisdiction: 'Provo City' };

const cite = { specId: PC.id, specTitle: PC.title, section: 'Grade', quote: 'Grade 14', revised: PC.revised };

export function answerOf(kind: AnswerKind, extra: Partial<Answer> = {}): Answer {
  return { kind, title: `A ${kind} answer`, text: `Text of a ${kind} answer.`, specs: [PC], citations: [cite], followUps: [], ...extra };
}

export const SAMPLE_ANSWERS: Answer[] = [
  answerOf('fact', {
    title: 'Production Coordinator — grade',
    text: 'Production Coordinator is grade 14.',
    facts: [{ label: 'Grade', value: '14', citation: 0 }],
    followUps: [
      { label: 'Compare with Production Specialist II', action: { op: 'compare', specIds: [PC.id, PS2.id] } },
      { label: 'Check fit', action: { op: 'fit', specId: PC.id } },
    ],
  }),
  answerOf('list', { items: [{ spec: PC, detail: 'Requires a bachelor’s degree' }, { spec: PS2, detail: 'Requires high school' }] }),
  answerOf('spec', { facts: [{ label: 'Grade', value: '14' }, { label: 'FLSA', value: 'Exempt' }] }),
  answerOf('comparison', {
    specs: [PS2, PC],
    comparison: {
      specs: [PS2, PC],
      rows: [
        { attribute: 'Grade', values: ['11', '14'], citations: [[0], [0]] },
        { attribute: 'Probation', values: ['6 months', null] },
      ],
      sharedDuties: [{ a: 'Operates the console', b: 'Coordinates console operations', aSpec: 0, bSpec: 1, score: 0.7 }],
      distinctDuties: [['Mounts tapes'], []],
      payBasis: 'annual, USD',
    },
  }),
  answerOf('similar', { items: [{ spec: PS2, detail: 'Closest', score: 0.81, reasons: ['Shared duties: job control', 'Same level'] }] }),
  answerOf('fit', {
    fit: {
      profile: { education: [{ level: 'bachelor', field: 'Computer Science' }], experience: [{ area: 'production support', months: 18 }] },
      profileSummary: "Bachelor's in Computer Science; 18 months of production support",
      results: [
        { specId: PC.id, title: PC.title, jurisdiction: PC.jurisdiction, verdict: 'does-not-meet', explanation: 'Needs more experience.', missing: ['2 more years of production support', 'a master’s degree and 1 more year'], path: ['Degree met'], interpretation: true, citations: [0] },
        { specId: PS2.id, title: PS2.title, jurisdiction: PS2.jurisdiction, verdict: 'meets', explanation: 'Degree substitutes.', missing: [], path: [], interpretation: false, citations: [] },
      ],
    },
  }),
  answerOf('search', { items: [{ spec: IST, detail: 'Essential functions', section: 'Essential Functions', reasons: ['resets passwords', 'for users'] }] }),
  answerOf('clarification', { specs: [IST, PS2], choices: [IST, { ...IST, id: 'state-ist-ii', jurisdiction: null }] }),
  answerOf('help', { specs: [], citations: [], facts: [{ label: 'compare A vs B', value: 'side by side' }] }),
  answerOf('not-found', { specs: [], citations: [], notes: ['The spec does not state a salary.'] }),
];
