/**
 * Minimum-qualification rules parsed from a spec's MQ text, once per spec at engine creation:
 * alternative paths (each: education + experience + conditions), substitution rules and
 * "equivalent combination" clauses with their rate (stated or not).
 */
import type { EducationLevel } from '../model/answer.js';
import type { ClassSpec, Source } from '../model/spec.js';
import { areasOf, type Area } from './areas.js';
import { normalize } from './text.js';

export interface EducationReq {
  level: EducationLevel;
  /** Post-secondary years this requirement stands for (bachelor 4, associate 2, "one year of coursework" 1). */
  years: number;
  /** Field words the spec names ("computer science, networking, or a related field"). */
  field?: string;
  /** True when the spec says "or a related field" / lists broad areas (any computing field counts). */
  relatedAllowed: boolean;
  quote: string;
}

export interface ExperienceReq {
  months: number;
  /** The area as the spec words it ("production support"). */
  area: string;
  areas: Set<Area>;
  /** "as a Data Entry Operator with the City of Los Angeles": experience in a named class of one employer. */
  employer?: string;
  quote: string;
}

export interface MqPath {
  education?: EducationReq;
  experience?: ExperienceReq;
  /** Requirements a profile cannot show ("Current employment with the City of Los Angeles"). */
  conditions: string[];
  quote: string;
  /** The spec's own words for this path (section + exact quote), for citations. */
  sources: Source[];
}

export type Substitution =
  /** Qualifying experience for the degree, year for year. */
  | { kind: 'experience-for-degree'; area: string; areas: Set<Area>; quote: string }
  /** Related technical / vocational training (post-secondary years) for the degree, year for year. */
  | { kind: 'training-for-degree'; quote: string }
  /** A master's degree for (part of) the experience requirement. */
  | { kind: 'master-for-experience'; months: number | 'all'; field?: string; quote: string }
  /** College credit for experience (LA: up to two years, 30 semester units = one year). */
  | { kind: 'education-for-experience'; monthsPerYear: number; maxMonths?: number; quote: string };

export interface Combination {
  quote: string;
  /** Months of experience one year of education stands for, when the spec states it (Provo: 6). */
  monthsPerYear?: number;
}

export interface MqRules {
  assessable: boolean;
  /**
   * What a verdict depends on (levels, years, months, areas, employers, fields, rates), without the wording:
   * rule sets with one signature give every candidate the same verdict, so fit over all specs judges each
   * signature once.
   */
  signature: string;
  /** Exact-words source of each substitution / combination quote (keyed by quote). */
  ruleSources: Map<string, Source>;
  paths: MqPath[];
  substitutions: Substitution[];
  combination?: Combination;
  /** Where the rules are quoted from. */
  source?: Source;
  text: string;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
  eighteen: 18, thirty: 30, 'twenty-four': 24, a: 1, an: 1,
};
const NUM = String.raw`(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|an?)(?:\s*\(\d+\))?`;

export function numberWord(s: string): number {
  const n = Number(s);
  return Number.isFinite(n) ? n : (NUMBER_WORDS[s.toLowerCase()] ?? NaN);
}

/** Full MQ text of a spec: the verbatim text plus any substitution clauses not already in it. */
function mqText(spec: ClassSpec): string {
  const mq = spec.minimumQualifications;
  if (!mq) return '';
  let text = mq.text;
  let norm = normalize(text);
  for (const part of [mq.education, mq.experience, ...mq.substitutions, ...mq.alternatives]) {
    if (part && !norm.includes(normalize(part.value).slice(0, 60))) {
      text += `\n${part.value}`;
      norm = normalize(text);
    }
  }
  return text;
}

