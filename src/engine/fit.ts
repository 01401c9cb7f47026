/**
 * fit(): a candidate's education and experience against each spec's minimum qualifications,
 * substitutions included. Rules are parsed once per spec (mq.ts); a request only does arithmetic.
 *
 * Accounting rule: each month of experience is spent once. Experience goes first to the experience
 * requirement (from entries that only count there, then from entries that count for both), and only
 * what is left may substitute for the degree. "Equivalent combination" clauses pool education and
 * experience at the stated rate (Provo: one year of education = six months of experience), or
 * year for year when the spec states no rate (flagged as an interpretation).
 */
import type { Answer, CandidateProfile, EducationLevel, FitResult, Verdict } from '../model/answer.js';
import { Citations, answer, followUp, notFoundAnswer, specName } from './answers.js';
import { areasOf, isComputingField, overlaps, type Area } from './areas.js';
import type { EngineContext, SpecFeatures } from './context.js';
import { fitIndex, type FitIndex } from './fit-index.js';
import { limitInput } from './input.js';
import type { MqPath, MqRules, Substitution } from './mq.js';
import { pickSpec } from './pick.js';
import { LEVEL_RANK, LEVEL_YEARS, parseProfile, sanitizeProfile, summarizeProfile } from './profile.js';
import { formatMonths, shorten, words } from './text.js';

/** Most results listed in one answer when checking against every spec (the counts cover all). */
const MAX_RESULTS = 100;

interface Exp {
  months: number;
  areas: Set<Area>;
  label: string;
  text: string;
  /** The entry names the City of Los Angeles as employer (LA classes ask for City experience). */
  losAngeles: boolean;
}

interface Candidate {
  eduYears: number;
  topRank: number;
  top?: CandidateProfile['education'][number];
  master?: CandidateProfile['education'][number];
  exp: Exp[];
  /** Per request: fieldOk by required field ([field named only, related fields allowed]); thousands of rule sets repeat a few hundred fields. */
  fieldMemo: [Map<string, FieldOk>, Map<string, FieldOk>];
  /** Per request: does the master's field match a master-for-experience substitution's field. */
  masterMemo: Map<string, boolean>;
}

interface PathEval {
  verdict: Exclude<Verdict, 'not-assessable'>;
  steps: string[];
  missing: string[];
  /** How far from qualifying, in months of experience (ranking of unmet paths). */
  short: number;
  interpretation: boolean;
  /** Rule quotes applied (substitutions, combination). */
  quotes: string[];
  /** The path's own sources. */
  sources: { section: string; quote: string }[];
}

export function fit(ctx: EngineContext, input: string | CandidateProfile, opts: { spec?: string } = {}, notes: string[] = []): Answer {
  const parsed = typeof input === 'string' ? parseProfile(limitFit(input, notes), ctx.now()) : sanitizeProfile(input);
  const { profile, ignored } = parsed;
  const allNotes = [...notes];
  if (ignored.length) allNotes.push(`Not understood (ignored): ${ignored.slice(0, 5).map((x) => `"${shorten(x, 40)}"`).join(', ')}.`);
  if (profile.education.length === 0 && profile.experience.length === 0) {
    return notFoundAnswer(
      'I could not read any education or experience from that profile. Try e.g. "fit BS in Computer Science, 18 months production support" or résumé lines such as "Help Desk Analyst, Jan 2021 – present".',
      'Check a candidate',
      allNotes,
    );
  }
  let single: SpecFeatures | undefined;
  if (opts.spec && opts.spec.trim()) {
    const picked = pickSpec(ctx, opts.spec, (s) => ({ op: 'fit', specId: s.id, ...(typeof input === 'string' ? { profile: input } : {}) }), allNotes);
    if (picked.answer) return picked.answer;
    single = ctx.byId.get(picked.spec.id)!;
  }

  const cand = candidateOf(profile);
  const cites = new Citations();
  // Pass 1: a verdict per spec without any text (counts, and which specs are shown).
  const { counts, shown, total } = single ? verdictOfOne(single, cand) : verdictsOfAll(fitIndex(ctx), cand);
  // Pass 2: full results (explanations, citations) only for the specs shown.
  const memo = new Map<MqRules, RulesVerdict>();
  const results: FitResult[] = shown.map((f) => evaluate(f, cand, cites, true, memo));
  if (total > MAX_RESULTS) allNotes.push(`Showing ${MAX_RESULTS} of ${total} specs; the counts cover all of them.`);
  if (results.some((r) => r.interpretation)) allNotes.push('Some rules had to be interpreted (marked); check them against the quoted text.');
  allNotes.push('The profile is used for this check only; it is not stored.');
  const profileSummary = summarizeProfile(profile);
  const one = total === 1 ? results[0] : undefined;
  const text = one
    ? `${VERDICT_TEXT[one.verdict]} — ${specNameOf(ctx, one.specId)}. ${one.explanation}`
    : `Candidate (${profileSummary}) against ${total} specs: ${(Object.keys(counts) as Verdict[]).filter((v) => counts[v]).map((v) => `${counts[v]} ${VERDICT_TEXT[v].toLowerCase()}`).join(', ')}.`;
  const fu = results
    .filter((r) => r.verdict !== 'not-assessable')
    .slice(0, 2)
    .map((r) => followUp(`Show ${r.title}`, { op: 'show', specId: r.specId }));
  return answer({
    kind: 'fit',
    title: one ? `Qualification check: ${one.title}` : 'Qualification check: all specs',
    text: shorten(text, 900),
    specs: results.map((r) => ({ id: r.specId, title: r.title, jurisdiction: r.jurisdiction })),
    citations: cites.list,
    fit: { profile, profileSummary, results },
    followUps: fu,
    notes: allNotes,
  });
}

