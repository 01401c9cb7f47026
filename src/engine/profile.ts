/**
 * Candidate profiles: free text ("BS in Computer Science, 18 months production support",
 * "HS diploma, 4 yrs production support", résumé lines "Help Desk Analyst, Jan 2021 – present")
 * or structured form input, turned into a CandidateProfile.
 */
import type { CandidateProfile, EducationLevel } from '../model/answer.js';
import { numberWord } from './mq.js';
import { formatMonths } from './text.js';

const LEVELS: EducationLevel[] = ['none', 'high-school', 'some-college', 'vocational', 'associate', 'bachelor', 'master', 'doctorate'];
export const LEVEL_RANK: Record<EducationLevel, number> = { none: 0, 'high-school': 1, 'some-college': 2, vocational: 2, associate: 3, bachelor: 4, master: 5, doctorate: 6 };
/** Post-secondary years each level stands for. */
export const LEVEL_YEARS: Record<EducationLevel, number> = { none: 0, 'high-school': 0, 'some-college': 1, vocational: 1, associate: 2, bachelor: 4, master: 6, doctorate: 8 };
const MAX_MONTHS = 600;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_RE = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DATE = String.raw`(?:(${MONTH_RE})\s+(\d{4})|(\d{1,2})\/(\d{4})|(\d{4}))`;
const RANGE = new RegExp(`${DATE}\\s*(?:-|–|—|to|until|through)\\s*(?:(present|current|now|today|date)|${DATE})`, 'i');
const NUMW = String.raw`(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|an?|half an?)`;
const DURATION = new RegExp(`${NUMW}\\s*(?:\\+\\s*)?(?:and a half\\s+)?(years?|yrs?|months?|mos?)\\b(\\s+and a half)?`, 'i');

export interface ParsedProfile {
  profile: CandidateProfile;
  /** Parts of the text not understood (shown back so the user can rephrase). */
  ignored: string[];
}

export function parseProfile(text: string, now: Date): ParsedProfile {
  const profile: CandidateProfile = { education: [], experience: [] };
  const ignored: string[] = [];
  const lines = text.split(/\n|;|•/).map((l) => l.trim()).filter(Boolean);
  for (const line of lines) {
    const range = RANGE.exec(line);
    if (range) {
      const months = monthsBetween(range, now);
      const title = line.slice(0, range.index).replace(/[,:(\-–—|@]+\s*$/, '').replace(/^[-*•\s]+/, '').trim() || line.slice(range.index + range[0].length).replace(/^[,:)\-–—|\s]+/, '').trim();
      if (months !== undefined) {
        profile.experience.push({ area: cleanArea(title) || 'experience', months, ...(title ? { title } : {}) });
        continue;
      }
    }
    for (const chunk of line.split(/,|\band\b|\bplus\b|\+(?!\s*(?:years?|yrs?))|\balong with\b/i).map((c) => c.trim()).filter(Boolean)) {
      if (!parseChunk(chunk, profile)) ignored.push(chunk);
    }
  }
  return { profile, ignored };
}

function parseChunk(chunk: string, profile: CandidateProfile): boolean {
  const c = chunk.replace(/[.?!]+$/, '').trim();
  const lower = c.toLowerCase();
  const edu = educationOf(lower, c);
  const dur = DURATION.exec(c);
  if (edu && (!dur || /college|university|school|coursework|post-secondary|vocational|training|units|semester/.test(lower))) {
    profile.education.push(edu);
    return true;
  }
  if (dur) {
    let n = /^half/i.test(dur[1]!) ? 0.5 : numberWord(dur[1]!.toLowerCase());
    if (!Number.isFinite(n)) return false;
    if (dur[3] || /and a half/i.test(dur[0])) n += 0.5;
    const months = Math.min(MAX_MONTHS, Math.round(/^mo/i.test(dur[2]!) ? n : n * 12));
    const after = c.slice(dur.index + dur[0].length);
    const before = c.slice(0, dur.index);
    const area = cleanArea(after) || cleanArea(before) || 'experience';
    profile.experience.push({ area, months });
    return true;
  }
  if (edu) {
    profile.education.push(edu);
    return true;
  }
  return false;
}

