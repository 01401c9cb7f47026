import { boundedEditDistance } from './text.js';

/**
 * Field / topic routing: which field of a spec a question is about ("pay grade" → grade,
 * "hourly" → pay per hour, "drug test" → drug screen, "EEO" → codes/eeo…).
 * Order matters: the first match wins, most specific first.
 */

export type Topic =
  | 'grade'
  | 'pay'
  | 'education'
  | 'experience'
  | 'substitutions'
  | 'mq'
  | 'driver-license'
  | 'license'
  | 'drug-screen'
  | 'background-check'
  | 'prea'
  | 'special-requirements'
  | 'probation'
  | 'reports-to'
  | 'supervises'
  | 'codes'
  | 'flsa'
  | 'dates'
  | 'duties'
  | 'tools'
  | 'physical'
  | 'working-conditions'
  | 'series'
  | 'selection'
  | 'ksa'
  | 'civil-service'
  | 'jurisdiction'
  | 'summary';

export type PayPeriodWanted = 'hour' | 'month' | 'year' | undefined;

export interface TopicMatch {
  topic: Topic;
  /** Pay period asked for, code kind asked for ("eeo-code"), date kind ("revised"). */
  detail?: string;
  /** Which end of a pay range was asked for ("starting salary" → min, "midpoint" → mid, "top of the range" → max). */
  bound?: 'min' | 'mid' | 'max';
  /** Hours basis asked for ("at 40 hours"). */
  hours?: number;
}

