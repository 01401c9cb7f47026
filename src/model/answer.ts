/**
 * The answer model: the one typed result every classbot operation returns.
 *
 * The engine (src/engine) produces it; every channel (Slack, Teams, web, CLI) only renders it.
 * All strings are plain text (no markup): each adapter escapes them for its own channel.
 */
import type { SpecRef } from './spec.js';

export type AnswerKind =
  | 'fact' // one field of one spec ("Grade 14")
  | 'list' // specs matching a cross-spec question ("which classes need a driver's license?")
  | 'spec' // one spec shown whole (summary card)
  | 'comparison' // two or more specs side by side
  | 'similar' // ranked similar titles for one spec
  | 'fit' // qualification check of a candidate
  | 'search' // ranked passages from the full-text index
  | 'clarification' // ambiguous: pick one of `choices`
  | 'help'
  | 'not-found';

/** Where a fact came from: the spec, the section as printed, and the exact words. */
export interface Citation {
  specId: string;
  specTitle: string;
  section: string;
  quote: string;
  /** ISO date of the spec's revision, when known. */
  revised?: string;
}

/** Something a button/menu can run next, through `Engine.run`. Serialisable (goes into button values). */
export type Action =
  | { op: 'ask'; question: string; specId?: string }
  | { op: 'show'; specId: string }
  | { op: 'compare'; specIds: string[] }
  | { op: 'similar'; specId: string }
  /** With no profile: the channel opens its fit form (modal / card), pre-selecting specId. */
  | { op: 'fit'; specId?: string; profile?: string }
  | { op: 'search'; terms: string }
  | { op: 'help' };

export interface FollowUp {
  /** Button text, short (≤ 40 chars preferred). */
  label: string;
  action: Action;
}

/** A labelled structured value ("Grade" → "14"), optionally pointing at one of `citations`. */
export interface Fact {
  label: string;
  value: string;
  /** Index into Answer.citations. */
  citation?: number;
}

/** One row of a list / similar / search answer. */
export interface Item {
  spec: SpecRef;
  /** Short detail line ("Requires a bachelor's degree", "Shared duties: …"). */
  detail: string;
  score?: number;
  /** Reasons (similar titles) or highlighted snippet pieces (search). */
  reasons?: string[];
  /** Section the item's evidence is from (search hits). */
  section?: string;
  /** Indexes into Answer.citations. */
  citations?: number[];
}

export interface ComparisonRow {
  attribute: string;
  /** One cell per spec in Comparison.specs order; null when that spec does not state it. */
  values: (string | null)[];
  /** Indexes into Answer.citations, one list per spec. */
  citations?: number[][];
}

export interface DutyPair {
  /** Duty text in specs[0] / specs[1] (or the specs named by index). */
  a: string;
  b: string;
  aSpec: number;
  bSpec: number;
  score: number;
}

export interface Comparison {
  specs: SpecRef[];
  rows: ComparisonRow[];
  /** Aligned duties shared between specs. */
  sharedDuties: DutyPair[];
  /** Per spec (same order as specs): duties with no counterpart. */
  distinctDuties: string[][];
  /** Common basis used for pay rows, e.g. "annual, USD". */
  payBasis?: string;
}

export type Verdict = 'meets' | 'meets-with-substitution' | 'does-not-meet' | 'not-assessable';

export interface FitResult {
  specId: string;
  title: string;
  jurisdiction: string | null;
  verdict: Verdict;
  /** Plain-language explanation of the path taken. */
  explanation: string;
  /** What is missing, each an alternative way to qualify ("2 more years of production support experience"). */
  missing: string[];
  /** Steps of the evaluation, in order (e.g. "Degree requirement met by 4 years of experience (year-for-year)"). */
  path: string[];
  /** True when a rule's rate had to be interpreted (the spec does not state it). */
  interpretation: boolean;
  /** Indexes into Answer.citations: the rules quoted. */
  citations: number[];
}

export interface CandidateProfile {
  education: { level: EducationLevel; field?: string; years?: number }[];
  experience: { area: string; months: number; title?: string }[];
  notes?: string;
}

export type EducationLevel =
  | 'none'
  | 'high-school'
  | 'some-college' // post-secondary coursework, `years` says how much
  | 'vocational'
  | 'associate'
  | 'bachelor'
  | 'master'
  | 'doctorate';

export interface Fit {
  /** How the profile was understood, shown back to the user. */
  profile: CandidateProfile;
  profileSummary: string;
  results: FitResult[];
}

export interface Answer {
  kind: AnswerKind;
  /** Short heading ("Production Coordinator — grade"). */
  title: string;
  /** The short plain-text answer. */
  text: string;
  /** Specs involved, most relevant first. */
  specs: SpecRef[];
  citations: Citation[];
  facts?: Fact[];
  items?: Item[];
  comparison?: Comparison;
  fit?: Fit;
  /** For clarification answers: the specs to choose from. */
  choices?: SpecRef[];
  followUps: FollowUp[];
  /** Side notes: input was cut, a spec is old, a parse warning matters here. */
  notes?: string[];
}