export function parseMq(spec: ClassSpec): MqRules {
  const raw = mqText(spec);
  const mq = spec.minimumQualifications;
  if (!mq || !raw.trim()) return { assessable: false, signature: '', ruleSources: new Map(), paths: [], substitutions: [], text: '' };
  const clean = (t: string) => t.replace(/\\([$*_])/g, '$1').replace(/\*\*/g, '').replace(/\r/g, '');
  const text = clean(raw);
  const rules: MqRules = { assessable: true, signature: '', ruleSources: new Map(), paths: [], substitutions: [], source: mq.source, text };
  // The parser's clauses, normalised once, to find which one (and which section) a rule sentence came from.
  const clauses = [...mq.substitutions, ...mq.alternatives].map((x) => ({ x, norm: normalize(x.value) }));
  const sourceOf = (quote: string): Source => {
    const nq = normalize(quote);
    const key = nq.slice(0, 50);
    const hit = clauses.find((c) => c.norm.includes(key));
    return { section: hit?.x.source.section ?? mq.source.section, quote: hit && hit.norm.length <= nq.length + 2 ? hit.x.source.quote : quote };
  };
  const seen = new Set<string>();
  const addRule = (s: string): boolean => {
    const sub = parseSubstitution(s);
    if (sub) {
      const key = normalize(sub.quote).replace(/[.\s]+$/, '');
      if (!seen.has(key)) {
        rules.substitutions.push(sub);
        rules.ruleSources.set(sub.quote, sourceOf(sub.quote));
      }
      seen.add(key);
      return true;
    }
    const combo = parseCombination(s);
    if (combo) {
      if (!rules.combination || combo.monthsPerYear !== undefined) rules.combination = combo;
      rules.ruleSources.set(combo.quote, sourceOf(combo.quote));
      return true;
    }
    return false;
  };
  // Substitution clauses the parser found, then any left in the verbatim text (layouts it did not structure).
  for (const sub of mq.substitutions) for (const s of splitSentences(clean(sub.value))) addRule(s);
  const pathSentences: string[] = [];
  for (const s of splitSentences(text)) {
    const isRule = /substitut|in lieu|equivalent combination/i.test(s);
    if (isRule) {
      addRule(s);
      // Provo: "…experience; OR an equivalent combination […]": the part before OR is a path.
      const before = s.split(/\bOR\b|\bequivalent combination/)[0] ?? '';
      if (/equivalent combination/i.test(s) && /\b(degree|experience|coursework|training|graduat)/i.test(before) && before.length > 20) pathSentences.push(before);
      continue;
    }
    pathSentences.push(s);
  }
  // Paths: the parser's alternatives, else its education + experience, else the verbatim text.
  const alternatives = mq.alternatives.map((a) => clean(a.value)).filter((a) => !/^\s*(an?\s+)?equivalent combination/i.test(a));
  // LA "1. Current employment with the City; and 2. Two years…": numbered but all required.
  const conjunctive = /;\s*and\s*\n?\s*2\./i.test(text);
  let pathTexts: { text: string; sources: Source[] }[];
  const altSources = mq.alternatives.filter((a) => !/^\s*(an?\s+)?equivalent combination/i.test(a.value)).map((a) => a.source);
  if (alternatives.length > 1) pathTexts = conjunctive ? [{ text: alternatives.join(' '), sources: altSources }] : alternatives.map((text, i) => ({ text, sources: altSources[i] ? [altSources[i]!] : [] }));
  else if (mq.education || mq.experience) {
    const parts = [mq.education, mq.experience].filter((x): x is NonNullable<typeof x> => !!x);
    pathTexts = [{ text: parts.map((x) => clean(x.value).trim()).map((x) => (/[.;]$/.test(x) ? x : `${x};`)).join(' '), sources: parts.map((x) => x.source) }];
  } else pathTexts = splitAlternatives(pathSentences.join('\n')).map((t) => ({ text: t, sources: [{ section: mq.source.section, quote: t.trim() }] }));
  for (const { text: alt, sources } of pathTexts) {
    const path = parsePath(alt, sources);
    if (path.education || path.experience || path.conditions.length) rules.paths.push(path);
  }
  // "as described in Requirement #1": the substitution's area is that path's experience area.
  for (const sub of rules.substitutions) {
    if (sub.kind === 'experience-for-degree' && sub.areas.size === 0) {
      const exp = rules.paths.find((p) => p.experience)?.experience;
      if (exp) {
        sub.area = exp.area;
        sub.areas = exp.areas;
      }
    }
  }
  if (rules.paths.length === 0 && !rules.combination) rules.assessable = false;
  rules.signature = signatureOf(rules);
  return rules;
}