function limitFit(text: string, notes: string[]): string {
  const { text: t, notes: n } = limitInput(text);
  notes.push(...n.filter((x) => !notes.includes(x)));
  return t;
}

function specNameOf(ctx: EngineContext, id: string): string {
  const s = ctx.byId.get(id)?.spec;
  return s ? specName(s) : id;
}

export const VERDICT_TEXT: Record<Verdict, string> = {
  meets: 'Meets',
  'meets-with-substitution': 'Meets with substitution',
  'does-not-meet': 'Does not meet',
  'not-assessable': 'Not assessable',
};

function candidateOf(p: CandidateProfile): Candidate {
  let eduYears = 0;
  let topRank = 0;
  let top: Candidate['top'];
  let master: Candidate['master'];
  for (const e of p.education) {
    const y = e.level === 'some-college' || e.level === 'vocational' ? (e.years ?? LEVEL_YEARS[e.level]) : LEVEL_YEARS[e.level];
    if (e.level === 'some-college' || e.level === 'vocational') eduYears += y;
    else eduYears = Math.max(eduYears, y);
    if (LEVEL_RANK[e.level] > topRank || !top) {
      topRank = Math.max(topRank, LEVEL_RANK[e.level]);
      top = e;
    }
    if (e.level === 'master' || e.level === 'doctorate') master = e;
  }
  return {
    eduYears,
    topRank,
    ...(top ? { top } : {}),
    ...(master ? { master } : {}),
    exp: p.experience.map((x) => {
      const text = `${x.area} ${x.title ?? ''}`;
      return { months: x.months, areas: areasOf(text), label: x.area, text: text.toLowerCase(), losAngeles: /los angeles|\blacity\b|city of la\b/i.test(text) };
    }),
    fieldMemo: [new Map(), new Map()],
    masterMemo: new Map(),
  };
}

interface RulesVerdict {
  verdict: Exclude<Verdict, 'not-assessable'>;
  explanation: string;
  missing: string[];
  steps: string[];
  interpretation: boolean;
  quotes: string[];
  sources: { section: string; quote: string }[];
}

const PATH_RANK: Record<PathEval['verdict'], number> = { meets: 0, 'meets-with-substitution': 1, 'does-not-meet': 2 };

