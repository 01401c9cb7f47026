/**
 * Layout detection: which family of document this is, from signatures in its text.
 * The layout picks the section-splitting rules and where to look for the title; the field extractors are shared.
 * An unknown layout is 'generic': headings found by shape, title from the first short line.
 */
import type { Line } from './clean.js';
import type { SplitRules } from './sections.js';

export type Layout = 'kentucky-new' | 'kentucky-old' | 'provo' | 'state-help-desk' | 'task-list' | 'la-bulletin' | 'generic';

interface LayoutRule {
  layout: Exclude<Layout, 'generic'>;
  /** All must match the cleaned text. */
  signatures: RegExp[];
}

const RULES: LayoutRule[] = [
  // Kentucky, current web layout: mixed-case "Job Number:" / "Job Code:" header, salary table by period.
  { layout: 'kentucky-new', signatures: [/^Job Number:/m, /^Job Code:/m, /Salary \(MIN/i] },
  // Kentucky, older tabbed layout: all-caps "CLASS TITLE:" / "TITLE CODE:" header.
  { layout: 'kentucky-old', signatures: [/^CLASS TITLE:/m, /^TITLE CODE:/m] },
  // City class spec with a header table: "Title: … Job Code: …", then DEFINITION / ESSENTIAL DUTIES.
  { layout: 'provo', signatures: [/^Title: .+ (Job|Class) Code:/m, /^(DEFINITION|ESSENTIAL DUTIES):/m] },
  // State series spec: DESCRIPTION / DISTINGUISHING CHARACTERISTICS / EXAMPLES OF WORK.
  { layout: 'state-help-desk', signatures: [/^DESCRIPTION:/m, /^DISTINGUISHING CHARACTERISTICS:/m, /^EXAMPLES OF WORK:/m] },
  // Job bulletin: "Class Code:" header and an ANNUAL SALARY section.
  { layout: 'la-bulletin', signatures: [/^Class Code:/m, /^ANNUAL SALARY\b/m] },
];

/** A task list: a title, maybe a caption, then mostly numbered task lines, no labelled headings. */
function isTaskList(lines: readonly Line[]): boolean {
  const content = lines.filter((line) => line.text !== '');
  const numbered = content.filter((line) => /^\d{1,3}[.)]? \S/.test(line.text)).length;
  const labelled = content.filter((line) => /^[A-Z][A-Z ]{3,}:/.test(line.text)).length;
  return numbered >= 5 && numbered >= content.length * 0.7 && labelled === 0;
}

export function detectLayout(text: string, lines: readonly Line[]): Layout {
  for (const rule of RULES) if (rule.signatures.every((re) => re.test(text))) return rule.layout;
  if (isTaskList(lines)) return 'task-list';
  return 'generic';
}

export const SPLIT_RULES: Record<Layout, SplitRules> = {
  'kentucky-new': { capsAlone: false, shortColon: true, listCaption: false },
  'kentucky-old': { capsAlone: false, shortColon: true, listCaption: false },
  provo: { capsAlone: false, shortColon: false, listCaption: false },
  'state-help-desk': { capsAlone: false, shortColon: true, listCaption: false },
  'task-list': { capsAlone: false, shortColon: false, listCaption: true },
  'la-bulletin': { capsAlone: true, shortColon: true, listCaption: false },
  generic: { capsAlone: true, shortColon: true, listCaption: true },
};
