/** Special requirements: licences, drug screens, background checks, PREA, certifications, age — required or "may be". */
import { sentences, type Doc } from '../document.js';
import { blockText } from '../sections.js';
import type { SpecialRequirement } from '../../model/spec.js';

const REQUIREMENT_HEADING = /REQUIREMENTS?|QUALIFICATIONS?|LICEN[CS]|CERTIFICATION|NOTES?$|CONDITIONS OF EMPLOYMENT/i;
const NOT_REQUIREMENTS = /EXAMPLES|DUTIES|SELECTION PROCESS|WHERE TO APPLY|DEADLINE|PHYSICAL/i;

interface Kind {
  kind: SpecialRequirement['kind'];
  pattern: RegExp;
  label: (sentence: string) => string;
}

const KINDS: Kind[] = [
  {
    kind: 'driver-license',
    pattern: /driver'?s licen[cs]e/i,
    label: (s) => {
      const state = /\bvalid(?:, lawful)? ([A-Z][a-z]+) driver'?s licen[cs]e/.exec(s)?.[1];
      return state ? `Valid ${state} driver's license` : "Valid driver's license";
    },
  },
  { kind: 'drug-screen', pattern: /\bdrug (screen|test)/i, label: () => 'Drug screening test' },
  { kind: 'background-check', pattern: /\bbackground (check|investigation)/i, label: () => 'Background check' },
  { kind: 'prea', pattern: /Prison Rape Elimination Act|\bPREA\b/, label: () => 'Prison Rape Elimination Act (PREA) qualifications' },
  { kind: 'certification', pattern: /\brequire\w* (?:a |the )?(?:professional |industry )*certific/i, label: () => 'Professional certification' },
  { kind: 'license', pattern: /\blicen[cs]e\b(?!d)/i, label: () => 'License' },
  { kind: 'age', pattern: /\b(\d{2}) years of age\b|\bminimum age\b/i, label: (s) => `Minimum age${/(\d{2}) years of age/.exec(s) ? ` ${/(\d{2}) years of age/.exec(s)![1]}` : ''}` },
];

/** "may be required", "some positions", "positions which…": not every position needs it. */
const MAYBE = /\bmay\b|\bsome (of the )?positions\b|\bpositions which\b|\bif (this is )?necessary\b|\bwhen required\b/i;

export function extractSpecialRequirements(doc: Doc): SpecialRequirement[] {
  const found: SpecialRequirement[] = [];
  for (const block of doc.blocks) {
    if (!REQUIREMENT_HEADING.test(block.heading) || NOT_REQUIREMENTS.test(block.heading)) continue;
    for (const sentence of sentences(blockText(block))) {
      const quote = sentence.replace(/^\d{1,2}\.\s+/, '');
      if (quote.split(/\s+/).length < 4) continue; // "License(s)." is a label, not a requirement
      const withoutDriving = quote.replace(/driver'?s licen[cs]e/gi, '');
      for (const { kind, pattern, label } of KINDS) {
        if (!pattern.test(kind === 'license' ? withoutDriving : quote)) continue;
        if (found.some((r) => r.kind === kind)) continue;
        found.push({ kind, necessity: MAYBE.test(quote) ? 'may-be-required' : 'required', label: label(quote), source: { section: block.heading, quote } });
      }
    }
  }
  return found;
}