/** The verdict of one rule set for this candidate. Specs sharing a rule set (one template) share it. */
function judge(rules: MqRules, cand: Candidate, say = true): RulesVerdict {
  const evals = rules.paths.length ? rules.paths.map((p) => evaluatePath(p, rules, cand, say)) : [evaluateCombinationOnly(rules, cand, say)];
  // The best path: best verdict, then closest; the first such path on a tie.
  let best = evals[0]!;
  for (let i = 1; i < evals.length; i++) {
    const e = evals[i]!;
    const d = PATH_RANK[e.verdict] - PATH_RANK[best.verdict];
    if (d < 0 || (d === 0 && e.short < best.short)) best = e;
  }
  if (!say) return { verdict: best.verdict, explanation: '', missing: [], steps: [], interpretation: best.interpretation, quotes: [], sources: [] };
  const missing = [...best.missing];
  if (best.verdict === 'does-not-meet' && evals.length > 1) {
    evals.forEach((e, i) => {
      if (e !== best && e.missing[0] && missing.length < 4) missing.push(`or (alternative ${i + 1}) ${e.missing[0]}`);
    });
  }
  const pathNo = evals.length > 1 ? ` (alternative ${evals.indexOf(best) + 1} of ${evals.length})` : '';
  const explanation =
    best.verdict === 'does-not-meet'
      ? `Does not meet${pathNo}: ${best.steps.join('; ')}. Missing: ${missing.map((m, i) => (i === 0 || m.startsWith('or ') ? m : `or ${m}`)).join('; ')}.`
      : `${VERDICT_TEXT[best.verdict]}${pathNo}: ${best.steps.join('; ')}.`;
  return { verdict: best.verdict, explanation, missing, steps: best.steps, interpretation: best.interpretation, quotes: best.quotes, sources: best.sources };
}

interface FirstPass {
  counts: Record<Verdict, number>;
  /** The specs the answer lists: best verdict first, corpus order within a verdict, at most MAX_RESULTS. */
  shown: SpecFeatures[];
  total: number;
}

const VERDICTS: readonly Verdict[] = ['meets', 'meets-with-substitution', 'does-not-meet', 'not-assessable'];
const NOT_ASSESSABLE = 3;

function verdictOfOne(f: SpecFeatures, cand: Candidate): FirstPass {
  const counts: Record<Verdict, number> = { meets: 0, 'meets-with-substitution': 0, 'does-not-meet': 0, 'not-assessable': 0 };
  counts[f.mq.assessable ? judge(f.mq, cand, false).verdict : 'not-assessable']++;
  return { counts, shown: [f], total: 1 };
}

/**
 * Verdict only, over every spec: each signature group is judged once without building text (fit-index.ts),
 * then one walk over the specs in order picks the ones shown, stopping once every verdict's share is found.
 */
function verdictsOfAll(index: FitIndex, cand: Candidate): FirstPass {
  const code = new Uint8Array(index.rules.length);
  const n = [0, 0, 0, 0];
  for (let g = 0; g < index.rules.length; g++) {
    const c = VERDICTS.indexOf(judge(index.rules[g]!, cand, false).verdict);
    code[g] = c;
    n[c]! += index.size[g]!;
  }
  n[NOT_ASSESSABLE] = index.notAssessable;
  // How many of each verdict the list takes: all the better ones first, up to MAX_RESULTS in all.
  const quota = [0, 0, 0, 0];
  let room = MAX_RESULTS;
  for (let c = 0; c < 4; c++) {
    quota[c] = Math.min(n[c]!, room);
    room -= quota[c]!;
  }
  const picked: SpecFeatures[][] = [[], [], [], []];
  let left = MAX_RESULTS - room;
  const { groupOf, features } = index;
  for (let i = 0; left > 0 && i < groupOf.length; i++) {
    const g = groupOf[i]!;
    const c = g < 0 ? NOT_ASSESSABLE : code[g]!;
    if (picked[c]!.length < quota[c]!) {
      picked[c]!.push(features[i]!);
      left--;
    }
  }
  const counts = Object.fromEntries(VERDICTS.map((v, c) => [v, n[c]!])) as Record<Verdict, number>;
  return { counts, shown: picked.flat(), total: features.length };
}

function verdictOf(rules: MqRules, cand: Candidate, memo: Map<MqRules, RulesVerdict>): RulesVerdict {
  let v = memo.get(rules);
  if (!v) {
    v = judge(rules, cand);
    memo.set(rules, v);
  }
  return v;
}

