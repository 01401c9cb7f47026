/**
 * similar(): rank other specs by what the work is (duty/summary TF-IDF cosine), what it asks for
 * (education level, experience length and area) and level, with the reasons spelled out.
 * Candidates come from precomputed term postings, so the cost follows the overlap, not the corpus.
 */
import type { Answer, Item } from '../model/answer.js';
import { answer, followUp, notFoundAnswer, ref, specName } from './answers.js';
import { overlaps, type Area } from './areas.js';
import { dutyTerms, type EngineContext, type SpecFeatures } from './context.js';
import { jurisdictionLabel } from './jurisdiction.js';
import type { MqRules } from './mq.js';
import { pickSpec } from './pick.js';
import { shorten, words } from './text.js';
import { cosine, sparseCosine, sparseShared, sparseTop } from './vectors.js';

/** Tuned on the seeds against an HR analyst's crosswalk; wording (cosine) and kind of work (areas) both count. */
const WEIGHTS = { duties: 0.45, areas: 0.35, requirements: 0.1, level: 0.1 };
const LIMIT = 10;
/** Most specs scored exactly for one similar request on a large corpus. */
const MAX_CANDIDATES = 3000;

export interface SimilarMatch {
  f: SpecFeatures;
  score: number;
  reasons: string[];
}

export function similar(ctx: EngineContext, text: string, notes: string[] = []): Answer {
  const picked = pickSpec(ctx, text, (s) => ({ op: 'similar', specId: s.id }), notes);
  if (picked.answer) return picked.answer;
  const f = ctx.byId.get(picked.spec.id)!;
  const matches = rankSimilar(ctx, f);
  return similarAnswer(f, matches, notes);
}

/** "What's Kentucky's equivalent of Provo's IST II": similar, narrowed to that jurisdiction. */
export function equivalent(ctx: EngineContext, text: string, jurisdiction: string, notes: string[] = []): Answer {
  const picked = pickSpec(ctx, text, (s) => ({ op: 'similar', specId: s.id }), notes);
  if (picked.answer) return picked.answer;
  const f = ctx.byId.get(picked.spec.id)!;
  const keys = words(jurisdiction).filter((w) => ctx.titles.jurisdictionWords.has(w));
  if (keys.length === 0) return similarAnswer(f, rankSimilar(ctx, f), [...notes, `I don't know the jurisdiction "${shorten(jurisdiction, 40)}", so all jurisdictions are shown.`]);
  const allowed = new Set(ctx.titles.specsInJurisdictions(keys).map((s) => s.id));
  const matches = rankSimilar(ctx, f, allowed);
  if (matches.length === 0) {
    return notFoundAnswer(`No spec of ${jurisdiction} resembles ${specName(f.spec)}.`, 'No equivalent found', notes);
  }
  const a = similarAnswer(f, matches, notes);
  const best = matches[0]!;
  a.title = `${jurisdiction} equivalent of ${f.spec.title}`;
  a.text = `${jurisdiction}'s closest equivalent of ${specName(f.spec)} is ${specName(best.f.spec)} (similarity ${best.score.toFixed(2)}): ${best.reasons.slice(0, 2).join('; ')}.`;
  return a;
}

function similarAnswer(f: SpecFeatures, matches: SimilarMatch[], notes: string[]): Answer {
  const items: Item[] = matches.map((m) => ({
    spec: ref(m.f.spec),
    detail: m.reasons[0] ?? '',
    score: Math.round(m.score * 1000) / 1000,
    reasons: m.reasons,
  }));
  if (items.length === 0) {
    return answer({ kind: 'similar', title: `Similar to ${f.spec.title}`, text: `No other spec resembles ${specName(f.spec)}.`, specs: [ref(f.spec)], items: [], notes });
  }
  const best = matches[0]!;
  return answer({
    kind: 'similar',
    title: `Titles similar to ${f.spec.title}`,
    text: `Closest to ${specName(f.spec)}: ${specName(best.f.spec)} (similarity ${best.score.toFixed(2)}). ${best.reasons.slice(0, 2).join('; ')}.`,
    specs: [ref(f.spec), ...items.map((i) => i.spec)],
    items,
    followUps: [
      followUp(`Compare with ${best.f.spec.title}`, { op: 'compare', specIds: [f.spec.id, best.f.spec.id] }),
      ...matches.slice(1, 3).map((m) => followUp(`Compare with ${m.f.spec.title}`, { op: 'compare', specIds: [f.spec.id, m.f.spec.id] })),
      followUp(`Show ${f.spec.title}`, { op: 'show', specId: f.spec.id }),
    ],
    notes,
  });
}

