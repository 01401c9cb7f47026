/** Hand-built Answer objects of every kind, for renderer unit tests (the integration tests use the real engine). */
import type { Answer, Citation } from '../../../src/model/answer.js';
import type { SpecRef } from '../../../src/model/spec.js';

export const PS2: SpecRef = { id: 'ky-production-specialist-ii', title: 'Production Specialist II', jurisdiction: 'Commonwealth of Kentucky', revised: '2019-05-16' };
export const PC: SpecRef = { id: 'ky-production-coordinator', title: 'Production Coordinator', jurisdiction: 'Commonwealth of Kentucky', revised: '2019-05-16' };
export const IST: SpecRef = { id: 'provo-ist-ii', title: 'Information Systems Technician II', jurisdiction: 'Provo City' };

const cite = (spec: SpecRef, section: string, quote: string): Citation => ({
  specId: spec.id,
  specTitle: spec.title,
  section,
  quote,
  ...(spec.revised ? { revised: spec.revised } : {}),
});

export const fact: Answer = {
  kind: 'fact',
  title: 'Production Coordinator — grade',
  text: 'Production Coordinator is grade 14.',
  specs: [PC],
  citations: [cite(PC, 'Grade', 'Grade: 14')],
  facts: [{ label: 'Grade', value: '14', citation: 0 }],
  followUps: [
    { label: 'Compare with Production Specialist II', action: { op: 'compare', specIds: [PC.id, PS2.id] } },
    { label: 'Similar titles', action: { op: 'similar', specId: PC.id } },
    { label: 'Check a candidate', action: { op: 'fit', specId: PC.id } },
  ],
};

export const comparison: Answer = {
  kind: 'comparison',
  title: 'Production Specialist II vs Production Coordinator',
  text: 'Production Coordinator is three grades above Production Specialist II.',
  specs: [PS2, PC],
  citations: [cite(PS2, 'Grade', 'Grade 11'), cite(PC, 'Grade', 'Grade 14')],
  comparison: {
    specs: [PS2, PC],
    rows: [
      { attribute: 'Grade', values: ['11', '14'], citations: [[0], [1]] },
      { attribute: 'Pay (annual)', values: ['$26,482 – $35,080', null] },
    ],
    sharedDuties: [{ a: 'Operates production equipment', b: 'Coordinates production runs', aSpec: 0, bSpec: 1, score: 0.6 }],
    distinctDuties: [['Loads paper'], ['Supervises staff']],
    payBasis: 'annual, USD',
  },
  followUps: [{ label: 'Show full spec', action: { op: 'show', specId: PC.id } }],
};

export const similar: Answer = {
  kind: 'similar',
  title: 'Titles similar to Information Systems Technician II',
  text: 'Closest: I.T. Help Desk Coordinator.',
  specs: [IST],
  citations: [],
  items: [
    { spec: { id: 'state-it-help-desk-coordinator', title: 'I.T. Help Desk Coordinator', jurisdiction: 'State' }, detail: 'Help desk duties', score: 0.71, reasons: ['Shared duties: password resets', 'Same level'] },
    { spec: PS2, detail: 'Production support', score: 0.3, reasons: ['Shared: troubleshooting'] },
  ],
  followUps: [],
};

export const fit: Answer = {
  kind: 'fit',
  title: 'Qualification check',
  text: 'Meets 1 of 2 specs.',
  specs: [PS2, PC],
  citations: [cite(PS2, 'Minimum Requirements', 'High school graduate. Experience: Two years of production support.')],
  fit: {
    profile: { education: [{ level: 'high-school' }], experience: [{ area: 'production support', months: 48 }] },
    profileSummary: 'High school diploma; 4 years production support',
    results: [
      { specId: PS2.id, title: PS2.title, jurisdiction: PS2.jurisdiction, verdict: 'meets', explanation: 'Education and experience met.', missing: [], path: ['High school met', '2 years of 4 used'], interpretation: false, citations: [0] },
      { specId: PC.id, title: PC.title, jurisdiction: PC.jurisdiction, verdict: 'does-not-meet', explanation: 'Needs a bachelor’s degree or equivalent.', missing: ['2 more years of production support experience', 'a bachelor’s degree'], path: ['Degree not met'], interpretation: true, citations: [] },
    ],
  },
  followUps: [],
};

export const clarification: Answer = {
  kind: 'clarification',
  title: 'Which Information Systems Technician II?',
  text: 'Two specs are called Information Systems Technician II. Which one do you mean?',
  specs: [],
  citations: [],
  choices: [IST, { id: 'ist-ii-specialist', title: 'Information Systems Technician II (Specialist)', jurisdiction: null }],
  followUps: [
    { label: 'Provo', action: { op: 'ask', question: 'grade of IST II', specId: IST.id } },
  ],
};

export const list: Answer = {
  kind: 'list',
  title: 'Specs requiring a driver’s license',
  text: '2 specs mention a driver’s license.',
  specs: [PS2, IST],
  citations: [cite(PS2, 'Special Requirements', 'valid driver’s license')],
  items: [
    { spec: PS2, detail: 'Valid driver’s license required', citations: [0] },
    { spec: IST, detail: 'May be required' },
  ],
  followUps: [],
};

export const search: Answer = {
  kind: 'search',
  title: 'Passages about password resets',
  text: '1 passage found.',
  specs: [IST],
  citations: [],
  items: [{ spec: IST, detail: 'Essential tasks', section: 'Essential Functions', reasons: ['performs password resets'] }],
  followUps: [],
};

export const help: Answer = {
  kind: 'help',
  title: 'classbot help',
  text: 'Ask about a class spec: grade, pay, qualifications…',
  specs: [],
  citations: [],
  followUps: [{ label: 'Try: grade of Production Coordinator', action: { op: 'ask', question: 'grade of Production Coordinator' } }],
};

export const notFound: Answer = {
  kind: 'not-found',
  title: 'Not found',
  text: 'I couldn’t find a spec called "<!channel> <@U123> <http://evil.example|click me> & more".',
  specs: [],
  citations: [],
  followUps: [],
  notes: ['Input <!here> was cut at 500 characters.'],
};

export const spec: Answer = {
  kind: 'spec',
  title: 'Production Coordinator',
  text: 'Coordinates production.',
  specs: [PC],
  citations: [cite(PC, 'Grade', 'Grade 14')],
  facts: [{ label: 'Grade', value: '14' }, { label: 'FLSA', value: 'Non-exempt' }],
  followUps: [],
};

export const allKinds: Answer[] = [fact, comparison, similar, fit, clarification, list, search, help, notFound, spec];
