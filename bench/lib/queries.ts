/**
 * The fixed mixed query set, derived deterministically from the corpus (specs at fixed strides), so every corpus
 * size runs the same kinds of question: field questions about named specs, cross-spec topic questions, passages.
 */
import type { ClassSpec } from '../../src/model/spec.js';

export interface QuerySet {
  /** Field questions naming one spec (grade, pay, education, licence, probation, duties…). */
  ask: string[];
  /** Questions across all specs ("which classes require …", "which specs mention …"). */
  askTopic: string[];
  /** Passage search terms. */
  search: string[];
  compare2: string[][];
  compare5: string[][];
  similar: string[];
  fitOne: { profile: string; spec: string }[];
  fitAll: string[];
}

const FIELD_QUESTIONS = [
  (t: string) => `what is the grade for ${t}?`,
  (t: string) => `what does ${t} pay per hour?`,
  (t: string) => `what education does ${t} require?`,
  (t: string) => `does ${t} need a driver's license?`,
  (t: string) => `how long is the probation period for ${t}?`,
  (t: string) => `what are the duties of ${t}?`,
  (t: string) => `how much experience for ${t}`,
  (t: string) => `${t} salary`,
];

export const TOPIC_QUESTIONS = [
  "which classes require a bachelor's degree?",
  'which specs mention password resets?',
  "which classes need a driver's license?",
  'which specs require a drug screening test?',
  'which classes mention job control language?',
  'which specs mention water quality samples?',
];

export const SEARCH_TERMS = [
  'password resets',
  'backup and recovery procedures',
  'snow and ice removal',
  'drug screening',
  'help desk',
  'tax returns audit',
  'probationary period',
  'initial program load',
  'recuirtment plans', // typo on purpose (tolerance path)
  'chlorination equipment',
];

export const PROFILES = [
  'BS in Computer Science, 18 months production support',
  'HS diploma, 4 yrs production support',
  "associate's in networking and a year of help desk work",
  "Master's in public administration, 6 years budget analysis",
  'Help Desk Analyst, Jan 2021 – present; AAS information technology',
];

export function buildQuerySet(specs: readonly ClassSpec[], size = 40): QuerySet {
  const n = specs.length;
  const pick = (i: number): ClassSpec => specs[(i * 7919) % n] as ClassSpec;
  const take = Math.min(size, Math.max(n, 5));
  const ask: string[] = [];
  for (let i = 0; i < take; i++) ask.push((FIELD_QUESTIONS[i % FIELD_QUESTIONS.length] as (t: string) => string)(pick(i).title));
  const ids = (i: number, k: number) => Array.from({ length: Math.min(k, n) }, (_, j) => pick(i * k + j).id);
  return {
    ask,
    askTopic: TOPIC_QUESTIONS,
    search: SEARCH_TERMS,
    compare2: Array.from({ length: 10 }, (_, i) => ids(i, 2)),
    compare5: Array.from({ length: 10 }, (_, i) => ids(i, 5)),
    similar: Array.from({ length: 10 }, (_, i) => pick(i).id),
    fitOne: Array.from({ length: 10 }, (_, i) => ({ profile: PROFILES[i % PROFILES.length] as string, spec: pick(i).id })),
    fitAll: PROFILES,
  };
}