const RULES: [Topic, RegExp][] = [
  ['prea', /\bprea\b|prison rape|offenders?\b|department of corrections|juvenile justice/],
  ['drug-screen', /\bdrug|urinalysis|substance (test|screen)/],
  ['background-check', /background|criminal (record|history)|fingerprint/],
  ['driver-license', /driv(er|ers|ing)'?s?\s*licen[cs]e|\bdl\b|driv(e|ing)\b|vehicle/],
  ['license', /licen[cs]|certif|licensure/],
  ['special-requirements', /special requirement|additional requirement/],
  ['substitutions', /substitut|in lieu|instead of|equivalen(t|cy) combination|equivalent (of|to) (an? )?(bachelor|degree|associate|master|diploma|education)|year[- ]for[- ]year|count (as|toward)|(replac\w*|in place of|take the place of|make up for)\b.*\b(degree|experience|education|diploma|requirement)|(degree|experience|education|diploma|training)\b.*\b(replac\w*|in place of|make up for)/],
  ['grade', /\bgrade\b|pay grade|salary grade|\brange\b(?! of)|pay level/],
  ['pay', /\bpay\b|\b(highest|best|lowest|least|most|well|better) paid\b|salary|wage|hourly|monthly|annual(ly)?|yearly|per (hour|month|year)|how much (do|does|will|would|is)\b.*\b(make|earn|paid|get)|compensation|\bearn|\$/],
  ['flsa', /\bflsa\b|exempt|overtime|fair labor/],
  ['probation', /probation/],
  // Supervision the class exercises ("does X supervise anyone?"), before reports-to (supervision received).
  ['supervises', /\b(does|do|will|would|can)\b.*\b(supervise|manage|lead|oversee)\b|supervisory|supervise (anyone|others|staff|employees|people)|\bsubordinates?\b|direct reports|who does .* supervise/],
  ['reports-to', /report(s|ing)? to|supervis(or|ed by|ion)|who (supervises|manages|oversees|directs)\b|who (does|do) (it|they|this) report|\bboss\b|reporting line/],
  ['codes', /\bcodes?\b|\beeo\b|job number|selection id|class(ification)? (number|code)|\bjob group|\bgroup\b|\bid\b|number/],
  ['dates', /\bdates?\b|when (was|were|is)|established|revised|revision|updated|last (changed|updated)|how old|created|adopted/],
  ['education', /educat|degree|diploma|college|bachelor|associate'?s|master'?s|\bbs\b|\bba\b|\baas\b|school|coursework|\bunits\b/],
  ['experience', /experience|years of|how many years|work history/],
  ['mq', /qualif|requirements?\b|eligib|\bmqs?\b|prerequisite/],
  ['tools', /\btools?\b|equipment|software used|devices/],
  ['physical', /physical|lift|pounds|\blbs?\b|standing|sitting|strength/],
  ['working-conditions', /working conditions|work(ing)? environment|environmental|office setting|conditions|where .*work|stress/],
  ['series', /series|levels?\b|career ladder|next level|promot/],
  ['selection', /selection (method|process)|exam(ination)?|\btest\b|interview|how (are|is) .*selected|hiring process/],
  ['ksa', /knowledge|skills?|abilit(y|ies)|\bksas?\b|competenc/],
  ['civil-service', /civil service|classified|unclassified|covered/],
  ['duties', /dut(y|ies)|tasks?|responsibilit|what (does|do|would) .* do|day[- ]to[- ]day|job description|essential functions|work performed/],
  ['jurisdiction', /jurisdiction|which (state|city|agency|employer)|who (publishes|owns|employs)|what (state|city)/],
  ['summary', /summary|overview|definition|describe|what is (a|an|the)\b|characteristics|about\b/],
];

/** Field words, for correcting typos in questions ("salery" → "salary") before routing. */
const TOPIC_VOCABULARY = (
  'salary wage hourly monthly annual grade education degree diploma bachelor associate master experience substitution ' +
  'supervise supervises supervisory substitute license licence certification probation probationary background screening drug supervisor report reports ' +
  'duties responsibilities tasks tools equipment physical demands conditions environment series levels selection ' +
  'examination knowledge skills abilities qualifications requirements established revised exempt overtime jurisdiction summary definition'
).split(' ');

/** Endings that make another word of the same family ("supervise" / "supervisor", "environmental" / "environment"). */
const SUFFIXES = new Set(['', 'e', 'es', 'ed', 'ing', 'ion', 'ions', 'or', 'ors', 'al', 's', 'ment', 'ments']);

/** True when w is another form of v, not a misspelling of it: same stem, both endings ordinary suffixes. */
function sameFamily(w: string, v: string): boolean {
  let i = 0;
  while (i < w.length && i < v.length && w[i] === v[i]) i++;
  return i >= 5 && SUFFIXES.has(w.slice(i)) && SUFFIXES.has(v.slice(i));
}

function correctTypos(q: string): string {
  return q.replace(/\p{L}{5,}/gu, (w) => {
    if (TOPIC_VOCABULARY.includes(w)) return w;
    if (TOPIC_VOCABULARY.some((v) => sameFamily(w, v))) return w;
    const budget = w.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestD = budget + 1;
    for (const v of TOPIC_VOCABULARY) {
      const d = boundedEditDistance(w, v, budget);
      if (d < bestD) {
        best = v;
        bestD = d;
      }
    }
    return best ?? w;
  });
}

export function detectTopic(question: string): TopicMatch | undefined {
  const q = correctTypos(question.toLowerCase().replace(/\u2019/g, "'"));
  for (const [topic, re] of RULES) {
    if (!re.test(q)) continue;
    if (topic === 'pay') return { topic, ...payDetail(q) };
    if (topic === 'grade' && /\b(pay|salary)\b/.test(q) && !/grade/.test(q)) return { topic: 'pay', ...payDetail(q) };
    if (topic === 'codes') return { topic, ...codeDetail(q) };
    if (topic === 'dates') return { topic, ...(/(revis|updated|last)/.test(q) ? { detail: 'revised' } : /(establish|created|adopted)/.test(q) ? { detail: 'established' } : {}) };
    if (topic === 'ksa') {
      const d = /knowledge/.test(q) ? 'knowledge' : /skill/.test(q) ? 'skills' : /abilit/.test(q) ? 'abilities' : undefined;
      return { topic, ...(d ? { detail: d } : {}) };
    }
    return { topic };
  }
  return undefined;
}

function payDetail(q: string): { detail?: string; bound?: 'min' | 'mid' | 'max'; hours?: number } {
  const hours = hoursAsked(q);
  const bound = /\b(max(imum)?|top|highest|most)\b/.test(q) ? 'max' : /\b(mid(point)?|middle)\b/.test(q) ? 'mid' : /\b(min(imum)?|starting|start|entry|lowest|least|hiring rate)\b/.test(q) ? 'min' : undefined;
  const period = periodDetail(q);
  return { ...period, ...(bound ? { bound } : {}), ...(hours ? { hours } : {}) };
}

function periodDetail(q: string): { detail?: string } {
  // "per month at 40 hours": the hours are a basis, the period asked is the month.
  if (/hourly|\b(per|an|a|each|by the) hour\b|wage rate/.test(q)) return { detail: 'hour' };
  if (/month/.test(q)) return { detail: 'month' };
  if (/annual|year|yearly/.test(q)) return { detail: 'year' };
  if (/\bhour/.test(q)) return { detail: 'hour' };
  return {};
}

/** "at 40 hours", "37.5 h/week", "37.5-hour": the hours basis asked for. */
export function hoursAsked(q: string): number | undefined {
  const m = /\b(\d{2}(?:\.\d)?)[- ]?(?:h\b|hrs?\b|hours?\b)/i.exec(q);
  return m ? Number(m[1]) : undefined;
}

function codeDetail(q: string): { detail?: string } {
  if (/\beeo\b/.test(q)) return { detail: 'eeo-code' };
  if (/job number/.test(q)) return { detail: 'job-number' };
  if (/job code/.test(q)) return { detail: 'job-code' };
  if (/title code/.test(q)) return { detail: 'title-code' };
  if (/class(ification)? (code|number)/.test(q)) return { detail: 'class-code' };
  if (/selection id/.test(q)) return { detail: 'selection-id' };
  if (/\bgroup\b/.test(q)) return { detail: 'job-group' };
  return {};
}

/** Human label for a topic ("Pay", "Drug screen"). */
export const TOPIC_LABEL: Record<Topic, string> = {
  grade: 'Grade',
  pay: 'Pay',
  education: 'Education',
  experience: 'Experience',
  substitutions: 'Substitutions',
  mq: 'Minimum qualifications',
  'driver-license': "Driver's license",
  license: 'Licence / certification',
  'drug-screen': 'Drug screen',
  'background-check': 'Background check',
  prea: 'PREA',
  'special-requirements': 'Special requirements',
  probation: 'Probationary period',
  'reports-to': 'Reports to',
  supervises: 'Supervision exercised',
  codes: 'Codes',
  flsa: 'FLSA status',
  dates: 'Dates',
  duties: 'Duties',
  tools: 'Tools and equipment',
  physical: 'Physical demands',
  'working-conditions': 'Working conditions',
  series: 'Series and levels',
  selection: 'Selection method',
  ksa: 'Knowledge, skills and abilities',
  'civil-service': 'Civil service status',
  jurisdiction: 'Jurisdiction',
  summary: 'Summary',
};

/** Words a topic is described by in "does not state" sentences. */
export const TOPIC_PHRASE: Record<Topic, string> = {
  grade: 'a grade',
  pay: 'a salary',
  education: 'an education requirement',
  experience: 'an experience requirement',
  substitutions: 'any substitution rules',
  mq: 'minimum qualifications',
  'driver-license': "a driver's license requirement",
  license: 'a licence or certification requirement',
  'drug-screen': 'a drug screen',
  'background-check': 'a background check',
  prea: 'a PREA requirement',
  'special-requirements': 'special requirements',
  probation: 'a probationary period',
  'reports-to': 'whom positions report to',
  supervises: 'supervisory duties',
  codes: 'that code',
  flsa: 'an FLSA status',
  dates: 'that date',
  duties: 'duties',
  tools: 'tools or equipment',
  physical: 'physical demands',
  'working-conditions': 'working conditions',
  series: 'a series or levels',
  selection: 'a selection method',
  ksa: 'knowledge, skills and abilities',
  'civil-service': 'a civil service status',
  jurisdiction: 'a jurisdiction',
  summary: 'a summary',
};
