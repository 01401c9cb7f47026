/**
 * The ClassSpec model: one job class specification as classbot understands it.
 *
 * Every structured value carries a `source` (section heading + verbatim quote from the document),
 * so any answer built on it can cite the exact words it came from. Absent fields mean "the spec
 * does not say" — the parser never fills a field the text does not support.
 */
import { z } from 'zod';

/** Where a value came from: the section heading as the document names it and the exact words. */
export const Source = z.object({
  section: z.string(),
  quote: z.string(),
});
export type Source = z.infer<typeof Source>;

/** A single text value with its source. */
export const SourcedText = z.object({
  value: z.string(),
  source: Source,
});
export type SourcedText = z.infer<typeof SourcedText>;

export const JurisdictionKind = z.enum(['state', 'city', 'county', 'unknown']);
export type JurisdictionKind = z.infer<typeof JurisdictionKind>;

export const Jurisdiction = z.object({
  /** e.g. "Commonwealth of Kentucky", "Provo City", "City of Los Angeles", "State" (unnamed state). null when the text names none. */
  name: z.string().nullable(),
  kind: JurisdictionKind,
  source: Source.optional(),
});
export type Jurisdiction = z.infer<typeof Jurisdiction>;

export const Code = z.object({
  /** Normalised kind: 'job-number' | 'job-code' | 'title-code' | 'class-code' | 'selection-id' | 'eeo-code' | 'job-group' | other lower-kebab label. */
  kind: z.string(),
  /** The label as the document prints it, e.g. "Job Number", "TITLE CODE". */
  label: z.string(),
  value: z.string(),
  source: Source,
});
export type Code = z.infer<typeof Code>;

export const PayPeriod = z.enum(['hour', 'month', 'year']);
export type PayPeriod = z.infer<typeof PayPeriod>;

export const PayRange = z.object({
  period: PayPeriod,
  min: z.number().nonnegative().optional(),
  mid: z.number().nonnegative().optional(),
  max: z.number().nonnegative().optional(),
  /** Which labels the document gives the two figures, e.g. ['min','mid'] for Kentucky "(MIN - MID)". */
  labels: z.array(z.enum(['min', 'mid', 'max'])).optional(),
  /** Hours-per-week basis when the document states one (37.5, 40). */
  hoursPerWeek: z.number().positive().optional(),
  /** Free qualifier, e.g. "Department of Water and Power", "second range". */
  qualifier: z.string().optional(),
  /** Annual equivalents of min / mid / max (hour × hours/week × 52, month × 12, year × 1). */
  annual: z
    .object({ min: z.number().optional(), mid: z.number().optional(), max: z.number().optional() })
    .optional(),
  source: Source,
});
export type PayRange = z.infer<typeof PayRange>;

export const SpecialRequirementKind = z.enum([
  'driver-license',
  'license',
  'certification',
  'drug-screen',
  'background-check',
  'prea',
  'age',
  'other',
]);
export const SpecialRequirement = z.object({
  kind: SpecialRequirementKind,
  /** 'required' when the spec says must/is required; 'may-be-required' for "may be required"/"some positions". */
  necessity: z.enum(['required', 'may-be-required']),
  /** Short human label, e.g. "Valid driver's license". */
  label: z.string(),
  source: Source,
});
export type SpecialRequirement = z.infer<typeof SpecialRequirement>;

export const MinimumQualifications = z.object({
  /** The whole minimum-qualifications text, verbatim (markdown escapes removed). */
  text: z.string(),
  education: SourcedText.optional(),
  experience: SourcedText.optional(),
  /** Substitution clauses, each verbatim. */
  substitutions: z.array(SourcedText),
  /** Numbered / OR-separated alternative paths (LA "1. … or 2. …", Provo "**OR**"), each verbatim. */
  alternatives: z.array(SourcedText),
  source: Source,
});
export type MinimumQualifications = z.infer<typeof MinimumQualifications>;

export const SpecDate = z.object({
  /** ISO date YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source: Source,
});
export type SpecDate = z.infer<typeof SpecDate>;

export const Section = z.object({
  /** The heading as printed (or a descriptive name for unheaded text, e.g. "Essential Task Rating Results"). */
  heading: z.string(),
  text: z.string(),
});
export type Section = z.infer<typeof Section>;

export const ClassSpec = z.object({
  /** Stable slug, unique in a corpus: derived from jurisdiction + title (+ code when needed). */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** File name the spec came from (relative to the data folder). */
  file: z.string(),
  /** The layout the parser recognised, e.g. 'kentucky-new', 'kentucky-old', 'provo', 'state-help-desk', 'task-list', 'la-bulletin', 'generic'. */
  layout: z.string(),
  title: z.string().min(1),
  titleSource: Source,
  jurisdiction: Jurisdiction,
  /** Series and level, e.g. { name: "Information Technology (I.T.) Help Desk", level: "Coordinator", levels: [...] }. */
  series: z
    .object({
      name: z.string(),
      level: z.string().optional(),
      levels: z.array(z.string()).optional(),
      source: Source,
    })
    .optional(),
  codes: z.array(Code),
  grade: SourcedText.optional(),
  pay: z.array(PayRange),
  /** Special entrance rate as stated (Kentucky: "NONE", "No"). Optional addition by the corpus (issue 2). */
  specialEntranceRate: SourcedText.optional(),
  flsa: SourcedText.optional(),
  probation: SourcedText.optional(),
  reportsTo: SourcedText.optional(),
  selectionMethod: SourcedText.optional(),
  civilServiceStatus: SourcedText.optional(),
  /** Definition / characteristics / description / distinguishing characteristics: what the class is. */
  summary: SourcedText.optional(),
  minimumQualifications: MinimumQualifications.optional(),
  specialRequirements: z.array(SpecialRequirement),
  duties: z.array(SourcedText),
  knowledge: z.array(SourcedText),
  skills: z.array(SourcedText),
  abilities: z.array(SourcedText),
  tools: SourcedText.optional(),
  physicalDemands: SourcedText.optional(),
  workingConditions: SourcedText.optional(),
  established: SpecDate.optional(),
  revised: SpecDate.optional(),
  /** Every section of the document, cleaned, in order (what the full-text index is built from). */
  sections: z.array(Section),
  /** Problems found while parsing that did not stop the spec loading (e.g. pay figures that contradict each other). */
  warnings: z.array(z.string()),
});
export type ClassSpec = z.infer<typeof ClassSpec>;

/** A compact reference to a spec, used in answers and lists. */
export interface SpecRef {
  id: string;
  title: string;
  jurisdiction: string | null;
  /** ISO date of the latest revision (or establishment / document date) when known. */
  revised?: string;
}

export function toSpecRef(spec: ClassSpec): SpecRef {
  const date = spec.revised?.date ?? spec.established?.date;
  return {
    id: spec.id,
    title: spec.title,
    jurisdiction: spec.jurisdiction.name,
    ...(date ? { revised: date } : {}),
  };
}
