/**
 * The qualification-check modal: education (level, field, years of college), experience entries (area + duration),
 * notes, and optionally one target spec. `readFitForm` turns a submission into a CandidateProfile or, when a value
 * cannot be understood, errors keyed by the block they belong to (for `response_action: "errors"`).
 */
import type { types } from '@slack/bolt';
import type { CandidateProfile, EducationLevel } from '../../../src/model/answer.js';
import type { SpecRef } from '../../../src/model/spec.js';
import { type Block, option, plain, section } from '../render/blocks.js';
import { md } from '../render/escape.js';
import { LIMITS } from '../render/limits.js';

export const FIT_CALLBACK_ID = 'classbot_fit';
export const EXPERIENCE_ROWS = 3;

export const BLOCK = {
  level: 'edu_level',
  field: 'edu_field',
  years: 'edu_years',
  area: (i: number) => `exp_area_${i}`,
  duration: (i: number) => `exp_duration_${i}`,
  notes: 'notes',
  spec: 'target_spec',
} as const;
const VALUE = 'value';

const LEVELS: { value: EducationLevel; label: string }[] = [
  { value: 'none', label: 'No diploma' },
  { value: 'high-school', label: 'High school diploma or GED' },
  { value: 'some-college', label: 'Some college (no degree)' },
  { value: 'vocational', label: 'Vocational / technical certificate' },
  { value: 'associate', label: "Associate's degree" },
  { value: 'bachelor', label: "Bachelor's degree" },
  { value: 'master', label: "Master's degree" },
  { value: 'doctorate', label: 'Doctorate' },
];

/** Where the result goes after submit (kept in the view's private_metadata). */
export interface FitOrigin {
  channel?: string;
  threadTs?: string;
}

function input(blockId: string, label: string, element: types.InputBlockElement, opts: { optional?: boolean; hint?: string } = {}): Block {
  return {
    type: 'input',
    block_id: blockId,
    label: plain(label, LIMITS.inputLabel),
    element,
    optional: opts.optional ?? true,
    ...(opts.hint ? { hint: plain(opts.hint, LIMITS.inputHint) } : {}),
  };
}

const text = (placeholder: string, extra: Partial<types.PlainTextInput> = {}): types.PlainTextInput => ({
  type: 'plain_text_input',
  action_id: VALUE,
  placeholder: plain(placeholder, LIMITS.placeholder),
  ...extra,
});

export function fitModal(specs: SpecRef[], origin: FitOrigin, preselect?: string): types.ModalView {
  const specOptions = specs.slice(0, LIMITS.selectOptions).map((s) =>
    option({ label: s.jurisdiction ? `${s.title} — ${s.jurisdiction}` : s.title, value: s.id.slice(0, LIMITS.optionValue) }),
  );
  const initial = specOptions.find((o) => o.value === preselect);
  // A static select holds at most 100 options; past that the target spec is typed as a title.
  const specElement: types.InputBlockElement =
    specs.length <= LIMITS.selectOptions && specOptions.length > 0
      ? {
          type: 'static_select',
          action_id: VALUE,
          placeholder: plain('All specs', LIMITS.placeholder),
          options: specOptions,
          ...(initial ? { initial_option: initial } : {}),
        }
      : text('Title of one spec, or leave empty for all', preselect ? { initial_value: preselect } : {});

  const rows: Block[] = [];
  for (let i = 1; i <= EXPERIENCE_ROWS; i++) {
    rows.push(input(BLOCK.area(i), `Experience ${i}: area`, text(i === 1 ? 'e.g. production support, help desk' : 'Another area (optional)', { max_length: 150 })));
    rows.push(input(BLOCK.duration(i), `Experience ${i}: how long`, text('e.g. 18 months, 2 years', { max_length: 40 })));
  }

  const blocks: Block[] = [
    section(md`Enter the candidate's education and experience. The result is shown only to you.`),
    input(
      BLOCK.level,
      'Highest education',
      { type: 'static_select', action_id: VALUE, placeholder: plain('Choose a level', LIMITS.placeholder), options: LEVELS.map((l) => option({ label: l.label, value: l.value })) },
      { optional: false },
    ),
    input(BLOCK.field, 'Field of study', text('e.g. Computer Science', { max_length: 150 })),
    input(BLOCK.years, 'Years of college completed (if no degree)', text('e.g. 1.5', { max_length: 10 })),
    ...rows,
    input(BLOCK.notes, 'Notes', text('Licences, certifications, anything else', { multiline: true, max_length: 1000 })),
    input(BLOCK.spec, 'Check against', specElement, { hint: 'Leave empty to check every spec.' }),
  ];
  return {
    type: 'modal',
    callback_id: FIT_CALLBACK_ID,
    title: plain('Qualification check', LIMITS.viewTitle),
    submit: plain('Check', LIMITS.viewButton),
    close: plain('Cancel', LIMITS.viewButton),
    private_metadata: JSON.stringify(origin).slice(0, LIMITS.privateMetadata),
    blocks,
  };
}

