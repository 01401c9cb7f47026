/** show (one spec as a summary card) and search (ranked passages from the full-text index). */
import type { Answer, Fact, Item } from '../model/answer.js';
import { Citations, answer, followUp, notFoundAnswer, ref, specFollowUps, specName } from './answers.js';
import { bestSentence, oldSpecNote } from './ask.js';
import type { EngineContext, SpecFeatures } from './context.js';
import { fieldFacts } from './fields.js';
import { primaryPay } from './pay.js';
import { pickSpec } from './pick.js';
import { shorten, terms } from './text.js';
import type { Topic } from './topics.js';

export function show(ctx: EngineContext, text: string, notes: string[] = []): Answer {
  const picked = pickSpec(ctx, text, (s) => ({ op: 'show', specId: s.id }), notes);
  if (picked.answer) return picked.answer;
  return showSpec(ctx, ctx.byId.get(picked.spec.id)!, notes);
}

const SHOWN: [Topic, string][] = [
  ['codes', ''],
  ['grade', 'Grade'],
  ['flsa', 'FLSA status'],
  ['probation', 'Probationary period'],
  ['reports-to', 'Reports to'],
  ['education', 'Education'],
  ['experience', 'Experience'],
  ['substitutions', 'Substitution'],
  ['special-requirements', ''],
  ['series', ''],
  ['dates', ''],
];

export function showSpec(ctx: EngineContext, f: SpecFeatures, notes: string[] = []): Answer {
  const spec = f.spec;
  const cites = new Citations();
  const facts: Fact[] = [];
  const add = (label: string, value: string, source?: Parameters<Citations['add']>[1]) => {
    const c = cites.add(spec, source);
    facts.push({ label, value: shorten(value, 400), ...(c !== undefined ? { citation: c } : {}) });
  };
  if (spec.jurisdiction.name) add('Jurisdiction', spec.jurisdiction.name, spec.jurisdiction.source);
  for (const [topic] of SHOWN) {
    if (topic === 'grade') {
      for (const x of fieldFacts(f, { topic }).facts) add(x.label, x.value, x.source);
      const p = primaryPay(f.pay);
      if (p) add('Pay', `${p.sourceText}${p.range.period !== 'year' && p.annualText ? ` (≈ ${p.annualText})` : ''}`, p.range.source);
      continue;
    }
    for (const x of fieldFacts(f, { topic }).facts) add(x.label, x.value, x.source);
  }
  if (!f.mq.assessable && !spec.minimumQualifications) add('Minimum qualifications', 'Not stated in this document');
  const duties = f.duties.length;
  const summary = spec.summary?.value ?? f.duties[0] ?? '';
  const c = cites.add(spec, spec.summary?.source);
  return answer({
    kind: 'spec',
    title: specName(spec),
    text: summary ? shorten(summary, 500) : `${spec.title}: ${duties} duties listed.`,
    specs: [ref(spec)],
    citations: cites.list,
    facts: facts.slice(0, 25),
    followUps: specFollowUps(spec, ctx.specs.slice(0, 2)),
    notes: [...notes, ...oldSpecNote(ctx, spec), ...spec.warnings.map((w) => `Parser note: ${w}`)],
    ...(c !== undefined ? {} : {}),
  });
}

export function search(ctx: EngineContext, text: string, notes: string[] = []): Answer {
  if (!text.trim()) {
    const specs = ctx.specs.slice(0, 100);
    return answer({
      kind: 'list',
      title: 'All specs',
      text: `${ctx.specs.length} specs are loaded${ctx.specs.length > specs.length ? `; the first ${specs.length} are listed` : ''}.`,
      specs: specs.map(ref),
      items: specs.map((s) => ({ spec: ref(s), detail: [s.jurisdiction.name, s.grade ? `grade ${s.grade.value}` : null].filter(Boolean).join(' · ') || s.layout })),
      followUps: [followUp('Help', { op: 'help' })],
      notes,
    });
  }
  return searchAnswer(ctx, text, notes);
}

/** Ranked passages (one spec or all). Returns not-found when nothing matches. */
export function searchAnswer(ctx: EngineContext, text: string, notes: string[] = [], specIds?: string[]): Answer {
  const hits = ctx.searchText(text, { limit: 10, ...(specIds ? { specIds } : {}) });
  if (hits.length === 0) {
    return notFoundAnswer(
      `I found nothing about "${shorten(text, 80)}" in ${specIds ? 'that spec' : 'the specs'}. Try different words, name a spec and a field (e.g. "grade of Production Coordinator"), or type "help".`,
      'Nothing found',
      notes,
    );
  }
  const cites = new Citations();
  const want = terms(text);
  const items: Item[] = [];
  for (const h of hits) {
    const f = ctx.byId.get(h.specId);
    if (!f) continue;
    const sentence = bestSentence(h.text, want, text);
    const c = cites.add(f.spec, { section: h.section, quote: sentence });
    items.push({ spec: ref(f.spec), detail: shorten(sentence, 240), section: h.section, score: Math.round(h.score * 1000) / 1000, reasons: want.filter((t) => terms(sentence).includes(t)), ...(c !== undefined ? { citations: [c] } : {}) });
  }
  const specs = [...new Map(items.map((i) => [i.spec.id, i.spec])).values()];
  return answer({
    kind: 'search',
    title: `Search: ${shorten(text, 60)}`,
    text: `${items.length} passage${items.length === 1 ? '' : 's'} in ${specs.length} spec${specs.length === 1 ? '' : 's'}. Best: ${items[0]!.spec.title} — ${items[0]!.section}: "${shorten(items[0]!.detail, 160)}"`,
    specs,
    items,
    citations: cites.list,
    followUps: specs.slice(0, 3).map((s) => followUp(`Show ${s.title}`, { op: 'show', specId: s.id })),
    notes,
  });
}