function evaluate(f: SpecFeatures, cand: Candidate, cites: Citations, keep: boolean, memo: Map<MqRules, RulesVerdict>): FitResult {
  const spec = f.spec;
  const base = { specId: spec.id, title: spec.title, jurisdiction: spec.jurisdiction.name };
  const rules = f.mq;
  if (!rules.assessable) {
    return {
      ...base,
      verdict: 'not-assessable',
      explanation: `${specName(spec)} publishes no minimum qualifications, so a candidate cannot be checked against it.`,
      missing: [],
      path: ['No minimum qualifications in the document'],
      interpretation: false,
      citations: [],
    };
  }
  const v = verdictOf(rules, cand, memo);
  const section = rules.source?.section ?? 'Minimum qualifications';
  const citations = keep
    ? [...v.sources, ...[...new Set(v.quotes)].map((q) => rules.ruleSources.get(q) ?? { section, quote: q })]
        .map((src) => cites.add(spec, src))
        .filter((x): x is number => x !== undefined)
    : [];
  return { ...base, verdict: v.verdict, explanation: v.explanation, missing: [...v.missing], path: [...v.steps], interpretation: v.interpretation, citations };
}

const LEVEL_NAME: Partial<Record<EducationLevel, string>> = {
  'high-school': 'high school diploma',
  'some-college': 'post-secondary education',
  associate: "associate's degree",
  bachelor: "bachelor's degree",
  master: "master's degree",
};

function more(months: number, what: string): string {
  const f = formatMonths(Math.ceil(months));
  return `${f.replace(/^(\S+) /, '$1 more ')} of ${what}`;
}

const fieldWords = new Map<string, Set<string>>();
/** Significant words of a field of study (cached: the same requirement texts recur across specs and requests). */
function wordsOfField(field: string): Set<string> {
  let w = fieldWords.get(field);
  if (!w) {
    w = new Set(words(field).filter((x) => x.length > 3));
    if (fieldWords.size > 10_000) fieldWords.clear();
    fieldWords.set(field, w);
  }
  return w;
}

interface FieldOk {
  ok: boolean;
  assumed: boolean;
}
const FIELD_MET: FieldOk = { ok: true, assumed: false };
const FIELD_ASSUMED: FieldOk = { ok: true, assumed: true };
const FIELD_NOT_MET: FieldOk = { ok: false, assumed: false };

/** Is the candidate's field of study the required one (memoised per request: it depends on the two fields only)? */
function fieldOk(req: NonNullable<MqPath['education']>, cand: Candidate): FieldOk {
  if (!req.field) return FIELD_MET;
  const field = cand.top?.field;
  if (!field) return FIELD_ASSUMED;
  const memo = cand.fieldMemo[req.relatedAllowed ? 1 : 0];
  let r = memo.get(req.field);
  if (!r) {
    r = fieldMatches(req.field, req.relatedAllowed, field);
    memo.set(req.field, r);
  }
  return r;
}

function fieldMatches(required: string, relatedAllowed: boolean, field: string): FieldOk {
  const want = wordsOfField(required);
  for (const w of wordsOfField(field)) if (want.has(w)) return FIELD_MET;
  if (isComputingField(required) && (/\b(cs|it|mis)\b/i.test(field) || (relatedAllowed && isComputingField(field)))) return FIELD_MET;
  return FIELD_NOT_MET;
}

/** Does the candidate's master's count for a master-for-experience substitution naming `field`? */
function masterFieldOk(field: string | undefined, cand: Candidate): boolean {
  const has = cand.master?.field;
  if (!field || !has) return true;
  let r = cand.masterMemo.get(field);
  if (r === undefined) {
    const want = words(field);
    r = words(has).some((w) => want.includes(w)) || /\bcs\b/i.test(has);
    cand.masterMemo.set(field, r);
  }
  return r;
}

type DegreeSub = Extract<Substitution, { kind: 'experience-for-degree' }>;
type MasterSub = Extract<Substitution, { kind: 'master-for-experience' }>;
type EduForExp = Extract<Substitution, { kind: 'education-for-experience' }>;
interface SubstitutionSet {
  degreeSub?: DegreeSub;
  trainingSub: boolean;
  masterSub?: MasterSub;
  eduForExp?: EduForExp;
}
const substitutionSets = new WeakMap<MqRules, SubstitutionSet>();

/** A rule set's substitutions by kind, looked up once per rule set. */
function substitutionsOf(rules: MqRules): SubstitutionSet {
  let set = substitutionSets.get(rules);
  if (!set) {
    const degreeSub = rules.substitutions.find((s): s is DegreeSub => s.kind === 'experience-for-degree');
    const masterSub = rules.substitutions.find((s): s is MasterSub => s.kind === 'master-for-experience');
    const eduForExp = rules.substitutions.find((s): s is EduForExp => s.kind === 'education-for-experience');
    set = { trainingSub: rules.substitutions.some((s) => s.kind === 'training-for-degree'), ...(degreeSub ? { degreeSub } : {}), ...(masterSub ? { masterSub } : {}), ...(eduForExp ? { eduForExp } : {}) };
    substitutionSets.set(rules, set);
  }
  return set;
}