export function rankSimilar(ctx: EngineContext, f: SpecFeatures, allowed?: Set<string>, limit = LIMIT): SimilarMatch[] {
  const candidates = new Set<string>();
  if (ctx.specs.length <= 2000) for (const s of ctx.specs) candidates.add(s.id);
  else {
    // Rarest shared top terms first, until enough candidates: the work follows the overlap, not the corpus.
    const lists = sparseTop(f.profileVector, 25)
      .map((t) => ctx.termPostings.get(t) ?? [])
      .sort((a, b) => a.length - b.length);
    for (const list of lists) {
      for (const id of list.slice(0, MAX_CANDIDATES)) candidates.add(id);
      if (candidates.size >= MAX_CANDIDATES) break;
    }
  }
  candidates.delete(f.spec.id);
  const out: SimilarMatch[] = [];
  for (const id of candidates) {
    if (allowed && !allowed.has(id)) continue;
    const g = ctx.byId.get(id)!;
    const duties = sparseCosine(f.profileVector, g.profileVector);
    const req = requirementSimilarity(f.mq, g.mq);
    const level = f.level && g.level ? (f.level === g.level ? 1 : Math.max(0, 1 - Math.abs(f.level - g.level) * 0.5)) : 0.3;
    const areas = cosine(f.dutyAreas, g.dutyAreas);
    const score = WEIGHTS.duties * duties + WEIGHTS.areas * areas + WEIGHTS.requirements * req.score + WEIGHTS.level * level;
    out.push({ f: g, score, reasons: [] });
  }
  out.sort((a, b) => b.score - a.score);
  const top = out.slice(0, limit);
  for (const m of top) m.reasons = reasons(ctx, f, m.f);
  return top;
}

interface ReqSummary {
  edu?: number;
  exp?: number;
  areas: Set<Area>;
  assessable: boolean;
}

/** Per rule set (shared by specs of one template), computed once. */
const summaries = new WeakMap<MqRules, ReqSummary>();
function summary(mq: MqRules): ReqSummary {
  let s = summaries.get(mq);
  if (s) return s;
  const edu = mq.paths.map((p) => p.education?.years).filter((x): x is number => x !== undefined);
  const exp = mq.paths.map((p) => p.experience?.months).filter((x): x is number => x !== undefined);
  const areas = new Set<Area>();
  for (const p of mq.paths) for (const a of p.experience?.areas ?? []) areas.add(a);
  s = { areas, assessable: mq.assessable, ...(edu.length ? { edu: Math.min(...edu) } : {}), ...(exp.length ? { exp: Math.min(...exp) } : {}) };
  summaries.set(mq, s);
  return s;
}

function requirementSimilarity(ma: MqRules, mb: MqRules): { score: number } {
  const a = summary(ma);
  const b = summary(mb);
  if (!a.assessable || !b.assessable) return { score: 0.5 };
  const edu = a.edu === undefined || b.edu === undefined ? 0.5 : 1 - Math.min(1, Math.abs(a.edu - b.edu) / 4);
  const exp = a.exp === undefined || b.exp === undefined ? 0.5 : 1 - Math.min(1, Math.abs(a.exp - b.exp) / Math.max(a.exp, b.exp, 12));
  const area = a.areas.size && b.areas.size ? (overlaps(a.areas, b.areas) ? 1 : 0) : 0.5;
  return { score: (edu + exp + area) / 3 };
}