function educationOf(lower: string, raw: string): CandidateProfile['education'][number] | undefined {
  let level: EducationLevel | undefined;
  let years: number | undefined;
  if (/\b(ph\.?\s?d|doctorate|doctoral)\b/.test(lower)) level = 'doctorate';
  else if (/\bmaster'?s?\b|\bm\.?s\.?c?\b(?=\s+(in|of)\b)|\bmba\b|\bm\.a\.|\bma in\b/.test(lower)) level = 'master';
  else if (/\bbachelor'?s?\b|\bb\.?s\.?c?\b(?!\w)|\bb\.?a\.?(?!\w)|\bbsc\b|four[- ]year degree|4[- ]year degree|college degree|undergraduate degree|college graduate/.test(lower)) level = 'bachelor';
  else if (/\bassociate'?s?\b|\ba\.?a\.?s\.?(?!\w)|\baas\b|\ba\.s\.|\bas degree\b|two[- ]year degree|2[- ]year degree/.test(lower)) level = 'associate';
  else {
    const units = /(\d+)\s*(semester|quarter)\s*units/.exec(lower);
    const yrs = new RegExp(`${NUMW}\\s*(years?|yrs?|semesters?)\\s+(?:of\\s+)?(college|university|post[- ]secondary|coursework|vocational|technical|trade school|community college)`).exec(lower);
    if (units) {
      level = 'some-college';
      years = Math.round((Number(units[1]) / (units[2] === 'semester' ? 30 : 45)) * 10) / 10;
    } else if (yrs) {
      level = /vocational|technical|trade/.test(yrs[3]!) ? 'vocational' : 'some-college';
      const n = numberWord(yrs[1]!);
      years = /semester/.test(yrs[2]!) ? n / 2 : n;
    } else if (/vocational|technical (school|training|certificate)|trade school|certificate program|bootcamp/.test(lower)) {
      level = 'vocational';
      years = 1;
    } else if (/\b(hs|high school|ged|diploma)\b/.test(lower)) level = 'high-school';
    else if (/\bno (degree|diploma|education)\b/.test(lower)) level = 'none';
  }
  if (!level) return undefined;
  const fieldM = /\b(?:in|of)\s+([a-z][a-z &/-]{1,60})$/i.exec(raw.replace(/[.?!]+$/, ''));
  const field = fieldM?.[1]?.trim();
  return { level, ...(field && !/^(college|university|school|coursework)$/i.test(field) ? { field } : {}), ...(years !== undefined ? { years } : {}) };
}

function cleanArea(s: string): string {
  return s
    .replace(/\b(of|in|as an?|as|doing|working|work|worked|experience|exp|professional|full[- ]time|paid|job|at)\b/gi, ' ')
    .replace(/[^\p{L}\p{N}&/ -]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function monthsBetween(m: RegExpExecArray, now: Date): number | undefined {
  const start = dateOf(m[1], m[2], m[3], m[4], m[5]);
  const end = m[6] ? { y: now.getFullYear(), m: now.getMonth() } : dateOf(m[7], m[8], m[9], m[10], m[11]);
  if (!start || !end) return undefined;
  const months = (end.y - start.y) * 12 + (end.m - start.m);
  if (months < 0 || months > MAX_MONTHS) return undefined;
  return months;
}

function dateOf(mon?: string, y1?: string, mm?: string, y2?: string, y3?: string): { y: number; m: number } | undefined {
  if (mon && y1) return { y: Number(y1), m: Math.max(0, MONTHS.indexOf(mon.slice(0, 3).toLowerCase())) };
  if (mm && y2) return { y: Number(y2), m: Math.min(11, Math.max(0, Number(mm) - 1)) };
  if (y3) return { y: Number(y3), m: 0 };
  return undefined;
}

/** Validate structured (form) input; drop what is not usable and say so. */
export function sanitizeProfile(input: unknown): ParsedProfile {
  const ignored: string[] = [];
  const profile: CandidateProfile = { education: [], experience: [] };
  const obj = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  for (const e of Array.isArray(obj.education) ? obj.education : []) {
    const x = (e && typeof e === 'object' ? e : {}) as Record<string, unknown>;
    if (typeof x.level !== 'string' || !LEVELS.includes(x.level as EducationLevel)) {
      ignored.push(`education entry with level ${JSON.stringify(x.level ?? null)}`);
      continue;
    }
    const years = typeof x.years === 'number' && Number.isFinite(x.years) && x.years >= 0 && x.years <= 12 ? x.years : undefined;
    const field = typeof x.field === 'string' && x.field.trim() ? x.field.trim().slice(0, 100) : undefined;
    profile.education.push({ level: x.level as EducationLevel, ...(field ? { field } : {}), ...(years !== undefined ? { years } : {}) });
  }
  for (const e of Array.isArray(obj.experience) ? obj.experience : []) {
    const x = (e && typeof e === 'object' ? e : {}) as Record<string, unknown>;
    const months = typeof x.months === 'number' ? x.months : typeof x.months === 'string' ? Number(x.months) : NaN;
    if (!Number.isFinite(months) || months < 0) {
      ignored.push('experience entry without a valid number of months');
      continue;
    }
    const area = typeof x.area === 'string' && x.area.trim() ? x.area.trim().slice(0, 100) : 'experience';
    const title = typeof x.title === 'string' && x.title.trim() ? x.title.trim().slice(0, 100) : undefined;
    profile.experience.push({ area, months: Math.min(MAX_MONTHS, Math.round(months)), ...(title ? { title } : {}) });
  }
  if (typeof obj.notes === 'string' && obj.notes.trim()) profile.notes = obj.notes.trim().slice(0, 500);
  return { profile, ignored };
}

const LEVEL_LABEL: Record<EducationLevel, string> = {
  none: 'no formal education',
  'high-school': 'high school diploma',
  'some-college': 'post-secondary coursework',
  vocational: 'vocational/technical training',
  associate: "associate's degree",
  bachelor: "bachelor's degree",
  master: "master's degree",
  doctorate: 'doctorate',
};

export function educationLabel(e: CandidateProfile['education'][number]): string {
  const years = e.years !== undefined && (e.level === 'some-college' || e.level === 'vocational') ? `${e.years} year${e.years === 1 ? '' : 's'} of ` : '';
  return `${years}${LEVEL_LABEL[e.level]}${e.field ? ` in ${e.field}` : ''}`;
}

export function summarizeProfile(p: CandidateProfile): string {
  const parts = [
    ...p.education.map(educationLabel),
    ...p.experience.map((x) => `${formatMonths(x.months)} of ${x.area}${x.title && x.title !== x.area ? ` (${x.title})` : ''}`),
  ];
  return parts.length ? parts.join('; ') : 'no education or experience recognised';
}