function signatureOf(r: MqRules): string {
  const areas = (a: Set<Area>) => [...a].sort().join('+');
  return JSON.stringify([
    r.assessable,
    r.paths.map((p) => [
      p.education ? [p.education.level, p.education.years, p.education.field ?? '', p.education.relatedAllowed] : 0,
      p.experience ? [p.experience.months, areas(p.experience.areas), p.experience.employer ?? ''] : 0,
      p.conditions,
    ]),
    r.substitutions.map((x) =>
      x.kind === 'experience-for-degree' ? [x.kind, areas(x.areas)] : x.kind === 'master-for-experience' ? [x.kind, x.months, x.field ?? ''] : x.kind === 'education-for-experience' ? [x.kind, x.monthsPerYear, x.maxMonths ?? 0] : [x.kind],
    ),
    r.combination ? [r.combination.monthsPerYear ?? 0] : 0,
  ]);
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.])\s+(?=[A-Z])|\n\s*\n|\n(?=\s*(?:EDUCATION|EXPERIENCE|Substitute|SUBSTITUTION)\b)/)
    .map((s) => s.replace(/^\s*(?:EDUCATION|EXPERIENCE|SUBSTITUTION CLAUSE)\s*:\s*|^\s*Substitute [A-Z]+ for [A-Z]+\s*:?\s*/, '').trim())
    .filter(Boolean);
}

/** LA "1. … or 2. …", Provo "… OR …": alternative paths. Numbered items joined by "and" stay one path. */
function splitAlternatives(body: string): string[] {
  const numbered = body.split(/(?:^|\n)\s*\d\.\s+/).map((s) => s.trim()).filter(Boolean);
  if (numbered.length > 1) {
    const conjunctive = /;\s*and\s*$/i.test(numbered[0]!);
    if (conjunctive) return [numbered.join(' ')];
    return numbered;
  }
  return body.split(/\s+\bOR\b\s+/).map((s) => s.trim()).filter(Boolean);
}

function parsePath(text: string, sources: Source[]): MqPath {
  const path: MqPath = { conditions: [], sources, quote: text.replace(/\s+/g, ' ').replace(/;\s*(or|and)\s*$/i, '').trim() };
  const t = text.replace(/\s+/g, ' ');
  const edu = parseEducation(t);
  if (edu) path.education = edu;
  const exp = parseExperience(t);
  if (exp) path.experience = exp;
  if (/current(ly)? employ\w* (with|by) the city of los angeles/i.test(t)) path.conditions.push('current employment with the City of Los Angeles');
  const courses = /completion of (four|\d+) courses[^.;]*/i.exec(t);
  if (courses) path.conditions.push(courses[0].trim());
  return path;
}

function parseEducation(t: string): EducationReq | undefined {
  const lower = t.toLowerCase();
  let level: EducationLevel | undefined;
  let years = 0;
  if (/master'?s degree/.test(lower) && !/master'?s degree[^.]*substitut/.test(lower)) {
    level = 'master';
    years = 6;
  } else if (/bachelor'?s degree|four-year college|graduat(e|ion) (of|from) (a|an) (accredited )?(four-year )?college or university/.test(lower)) {
    level = 'bachelor';
    years = 4;
  } else if (/associate'?s degree/.test(lower)) {
    level = 'associate';
    years = 2;
  } else {
    const m = new RegExp(`${NUM}\\s+years?\\s+of\\s+(?:post[- ]high school|post-secondary|college)[^,;]*?(?:coursework|education|training)|${NUM}\\s+years?\\s+of\\s+(?:vocational|technical)`, 'i').exec(t);
    if (m) {
      level = 'some-college';
      years = numberWord(m[1] ?? m[2] ?? '1') || 1;
    } else if (/high school (diploma|graduat)|\bged\b/.test(lower)) {
      level = 'high-school';
      years = 0;
    }
  }
  if (!level) return undefined;
  const fieldM = /(?:major in|degree in|training in|coursework in|units in)\s+([^;]+?)(?:;|,?\s+and\s+(?:one|two|three|four|\d)|\s+AND\s|$)/i.exec(t);
  const field = fieldM?.[1]?.replace(/[,.]\s*$/, '').trim();
  const quoteM = /[^;.]*?(degree|college|coursework|training|graduat)[^;]*?(?:\.(?=\s|$)|;|$)/i.exec(t);
  return {
    level,
    years,
    ...(field ? { field } : {}),
    relatedAllowed: !field || /related field|or a related|closely related/i.test(t) || field.split(/,|\bor\b/).length >= 3,
    quote: (quoteM?.[0] ?? t).trim(),
  };
}