function reasons(ctx: EngineContext, f: SpecFeatures, g: SpecFeatures): string[] {
  const out: string[] = [];
  const common = [...f.dutyAreas.keys()].filter((a) => g.dutyAreas.has(a)).sort((a, b) => g.dutyAreas.get(b)! * f.dutyAreas.get(b)! - g.dutyAreas.get(a)! * f.dutyAreas.get(a)!);
  if (common.length) out.push(`Same kind of work: ${common.slice(0, 3).map((a) => AREA_LABEL[a] ?? a).join(', ')}`);
  const shared = readableTerms(f, g, sparseShared(f.profileVector, g.profileVector, 12, ctx.dict)).slice(0, 5);
  if (shared.length) out.push(`Shared duty words: ${shared.join(', ')}`);
  const ea = summary(f.mq).edu;
  const eb = summary(g.mq).edu;
  const label = (y: number) => (y >= 6 ? "master's" : y >= 4 ? "bachelor's" : y >= 2 ? "associate's" : y >= 1 ? '1 year post-secondary' : 'high school');
  if (ea !== undefined && eb !== undefined) out.push(ea === eb ? `Both ask for ${label(ea)} education` : `Education: ${label(ea)} vs ${label(eb)}`);
  const xa = summary(f.mq).exp;
  const xb = summary(g.mq).exp;
  if (xa !== undefined && xb !== undefined) out.push(xa === xb ? `Both ask for ${xa / 12} year(s) of experience` : `Experience: ${xa / 12} vs ${xb / 12} year(s)`);
  if (!g.mq.assessable) out.push(`${g.spec.title} publishes no minimum qualifications`);
  if (f.level && g.level) out.push(f.level === g.level ? `Same level (${romanOf(g.level)})` : `Level ${romanOf(f.level)} vs ${romanOf(g.level)}`);
  const jf = f.spec.jurisdiction.name;
  const jg = g.spec.jurisdiction.name;
  if (jg && jf !== jg) out.push(`Other jurisdiction: ${jurisdictionLabel(g.spec)}`);
  else if (jf && jf === jg) out.push(f.spec.series && g.spec.series && f.spec.series.name === g.spec.series.name ? 'Same series' : 'Same jurisdiction');
  return out;
}

/** Words that survive as duty terms but say nothing about the work when shown as a reason. */
const BLAND = new Set(
  (
    'during using use used new within including include related various other such also based upon needed well area areas make made multiple ' +
    'unit units complex appropriate accurate accuracy process processes information issue issues level levels course ensure activities responsible responsibility'
  ).split(' '),
);

/** Stem → the word the spec's own text uses most for it (per spec, computed once). */
const surfaces = new WeakMap<SpecFeatures, Map<string, string>>();
function surfaceForms(f: SpecFeatures): Map<string, string> {
  let m = surfaces.get(f);
  if (m) return m;
  const counts = new Map<string, Map<string, number>>();
  for (const text of [...f.duties, f.spec.summary?.value ?? '']) {
    for (const w of words(text)) {
      const [t] = dutyTerms(w);
      if (!t) continue;
      const c = counts.get(t) ?? new Map<string, number>();
      c.set(w, (c.get(w) ?? 0) + 1);
      counts.set(t, c);
    }
  }
  m = new Map([...counts].map(([t, c]) => [t, [...c].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]![0]]));
  surfaces.set(f, m);
  return m;
}

/** Shared stems as words a reader knows ("responsibl" → "responsible"), bland ones left out. */
function readableTerms(f: SpecFeatures, g: SpecFeatures, stems: string[]): string[] {
  const out: string[] = [];
  for (const t of stems) {
    const word = surfaceForms(f).get(t) ?? surfaceForms(g).get(t);
    if (!word || BLAND.has(word) || word.length < 3 || out.includes(word)) continue;
    out.push(word);
  }
  return out;
}

const AREA_LABEL: Record<string, string> = {
  production: 'production support / operations',
  support: 'user and system support',
  programming: 'programming',
  analysis: 'systems analysis',
  network: 'networks',
  database: 'databases',
  documentation: 'documentation',
  supervision: 'supervision',
};

const romanOf = (n: number) => ['', 'I', 'II', 'III', 'IV', 'V', 'VI'][n] ?? String(n);