/** Does this experience count for the path's experience requirement (area, and employer when named)? */
function countsForExp(expReq: MqPath['experience'], e: Exp): boolean {
  if (!expReq) return false;
  if (expReq.employer && !e.losAngeles) return false;
  return expReq.areas.size === 0 ? true : overlaps(e.areas, expReq.areas);
}

function evaluatePath(path: MqPath, rules: MqRules, cand: Candidate, say = true): PathEval {
  const steps: string[] = [];
  const missing: string[] = [];
  const quotes: string[] = [];
  const sources = path.sources;
  let interpretation = false;
  let substituted = false;
  let short = 0;

  // Conditions a profile cannot show (current City employment, named courses).
  for (const c of path.conditions) {
    if (/los angeles/i.test(c) && cand.exp.some((e) => e.losAngeles)) {
      say && steps.push(`${c}: stated in the profile`);
      continue;
    }
    say && steps.push(`Requires ${c}: not shown in the profile`);
    missing.push(c);
    short += 1;
  }

  const expReq = path.experience;
  const eduReq = path.education;
  const { degreeSub, trainingSub, masterSub, eduForExp } = substitutionsOf(rules);
  let expOnly = 0;
  let both = 0;
  let degOnly = 0;
  const counted: string[] = [];
  for (const e of cand.exp) {
    const x = countsForExp(expReq, e);
    const d = !!degreeSub && (degreeSub.areas.size === 0 || overlaps(e.areas, degreeSub.areas));
    if (x && d) both += e.months;
    else if (x) expOnly += e.months;
    else if (d) degOnly += e.months;
    if (say && (x || d)) counted.push(`${formatMonths(e.months)} of ${e.label}`);
  }
  const needExp = expReq?.months ?? 0;
  const usedForExp = Math.min(needExp, expOnly + both);
  const bothLeft = both - Math.max(0, usedForExp - expOnly);
  const degreeMonths = degOnly + bothLeft;
  if (expReq && expReq.areas.size === 0) interpretation = true;

  // Education.
  let eduDeficitYears = 0;
  if (eduReq) {
    const rankNeeded = LEVEL_RANK[eduReq.level];
    const direct = eduReq.level === 'some-college' ? cand.eduYears >= eduReq.years : cand.topRank >= rankNeeded;
    const field = fieldOk(eduReq, cand);
    const label = LEVEL_NAME[eduReq.level] ?? eduReq.level;
    if (direct && field.ok) {
      say && steps.push(`Education met: ${summarizeEdu(cand)} (required: ${eduReq.quote.length < 160 ? `"${eduReq.quote}"` : label})`);
      if (field.assumed) {
        interpretation = true;
        say && steps.push(`Field of study not stated; assumed to be ${eduReq.field}`);
      }
    } else {
      const eduYears = trainingSub || eduReq.level === 'some-college' || eduReq.level === 'associate' ? cand.eduYears : direct ? cand.eduYears : 0;
      const expYears = degreeSub ? degreeMonths / 12 : 0;
      if (eduYears + expYears >= eduReq.years && (degreeSub || trainingSub || eduReq.level === 'some-college')) {
        substituted = eduYears < eduReq.years || !field.ok;
        const parts = [];
        if (eduYears > 0) parts.push(`${eduYears} year${eduYears === 1 ? '' : 's'} of post-secondary education`);
        const expUsed = Math.max(0, (eduReq.years - eduYears) * 12);
        if (expUsed > 0) parts.push(`${formatMonths(expUsed)} of qualifying experience`);
        say && steps.push(`${label[0]!.toUpperCase()}${label.slice(1)} requirement met by substitution: ${parts.join(' + ')}, year for year`);
        if (degreeSub && expUsed > 0) quotes.push(degreeSub.quote);
        if (!direct && trainingSub && eduYears > 0) {
          const t = rules.substitutions.find((s) => s.kind === 'training-for-degree');
          if (t) quotes.push(t.quote);
        }
      } else {
        eduDeficitYears = Math.max(0, eduReq.years - eduYears - expYears);
        if (!field.ok && direct) say && steps.push(`Education: ${summarizeEdu(cand)} is not in ${eduReq.field}`);
        else say && steps.push(`Education not met: has ${summarizeEdu(cand)}; requires ${label}`);
        if (degreeSub && degreeMonths > 0) {
          say && steps.push(`${formatMonths(degreeMonths)} of experience left after the experience requirement substitute${degreeMonths === 12 ? 's' : ''} for ${formatMonths(degreeMonths)} of the ${eduReq.years}-year degree (year for year; no month counted twice)`);
          quotes.push(degreeSub.quote);
        }
      }
    }
  }

  // Experience.
  let expDeficit = 0;
  if (expReq) {
    const area = say ? expPhrase(expReq.area) : '';
    let have = usedForExp;
    if (have >= needExp) say && steps.push(`Experience met: ${formatMonths(have)} of ${area} counted (requires ${formatMonths(needExp)})${counted.length ? ` — from ${counted.join(', ')}` : ''}`);
    else {
      let need = needExp;
      if (masterSub && cand.master) {
        const fieldMatch = masterFieldOk(masterSub.field, cand);
        if (fieldMatch) {
          const cut = masterSub.months === 'all' ? need : masterSub.months;
          need = Math.max(0, need - cut);
          substituted = true;
          quotes.push(masterSub.quote);
          if (!cand.master.field && masterSub.field) interpretation = true;
          say && steps.push(`Master's degree substitutes for ${masterSub.months === 'all' ? 'the experience requirement' : formatMonths(masterSub.months) + ' of experience'}`);
        }
      }
      if (have < need && eduForExp && eduReq === undefined && cand.eduYears > 0) {
        const credit = Math.min(cand.eduYears * eduForExp.monthsPerYear, eduForExp.maxMonths ?? Infinity, need - have);
        if (credit > 0) {
          have += credit;
          substituted = true;
          quotes.push(eduForExp.quote);
          say && steps.push(`${formatMonths(credit)} of the experience met by college credit, year for year`);
        }
      }
      if (have >= need) {
        if (have > 0 || need === 0) say && steps.push(`Experience met: ${formatMonths(usedForExp)} of ${area} counted${need < needExp ? ` toward the remaining ${formatMonths(need)}` : ''}`);
      } else {
        expDeficit = need - have;
        say && steps.push(`Experience not met: ${formatMonths(usedForExp)} of ${area} counted; requires ${formatMonths(needExp)}`);
      }
    }
  }

  const met = missing.length === 0 && eduDeficitYears === 0 && expDeficit === 0;
  if (!met && rules.combination && (eduReq || expReq)) {
    const combo = combine(rules, eduReq?.years ?? 0, needExp, cand, expReq, say);
    if (combo.ok && missing.length === 0) {
      return { verdict: 'meets-with-substitution', steps: [...combo.steps], missing: [], short: 0, interpretation: interpretation || combo.interpretation, quotes: [...quotes, rules.combination.quote], sources };
    }
    if (missing.length === 0) {
      return { verdict: 'does-not-meet', steps: [...steps, ...combo.steps], missing: combo.missing, short: combo.short, interpretation: interpretation || combo.interpretation, quotes: [...quotes, rules.combination.quote], sources };
    }
  }
  if (met) return { verdict: substituted ? 'meets-with-substitution' : 'meets', steps, missing, short: 0, interpretation, quotes, sources };

  short += expDeficit + eduDeficitYears * 12;
  if (!say) return { verdict: 'does-not-meet', steps, missing, short, interpretation, quotes, sources };
  // What would close the gap, as alternatives.
  const expArea = expReq ? expPhrase(expReq.area) : 'qualifying experience';
  const sharedArea = !!expReq && !!degreeSub && (degreeSub.areas.size === 0 || overlaps(expReq.areas, degreeSub.areas));
  if (eduDeficitYears > 0 && expDeficit > 0) {
    if (sharedArea) missing.push(more(expDeficit + eduDeficitYears * 12, expArea));
    else missing.push(`${more(expDeficit, expArea)} and ${eduReq ? LEVEL_NAME[eduReq.level] : 'the education'}`);
  } else if (expDeficit > 0) missing.push(more(expDeficit, expArea));
  else if (eduDeficitYears > 0 && degreeSub) missing.push(more(eduDeficitYears * 12, `${degreeSub.area || 'qualifying'} experience (substituting for the degree)`));
  if (eduDeficitYears > 0 && eduReq) {
    // With the degree in hand, only experience in the required area counts toward the experience requirement.
    const after = Math.max(0, needExp - (expOnly + both));
    missing.push(`a ${LEVEL_NAME[eduReq.level] ?? eduReq.level}${eduReq.field ? ` in ${eduReq.field}` : ''}${after > 0 ? ` and ${more(after, expArea)}` : ''}`);
  }
  if (expDeficit > 0 && masterSub && !cand.master) {
    const left = masterSub.months === 'all' ? 0 : Math.max(0, expDeficit + (eduDeficitYears * 12) - masterSub.months);
    missing.push(`a master's degree${masterSub.field ? ` in ${masterSub.field}` : ''} (substitutes for ${masterSub.months === 'all' ? 'the experience requirement' : `${formatMonths(masterSub.months)} of the experience`})${left > 0 ? ` and ${more(left, expArea)}` : ''}`);
  }
  return { verdict: 'does-not-meet', steps, missing: [...new Set(missing)], short, interpretation, quotes, sources };
}

