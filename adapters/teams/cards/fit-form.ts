/**
 * The qualification-check form. Submitted with Action.Execute (verb FIT_VERB); the invoke answer
 * replaces the form with the verdict card. Each rendering gets a fresh submit id so a double
 * click (or a Teams retry of the invoke) runs the check once.
 */
import type { CandidateProfile, EducationLevel } from '../../../src/model/answer.js';
import type { SpecRef } from '../../../src/model/spec.js';
import { EXPERIENCE_ROWS, FIT_VERB, type FitFormValues } from './data.js';
import { adaptiveCard, para, type Element } from './elements.js';
import { plain } from './text.js';

export const EDUCATION_LEVELS: { value: EducationLevel; title: string }[] = [
  { value: 'none', title: 'None' },
  { value: 'high-school', title: 'High school diploma / GED' },
  { value: 'some-college', title: 'Some college' },
  { value: 'vocational', title: 'Vocational / technical' },
  { value: 'associate', title: "Associate's degree" },
  { value: 'bachelor', title: "Bachelor's degree" },
  { value: 'master', title: "Master's degree" },
  { value: 'doctorate', title: 'Doctorate' },
];

/** The "against all specs" choice (a ChoiceSet value may not be empty). */
export const ALL_SPECS = 'all';

/** Above this many specs a picker is unusable: the form asks for a title instead. */
const MAX_SPEC_CHOICES = 50;

/** Most years one experience row may claim. */
const MAX_YEARS = 60;

export interface FitFormOptions {
  specs: SpecRef[];
  submitId: string;
  /** Pre-selected target spec. */
  specId?: string;
  /** Shown above the inputs when the previous submit was incomplete. */
  error?: string;
  values?: FitFormValues;
}

export function renderFitFormCard(options: FitFormOptions): Element {
  const v = options.values ?? {};
  const body: Element[] = [
    para('Check a candidate', { size: 'medium', weight: 'bolder' }),
    para('Against the minimum qualifications, substitutions included. The profile is not stored or logged.', {
      subtle: true,
      size: 'small',
      spacing: 'none',
    }),
  ];
  if (options.error) body.push(para(options.error, { color: 'attention', weight: 'bolder' }));
  body.push(
    {
      type: 'Input.ChoiceSet',
      id: 'eduLevel',
      label: 'Highest education',
      style: 'compact',
      value: v.eduLevel ?? 'high-school',
      choices: EDUCATION_LEVELS.map((l) => ({ title: l.title, value: l.value })),
    },
    { type: 'Input.Text', id: 'eduField', label: 'Field of study', placeholder: 'e.g. Computer Science', maxLength: 200, ...(v.eduField ? { value: v.eduField } : {}) },
  );
  for (let i = 1; i <= EXPERIENCE_ROWS; i++) {
    const area = v[`exp${i}Area` as keyof FitFormValues];
    const years = v[`exp${i}Years` as keyof FitFormValues];
    body.push({
      type: 'ColumnSet',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [{ type: 'Input.Text', id: `exp${i}Area`, label: `Experience ${i}: area`, placeholder: i === 1 ? 'e.g. production support' : '', maxLength: 200, ...(area ? { value: area } : {}) }],
        },
        {
          type: 'Column',
          width: 'auto',
          // No min/max: the renderer (and Teams) treats an EMPTY Input.Number with a min as invalid
          // (NaN >= min is false) and blocks the submit. Rows are optional; yearsProblem() checks on the server.
          items: [{ type: 'Input.Number', id: `exp${i}Years`, label: 'Years', placeholder: `0–${MAX_YEARS}`, ...(years && Number.isFinite(Number(years)) ? { value: Number(years) } : {}) }],
        },
      ],
    });
  }
  body.push({ type: 'Input.Text', id: 'notes', label: 'Notes (licences, certifications…)', isMultiline: true, maxLength: 1000, ...(v.notes ? { value: v.notes } : {}) });
  if (options.specs.length <= MAX_SPEC_CHOICES) {
    body.push({
      type: 'Input.ChoiceSet',
      id: 'specId',
      label: 'Against',
      style: 'compact',
      value: v.specId ?? options.specId ?? ALL_SPECS,
      choices: [{ title: 'All specs', value: ALL_SPECS }, ...options.specs.map((s) => ({ title: plain(`${s.title} (${s.jurisdiction ?? 'jurisdiction not stated'})`), value: s.id }))],
    });
  } else {
    body.push({ type: 'Input.Text', id: 'specId', label: 'Against (title, optional: all specs when empty)', maxLength: 200, value: v.specId ?? options.specId ?? '' });
  }
  return adaptiveCard(body, [
    { type: 'Action.Execute', title: 'Check', verb: FIT_VERB, data: { classbot: 'fit', submitId: options.submitId } },
  ]);
}

/** The spec the form targets, or undefined for all specs. */
export function targetFromForm(values: FitFormValues): string | undefined {
  const target = values.specId?.trim();
  return target && target !== ALL_SPECS ? target : undefined;
}

/**
 * What is wrong with the experience rows, for the form to show again; undefined when they are fine.
 * The card has no input constraints (see above), so this is where rows are checked: a row is either
 * empty, or has an area and 0–60 years.
 */
export function experienceProblem(values: FitFormValues): string | undefined {
  for (let i = 1; i <= EXPERIENCE_ROWS; i++) {
    const area = values[`exp${i}Area` as keyof FitFormValues]?.trim();
    const rawYears = values[`exp${i}Years` as keyof FitFormValues]?.trim();
    if (!area && !rawYears) continue;
    const years = Number(rawYears);
    if (!rawYears) return `Experience ${i}: enter the years of ${area} experience.`;
    if (!Number.isFinite(years) || years < 0 || years > MAX_YEARS) return `Experience ${i}: years must be a number from 0 to ${MAX_YEARS}.`;
    if (!area) return `Experience ${i}: enter the area of the ${years} years of experience.`;
  }
  return undefined;
}

/** Turn the form's inputs into the engine's profile; undefined when nothing usable was entered. */
export function profileFromForm(values: FitFormValues): CandidateProfile | undefined {
  const level = EDUCATION_LEVELS.find((l) => l.value === values.eduLevel)?.value ?? 'none';
  const field = values.eduField?.trim();
  const experience: CandidateProfile['experience'] = [];
  for (let i = 1; i <= EXPERIENCE_ROWS; i++) {
    const area = values[`exp${i}Area` as keyof FitFormValues]?.trim();
    const years = Number(values[`exp${i}Years` as keyof FitFormValues]);
    if (area && Number.isFinite(years) && years > 0) experience.push({ area, months: Math.round(Math.min(years, MAX_YEARS) * 12) });
  }
  const notes = values.notes?.trim();
  if (level === 'none' && !field && experience.length === 0 && !notes) return undefined;
  return {
    education: [{ level, ...(field ? { field } : {}) }],
    experience,
    ...(notes ? { notes } : {}),
  };
}
