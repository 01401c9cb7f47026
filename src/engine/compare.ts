/**
 * compare(): two or more specs side by side — rows of structured values (pay on a common annual basis
 * with the source figures), duties aligned by TF-IDF cosine (shared pairs) and the rest (distinct).
 */
import type { Answer, ComparisonRow, DutyPair } from '../model/answer.js';
import type { ClassSpec } from '../model/spec.js';
import { Citations, answer, followUp, notFoundAnswer, ref } from './answers.js';
import { oldSpecNote } from './ask.js';
import type { EngineContext, SpecFeatures } from './context.js';
import { fieldFacts } from './fields.js';
import { payWarnings } from './pay.js';
import { pickSpec } from './pick.js';
import { rankSimilar } from './similar.js';
import { shorten } from './text.js';
import type { Topic } from './topics.js';
import { sparseCosine } from './vectors.js';

/** Duties whose cosine reaches this are "shared". Tuned on the seeds: below it pairs stop reading as the same work. */
export const DUTY_MATCH_THRESHOLD = 0.2;
const MAX_SPECS = 6;

export function compare(ctx: EngineContext, refs: string[], notes: string[] = []): Answer {
  const cleaned = refs.map((r) => r.trim()).filter(Boolean);
  if (cleaned.length === 0) {
    return notFoundAnswer('Name two or more specs to compare, e.g. "compare Production Specialist II vs Production Coordinator".', 'Compare specs', notes);
  }
  const specs: ClassSpec[] = [];
  // One name that matches several specs ("compare the two IST IIs"): compare those.
  if (cleaned.length === 1) {
    const single = cleaned[0]!.replace(/^(the\s+)?(two|both|all)\s+/i, '').replace(/\b(\w+?)(ii|i|iii)s\b/gi, '$1$2');
    const picked = pickSpec(ctx, single, (s) => ({ op: 'show', specId: s.id }), notes);
    if (picked.answer?.kind === 'clarification' && picked.answer.choices && picked.answer.choices.length <= MAX_SPECS) {
      return compareSpecs(ctx, picked.answer.choices.map((c) => ctx.byId.get(c.id)!), notes);
    }
  }
  for (const [i, r] of cleaned.slice(0, MAX_SPECS).entries()) {
    const picked = pickSpec(ctx, r, (s) => ({ op: 'compare', specIds: cleaned.map((x, j) => (j === i ? s.id : (ctx.titles.resolve(x).candidates[0]?.spec.id ?? x))) }), notes);
    if (picked.answer) return picked.answer;
    if (!specs.some((s) => s.id === picked.spec.id)) specs.push(picked.spec);
  }
  if (cleaned.length > MAX_SPECS) notes = [...notes, `Only the first ${MAX_SPECS} specs are compared.`];
  if (specs.length < 2) {
    const only = specs[0]!;
    const suggestions = rankSimilar(ctx, ctx.byId.get(only.id)!, undefined, 3);
    return answer({
      kind: 'not-found',
      title: 'Compare specs',
      text:
        cleaned.length === 1
          ? `Compare ${only.title} with which spec? Name a second one, e.g. "compare ${only.title} vs ${suggestions[0]?.f.spec.title ?? '…'}".`
          : `Both names point to ${only.title}. Name two different specs, or ask for titles similar to it.`,
      specs: [ref(only)],
      followUps: [
        ...suggestions.map((m) => followUp(`Compare with ${m.f.spec.title}`, { op: 'compare', specIds: [only.id, m.f.spec.id] })),
        followUp(`Similar to ${only.title}`, { op: 'similar', specId: only.id }),
      ],
      notes,
    });
  }
  return compareSpecs(ctx, specs.map((s) => ctx.byId.get(s.id)!), notes);
}

const ROWS: [string, Topic][] = [
  ['Grade', 'grade'],
  ['Education', 'education'],
  ['Experience', 'experience'],
  ['Substitutions', 'substitutions'],
  ['Special requirements', 'special-requirements'],
  ['Reports to / supervision', 'reports-to'],
  ['Probationary period', 'probation'],
  ['FLSA status', 'flsa'],
  ['Selection method', 'selection'],
];

