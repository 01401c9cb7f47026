/**
 * similar(): rank other specs by what the work is (duty/summary TF-IDF cosine), what it asks for
 * (education level, experience length and area) and level, with the reasons spelled out.
 * Candidates come from precomputed term postings, so the cost follows the overlap, not the corpus.
 */
import type { Answer, Item } from '../model/answer.js';
import { answer, followUp, notFoundAnswer, ref, specName } from './answers.js';
import { overlaps, type Area } from './areas.js';
import type { EngineContext, SpecFeatures } from './context.js';
import { jurisdictionLabel } from './jurisdiction.js';
import type { MqRules } from './mq.js';
import { pickSpec } from './pick.js';
import { shorten, words } from './text.js';
import { cosine, sharedTerms, topTerms } from './vectors.js';

/** Tuned on the seeds against an HR analyst's crosswalk; wording (cosine) and kind of work (areas) both count. */
const WEIGHTS = { duties: 0.45, areas: 0.35, requirements: 0.1, level: 0.1 };
const LIMIT = 10;

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
  else for (const t of topTerms(f.profileVector, 25)) for (const id of (ctx.termPostings.get(t) ?? []).slice(0, 5000)) candidates.add(id);
  candidates.delete(f.spec.id);
  const out: SimilarMatch[] = [];
  for (const id of candidates) {
    if (allowed && !allowed.has(id)) continue;
    const g = ctx.byId.get(id)!;
    const duties = cosine(f.profileVector, g.profileVector);
    const req = requirementSimilarity(f.mq, g.mq);
    const level = f.level && g.level ? (f.level === g.level ? 1 : Math.max(0, 1 - Math.abs(f.level - g.level) * 0.5)) : 0.3;
    const areas = cosine(f.dutyAreas, g.dutyAreas);
    const score = WEIGHTS.duties * duties + WEIGHTS.areas * areas + WEIGHTS.requirements * req.score + WEIGHTS.level * level;
    out.push({ f: g, score, reasons: [] });
  }
  out.sort((a, b) => b.score - a.score);
  const top = out.slice(0, limit);
  for (const m of top) m.reasons = reasons(f, m.f);
  return top;
}

function eduLevel(mq: MqRules): number | undefined {
  const y = mq.paths.map((p) => p.education?.years).filter((x): x is number => x !== undefined);
  return y.length ? Math.min(...y) : undefined;
}
function expMonths(mq: MqRules): number | undefined {
  const y = mq.paths.map((p) => p.experience?.months).filter((x): x is number => x !== undefined);
  return y.length ? Math.min(...y) : undefined;
}
function areas(mq: MqRules): Set<Area> {
  const s = new Set<Area>();
  for (const p of mq.paths) for (const a of p.experience?.areas ?? []) s.add(a);
  return s;
}

function requirementSimilarity(a: MqRules, b: MqRules): { score: number } {
  if (!a.assessable || !b.assessable) return { score: 0.5 };
  const ea = eduLevel(a);
  const eb = eduLevel(b);
  const edu = ea === undefined || eb === undefined ? 0.5 : 1 - Math.min(1, Math.abs(ea - eb) / 4);
  const xa = expMonths(a);
  const xb = expMonths(b);
  const exp = xa === undefined || xb === undefined ? 0.5 : 1 - Math.min(1, Math.abs(xa - xb) / Math.max(xa, xb, 12));
  const aa = areas(a);
  const ab = areas(b);
  const area = aa.size && ab.size ? (overlaps(aa, ab) ? 1 : 0) : 0.5;
  return { score: (edu + exp + area) / 3 };
}

function reasons(f: SpecFeatures, g: SpecFeatures): string[] {
  const out: string[] = [];
  const common = [...f.dutyAreas.keys()].filter((a) => g.dutyAreas.has(a)).sort((a, b) => g.dutyAreas.get(b)! * f.dutyAreas.get(b)! - g.dutyAreas.get(a)! * f.dutyAreas.get(a)!);
  if (common.length) out.push(`Same kind of work: ${common.slice(0, 3).map((a) => AREA_LABEL[a] ?? a).join(', ')}`);
  const terms = sharedTerms(f.profileVector, g.profileVector, 6);
  if (terms.length) out.push(`Shared duty terms: ${terms.join(', ')}`);
  const ea = eduLevel(f.mq);
  const eb = eduLevel(g.mq);
  const label = (y: number) => (y >= 6 ? "master's" : y >= 4 ? "bachelor's" : y >= 2 ? "associate's" : y >= 1 ? '1 year post-secondary' : 'high school');
  if (ea !== undefined && eb !== undefined) out.push(ea === eb ? `Both ask for ${label(ea)} education` : `Education: ${label(ea)} vs ${label(eb)}`);
  const xa = expMonths(f.mq);
  const xb = expMonths(g.mq);
  if (xa !== undefined && xb !== undefined) out.push(xa === xb ? `Both ask for ${xa / 12} year(s) of experience` : `Experience: ${xa / 12} vs ${xb / 12} year(s)`);
  if (!g.mq.assessable) out.push(`${g.spec.title} publishes no minimum qualifications`);
  if (f.level && g.level) out.push(f.level === g.level ? `Same level (${romanOf(g.level)})` : `Level ${romanOf(f.level)} vs ${romanOf(g.level)}`);
  const jf = f.spec.jurisdiction.name;
  const jg = g.spec.jurisdiction.name;
  if (jg && jf !== jg) out.push(`Other jurisdiction: ${jurisdictionLabel(g.spec)}`);
  else if (jf && jf === jg) out.push(f.spec.series && g.spec.series && f.spec.series.name === g.spec.series.name ? 'Same series' : 'Same jurisdiction');
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