/** "18 months", "2 years", "1.5 yrs", "6 mo", "2" (years) → months; undefined when not understood. */
export function parseDuration(raw: string): number | undefined {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(years?|yrs?|y|months?|mos?|m)?\s*$/i.exec(raw);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(',', '.'));
  const unit = (m[2] ?? 'years').toLowerCase();
  const months = unit.startsWith('m') ? n : n * 12;
  return months > 0 && months <= 12 * 60 ? Math.round(months * 10) / 10 : undefined;
}

type StateValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null }>>;

export type FitFormResult =
  | { ok: true; profile: CandidateProfile; spec?: string }
  | { ok: false; errors: Record<string, string> };

export function readFitForm(values: StateValues): FitFormResult {
  const get = (block: string) => {
    const v = values[block]?.[VALUE];
    return (v?.selected_option?.value ?? v?.value ?? '').trim();
  };
  const errors: Record<string, string> = {};
  const level = get(BLOCK.level);
  if (!LEVELS.some((l) => l.value === level)) errors[BLOCK.level] = 'Choose the highest level of education.';
  const field = get(BLOCK.field);
  const yearsRaw = get(BLOCK.years);
  const years = yearsRaw ? Number(yearsRaw.replace(',', '.')) : undefined;
  if (years !== undefined && !(Number.isFinite(years) && years >= 0 && years <= 12))
    errors[BLOCK.years] = 'Enter a number of years between 0 and 12, e.g. 1.5.';

  const experience: CandidateProfile['experience'] = [];
  for (let i = 1; i <= EXPERIENCE_ROWS; i++) {
    const area = get(BLOCK.area(i));
    const duration = get(BLOCK.duration(i));
    if (!area && !duration) continue;
    if (!area) {
      errors[BLOCK.area(i)] = 'Say what kind of experience this is (e.g. help desk).';
      continue;
    }
    if (!duration) {
      errors[BLOCK.duration(i)] = 'How long? e.g. 18 months or 2 years.';
      continue;
    }
    const months = parseDuration(duration);
    if (months === undefined) errors[BLOCK.duration(i)] = 'Write a duration such as "18 months" or "2 years".';
    else experience.push({ area, months });
  }
  if (Object.keys(errors).length) return { ok: false, errors };

  const education: CandidateProfile['education'] =
    level === 'none' && !field ? [] : [{ level: level as EducationLevel, ...(field ? { field } : {}), ...(years !== undefined ? { years } : {}) }];
  const notes = get(BLOCK.notes);
  const spec = get(BLOCK.spec);
  return { ok: true, profile: { education, experience, ...(notes ? { notes } : {}) }, ...(spec ? { spec } : {}) };
}

export function readOrigin(privateMetadata: string | undefined): FitOrigin {
  try {
    const o = JSON.parse(privateMetadata ?? '{}') as FitOrigin;
    return {
      ...(typeof o.channel === 'string' ? { channel: o.channel } : {}),
      ...(typeof o.threadTs === 'string' ? { threadTs: o.threadTs } : {}),
    };
  } catch {
    return {};
  }
}