function parseExperience(t: string): ExperienceReq | undefined {
  const patterns = [
    // "one year of production support experience", "one (1) year of computer operation and system support experience"
    new RegExp(`${NUM}\\s+(years?|months?)\\s+of\\s+(?:full-time(?:,)?\\s+paid\\s+)?([^;.]*?)\\s*experience\\b([^;.]*)`, 'i'),
  ];
  for (const re of patterns) {
    const m = re.exec(t);
    if (!m) continue;
    const n = numberWord(m[1]!);
    if (!Number.isFinite(n)) continue;
    const months = /month/i.test(m[2]!) ? n : n * 12;
    let area = (m[3] ?? '').trim();
    const tail = (m[4] ?? '').trim();
    let employer: string | undefined;
    // "experience as a Data Entry Operator with the City of Los Angeles", "experience in the operation of …"
    if (!area || /^(data processing|full-time paid)$/i.test(area)) area = `${area} ${tail}`.trim();
    else if (tail && /^(in|as|with|either)\b/i.test(tail)) area = `${area} ${tail}`.trim();
    const city = /with the city of los angeles/i.exec(`${m[3]} ${tail}`);
    if (city) employer = 'City of Los Angeles';
    area = area.replace(/^(either\s+)?(in|as)\s+(the\s+)?/i, '').replace(/\s+/g, ' ').trim();
    const quote = m[0].trim();
    return { months, area: area || 'experience', areas: areasOf(area), ...(employer ? { employer } : {}), quote };
  }
  return undefined;
}

function parseSubstitution(s: string): Substitution | undefined {
  const lower = s.toLowerCase();
  if (!/substitut|in lieu/.test(lower) || /equivalent combination/.test(lower)) return undefined;
  const quote = s.replace(/\s+/g, ' ').trim();
  if (/master'?s degree/.test(lower) && /experience requirement|of (the )?experience/.test(lower)) {
    const one = new RegExp(`for\\s+${NUM}\\s+(years?|months?)\\s+of\\s+the\\s+experience`, 'i').exec(s);
    const months = one ? numberWord(one[1]!) * (/month/i.test(one[2]!) ? 1 : 12) : 'all';
    const field = /master'?s degree in ([a-z ]+?) (?:will|may|shall|can)/i.exec(s)?.[1];
    return { kind: 'master-for-experience', months, ...(field ? { field } : {}), quote };
  }
  if (/(degree|education) requirement|required bachelor|for the (required )?(bachelor|degree)/.test(lower)) {
    if (/training|vocational|technical school/.test(lower) && !/experience (in|as)/.test(lower)) return { kind: 'training-for-degree', quote };
    if (/experience/.test(lower)) {
      const areaM = /experience (?:in|as) ([^.]*?) (?:will|may|shall|can) (?:be )?substitut/i.exec(s) ?? /^(?:additional\s+)?(?:full-time\s+paid\s+)?(.*?) experience\b/i.exec(s);
      const area = areaM?.[1]?.trim() ?? '';
      const described = /as described/i.test(s);
      return { kind: 'experience-for-degree', area: described ? '' : area, areas: described ? new Set() : areasOf(area), quote };
    }
  }
  if (/(academic credit|college|units|education)/.test(lower) && /experience/.test(lower)) {
    const upTo = new RegExp(`up to\\s+${NUM}\\s+(years?|months?)`, 'i').exec(s);
    const max = upTo ? numberWord(upTo[1]!) * (/month/i.test(upTo[2]!) ? 1 : 12) : undefined;
    return { kind: 'education-for-experience', monthsPerYear: 12, ...(max ? { maxMonths: max } : {}), quote };
  }
  return undefined;
}

function parseCombination(s: string): Combination | undefined {
  if (!/equivalent combination/i.test(s)) return undefined;
  const quote = /[^.;]*equivalent combination[^.]*\.?/i.exec(s)?.[0]?.trim().replace(/^\s*OR\s+/i, '') ?? s;
  const rate = new RegExp(`each\\s+${NUM}\\s+years?\\s+of\\s+[^\\]]*?\\s+for\\s+${NUM}\\s+(months?|years?)`, 'i').exec(s);
  if (rate) {
    const eduYears = numberWord(rate[1]!) || 1;
    const exp = numberWord(rate[2]!) * (/year/i.test(rate[3]!) ? 12 : 1);
    return { quote, monthsPerYear: exp / eduYears };
  }
  return { quote };
}