export function compareSpecs(ctx: EngineContext, fs: SpecFeatures[], notes: string[] = []): Answer {
  const cites = new Citations();
  const rows: ComparisonRow[] = [];
  const row = (attribute: string, cells: { value: string | null; sources: Parameters<Citations['add']>[1][] }[]) => {
    rows.push({
      attribute,
      values: cells.map((c) => c.value),
      citations: cells.map((c, i) => c.sources.map((s) => cites.add(fs[i]!.spec, s)).filter((x): x is number => x !== undefined)),
    });
  };
  row('Jurisdiction', fs.map((f) => ({ value: f.spec.jurisdiction.name ?? `not stated (${f.spec.jurisdiction.kind})`, sources: [f.spec.jurisdiction.source] })));
  row('Codes', fs.map((f) => ({ value: f.spec.codes.length ? f.spec.codes.map((c) => `${c.label} ${c.value}`).join('; ') : null, sources: f.spec.codes.slice(0, 3).map((c) => c.source) })));
  const [gradeLabel, gradeTopic] = ROWS[0]!;
  row(gradeLabel, fs.map((f) => cell(f, gradeTopic)));
  row('Pay (annual)', fs.map((f) => {
    const usable = f.pay.filter((p) => p.annualText);
    if (!usable.length) {
      if (!f.pay.length) return { value: null, sources: [] };
      // Pay stated on a basis that does not convert without a guess (hourly, no hours per week): shown as stated.
      return { value: f.pay.slice(0, 3).map((p) => `${p.sourceText} (no hours basis stated; not converted)`).join('; '), sources: f.pay.slice(0, 3).map((p) => p.range.source) };
    }
    return {
      value: usable.slice(0, 3).map((p) => `${p.annualText} (from ${p.sourceText})`).join('; '),
      sources: usable.slice(0, 3).map((p) => p.range.source),
    };
  }));
  for (const [label, topic] of ROWS.slice(1)) row(label, fs.map((f) => cell(f, topic)));
  row('Duties', fs.map((f) => ({ value: f.duties.length ? `${f.duties.length} listed; first: ${shorten(f.duties[0]!, 120)}` : null, sources: f.spec.duties.slice(0, 1).map((d) => d.source) })));
  row('Revised', fs.map((f) => {
    const d = f.spec.revised ?? f.spec.established;
    if (!d) return { value: null, sources: [] };
    const old = oldSpecNote(ctx, f.spec).length > 0;
    return { value: `${d.date}${f.spec.revised ? '' : ' (established)'}${old ? ' — over 10 years old' : ''}`, sources: [d.source] };
  }));

  const { shared, distinct } = alignDuties(fs);
  const allNotes = [...notes];
  for (const f of fs) {
    allNotes.push(...oldSpecNote(ctx, f.spec));
    for (const w of payWarnings(f.spec)) allNotes.push(`${f.spec.title}: ${w}`);
  }
  if (fs.some((f) => f.pay.some((p) => p.highLabel === 'mid'))) allNotes.push('Kentucky ranges are MIN–MID: their upper figure is the midpoint, not the maximum.');
  const names = fs.map((f) => f.spec.title);
  const grades = fs.map((f) => (f.spec.grade ? `grade ${f.spec.grade.value}` : 'no grade stated'));
  const text =
    `${names.join(' vs ')}: ${grades.join(' vs ')}. ` +
    `${shared.length} shared dut${shared.length === 1 ? 'y' : 'ies'} aligned; ` +
    fs.map((f, i) => `${distinct[i]!.length} distinct to ${f.spec.title}`).join(', ') + '.';
  return answer({
    kind: 'comparison',
    title: `Compare: ${names.join(' vs ')}`,
    text,
    specs: fs.map((f) => ref(f.spec)),
    citations: cites.list,
    comparison: {
      specs: fs.map((f) => ref(f.spec)),
      rows,
      sharedDuties: shared,
      distinctDuties: distinct,
      payBasis: 'annual, USD (hourly × stated hours/week × 52; monthly × 12)',
    },
    followUps: [
      ...fs.slice(0, 3).map((f) => followUp(`Similar to ${f.spec.title}`, { op: 'similar', specId: f.spec.id })),
      followUp('Check a candidate', { op: 'fit' }),
    ],
    notes: [...new Set(allNotes)],
  });
}

function cell(f: SpecFeatures, topic: Topic): { value: string | null; sources: Parameters<Citations['add']>[1][] } {
  const res = fieldFacts(f, { topic });
  if (!res.facts.length) return { value: null, sources: [] };
  const value = res.facts.map((x) => (res.facts.length > 1 || x.label !== ROWS.find(([, t]) => t === topic)?.[0] ? `${x.label}: ${x.value}` : x.value)).join(' | ');
  return { value: shorten(value, 600), sources: res.facts.slice(0, 3).map((x) => x.source) };
}

/**
 * Greedy one-to-one alignment of duty sentences between every pair of specs (best cosine first).
 * Distinct duties are those aligned with nothing.
 */
export function alignDuties(fs: SpecFeatures[]): { shared: DutyPair[]; distinct: string[][] } {
  const used = fs.map((f) => new Array<boolean>(f.duties.length).fill(false));
  const shared: DutyPair[] = [];
  for (let a = 0; a < fs.length; a++) {
    for (let b = a + 1; b < fs.length; b++) {
      const cand: [number, number, number][] = [];
      fs[a]!.dutyVectors.forEach((va, i) => {
        fs[b]!.dutyVectors.forEach((vb, j) => {
          const s = sparseCosine(va, vb);
          if (s >= DUTY_MATCH_THRESHOLD) cand.push([s, i, j]);
        });
      });
      cand.sort((x, y) => y[0] - x[0]);
      const takenA = new Set<number>();
      const takenB = new Set<number>();
      for (const [s, i, j] of cand) {
        if (takenA.has(i) || takenB.has(j)) continue;
        takenA.add(i);
        takenB.add(j);
        used[a]![i] = true;
        used[b]![j] = true;
        shared.push({ a: fs[a]!.duties[i]!, b: fs[b]!.duties[j]!, aSpec: a, bSpec: b, score: Math.round(s * 1000) / 1000 });
      }
    }
  }
  shared.sort((x, y) => y.score - x.score);
  return { shared: shared.slice(0, 30), distinct: fs.map((f, i) => f.duties.filter((_, k) => !used[i]![k])) };
}