/** "production support experience", "experience as a Computer Operator with the City of Los Angeles". */
export function expPhrase(area: string): string {
  const a = shorten(area, 90);
  if (/^(an?|the)\s/i.test(a)) return `experience as ${a}`;
  if (/^(with|in|at)\s/i.test(a)) return `experience ${a}`;
  if (/^experience$/i.test(a)) return 'qualifying experience';
  return `${a} experience`;
}

function summarizeEdu(c: Candidate): string {
  if (!c.top) return 'no education stated';
  const t = c.top;
  const years = t.level === 'some-college' || t.level === 'vocational' ? `${c.eduYears} year${c.eduYears === 1 ? '' : 's'} of ` : '';
  return `${years}${LEVEL_NAME[t.level] ?? t.level}${t.field ? ` in ${t.field}` : ''}`;
}

/** "Equivalent combination": education and experience pooled at the stated rate (else year for year). */
function combine(rules: MqRules, eduYearsNeeded: number, expMonthsNeeded: number, cand: Candidate, expReq: MqPath['experience'], say = true) {
  const stated = rules.combination?.monthsPerYear;
  const rate = stated ?? 12;
  const interpretation = stated === undefined;
  const relevant = cand.exp.filter((e) => !expReq || expReq.areas.size === 0 || overlaps(e.areas, expReq.areas));
  const expMonths = relevant.reduce((a, e) => a + e.months, 0);
  const need = eduYearsNeeded * rate + expMonthsNeeded;
  const have = cand.eduYears * rate + expMonths;
  if (!say) return { ok: have >= need, steps: [] as string[], missing: [] as string[], short: Math.max(0, need - have), interpretation };
  const rateText = stated ? `each year of post-secondary education = ${formatMonths(stated)} of experience, as the spec states` : 'year for year (the spec states no rate: interpretation)';
  const counted = relevant.map((e) => `${formatMonths(e.months)} of ${e.label}`).join(', ');
  const steps = [
    `Equivalent combination, ${rateText}: ${cand.eduYears} year${cand.eduYears === 1 ? '' : 's'} of post-secondary education + ${formatMonths(expMonths)} of qualifying experience${counted ? ` (${counted})` : ''} = ${formatMonths(have)} equivalent; requires ${formatMonths(need)}`,
  ];
  if (expReq && relevant.length) steps.unshift(`Counted as ${expPhrase(expReq.area)}: ${counted}`);
  if (have >= need) return { ok: true, steps, missing: [] as string[], short: 0, interpretation };
  const gap = need - have;
  const missing = [more(gap, expReq ? expPhrase(expReq.area) : 'qualifying experience')];
  const years = Math.ceil((gap / rate) * 2) / 2;
  missing.push(`${years} more year${years === 1 ? '' : 's'} of post-secondary education${interpretation ? ' (if the spec accepts education year for year)' : ''}`);
  return { ok: false, steps, missing, short: gap, interpretation };
}

function evaluateCombinationOnly(rules: MqRules, cand: Candidate, say = true): PathEval {
  const combo = combine(rules, 0, 0, cand, undefined, say);
  return { verdict: combo.ok ? 'meets-with-substitution' : 'does-not-meet', steps: combo.steps, missing: combo.missing, short: combo.short, interpretation: true, quotes: [rules.combination?.quote ?? rules.text], sources: [] };
}

