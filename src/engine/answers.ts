/**
 * Builders for the Answer model: citations collected once and referred to by index,
 * and the standard answers (help, not found, clarification).
 */
import type { Action, Answer, Citation, FollowUp } from '../model/answer.js';
import type { ClassSpec, Source, SpecRef } from '../model/spec.js';
import { toSpecRef } from '../model/spec.js';
import { shorten } from './text.js';

/** Longest quote kept in a citation (a whole duties section is cut, with an ellipsis). */
const MAX_QUOTE = 600;

/** Collects citations, de-duplicated, and hands back their index. */
export class Citations {
  readonly list: Citation[] = [];
  private readonly seen = new Map<string, number>();

  add(spec: ClassSpec, source: Source | undefined): number | undefined {
    if (!source) return undefined;
    const quote = shorten(source.quote, MAX_QUOTE);
    const key = `${spec.id}\u0000${source.section}\u0000${quote}`;
    const known = this.seen.get(key);
    if (known !== undefined) return known;
    const ref = toSpecRef(spec);
    const c: Citation = { specId: spec.id, specTitle: spec.title, section: source.section, quote };
    if (ref.revised) c.revised = ref.revised;
    this.list.push(c);
    this.seen.set(key, this.list.length - 1);
    return this.list.length - 1;
  }
}

export function answer(partial: Omit<Answer, 'citations' | 'followUps' | 'specs'> & Partial<Answer>): Answer {
  const a: Answer = {
    specs: [],
    citations: [],
    followUps: [],
    ...partial,
  };
  if (a.notes && a.notes.length === 0) delete a.notes;
  return a;
}

export const ref = toSpecRef;

export function followUp(label: string, action: Action): FollowUp {
  return { label: label.length > 40 ? `${label.slice(0, 39)}…` : label, action };
}

/** "Production Specialist II (Commonwealth of Kentucky)". */
export function specName(spec: ClassSpec | SpecRef): string {
  const j = 'jurisdiction' in spec && spec.jurisdiction && typeof spec.jurisdiction === 'object' ? spec.jurisdiction.name : (spec as SpecRef).jurisdiction;
  return j ? `${spec.title} (${j})` : spec.title;
}

/** Longer label used in "does not state" sentences: "The Provo City Information Systems Technician II spec". */
export function specPhrase(spec: ClassSpec): string {
  const j = spec.jurisdiction.name;
  return j ? `The ${j} ${spec.title} spec` : `The ${spec.title} spec`;
}

/** Follow-ups offered after an answer about one spec. */
export function specFollowUps(spec: ClassSpec, others: ClassSpec[] = []): FollowUp[] {
  const out: FollowUp[] = [followUp('Show full spec', { op: 'show', specId: spec.id })];
  out.push(followUp('Similar titles', { op: 'similar', specId: spec.id }));
  const other = others.find((o) => o.id !== spec.id);
  if (other) out.push(followUp(`Compare with ${other.title}`, { op: 'compare', specIds: [spec.id, other.id] }));
  out.push(followUp('Check a candidate', { op: 'fit', specId: spec.id }));
  return out;
}

export const EXAMPLES = [
  "what's the pay grade for Production Coordinator?",
  "which classes need a driver's license?",
  'compare Production Specialist II vs Production Coordinator',
  'similar Provo IST II',
  'fit BS in Computer Science, 18 months production support',
];

export function helpAnswer(specCount: number, notes?: string[]): Answer {
  return answer({
    kind: 'help',
    title: 'What classbot can do',
    text:
      `I answer questions about ${specCount} class specification${specCount === 1 ? '' : 's'}, citing the spec, section and exact words. ` +
      'Ask about a field (grade, pay, education, experience, substitutions, licence, drug screen, probation, duties…), ' +
      'ask across specs ("which classes require a bachelor\'s degree?"), or use a command: ' +
      '"compare A vs B", "similar X", "fit <candidate profile> [for <spec>]", "show X", "search <terms>".',
    facts: [
      { label: 'Ask', value: "what's the pay grade for Production Coordinator?" },
      { label: 'Across specs', value: "which classes need a driver's license?" },
      { label: 'Compare', value: 'compare Production Specialist II vs Production Coordinator' },
      { label: 'Similar', value: 'similar Provo IST II' },
      { label: 'Fit', value: 'fit BS in Computer Science, 18 months production support' },
      { label: 'Show / search', value: 'show Production Coordinator · search password reset' },
    ],
    followUps: [
      followUp('Which need a license?', { op: 'ask', question: "which classes need a driver's license?" }),
      followUp('List all specs', { op: 'search', terms: '' }),
      followUp('Check a candidate', { op: 'fit' }),
    ],
    ...(notes && notes.length ? { notes } : {}),
  });
}

export function notFoundAnswer(text: string, title = 'Nothing found', notes?: string[]): Answer {
  return answer({
    kind: 'not-found',
    title,
    text,
    followUps: [followUp('Help', { op: 'help' })],
    ...(notes && notes.length ? { notes } : {}),
  });
}

export function clarification(question: string, choices: ClassSpec[], redo: (spec: ClassSpec) => Action, notes?: string[]): Answer {
  return answer({
    kind: 'clarification',
    title: 'Which spec do you mean?',
    text: `${choices.length} specs match "${shorten(question, 80)}". Which one do you mean?`,
    choices: choices.map(ref),
    specs: choices.map(ref),
    followUps: choices.slice(0, 5).map((c) => followUp(specName(c), redo(c))),
    ...(notes && notes.length ? { notes } : {}),
  });
}
