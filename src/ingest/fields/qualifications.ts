/**
 * Minimum qualifications: the verbatim text, the education and experience requirements, substitution clauses
 * and alternative paths. Works over labelled sub-sections (Kentucky's EDUCATION / EXPERIENCE / SUBSTITUTION),
 * one paragraph of clauses (Provo, state specs), and numbered alternatives with a./b. sub-items (LA bulletins).
 */
import { blocksMatching, lineOffsets, sentences, type Doc } from '../document.js';
import { blockText, type Block } from '../sections.js';
import type { MinimumQualifications, SourcedText } from '../../model/spec.js';
import { tidyItem } from './lists.js';

const MQ_HEADING = /^(MINIMUM (REQUIREMENTS?|QUALIFICATIONS?)|REQUIREMENTS?(\/MINIMUM QUALIFICATIONS?)?|(MINIMUM )?QUALIFICATIONS? REQUIRED|QUALIFICATIONS|ENTRANCE REQUIREMENTS)$/i;
const SUB_HEADING = /^(EDUCATION|EXPERIENCE|TRAINING|SUBSTITUT|.*\bSUBSTITUT)/i;
const SUBSTITUTION = /substitut|equivalent combination/i;
/** College units converted to academic years: "One academic year is equivalent to 30 semester or 45 quarter units." */
const UNIT_EQUIVALENCE = /(semester|quarter) units?.*\b(equal|equivalent)|\b(equal|equivalent)\b.*(semester|quarter) units/i;
const EDUCATION = /\b(degree|diploma|graduat\w*|coursework|course work|college|university|education|vocational|G\.?E\.?D)\b/i;
const EXPERIENCE = /\bexperience\b/i;
const DURATION = /\b(one|two|three|four|five|six|seven|eight|ten|\d+)\s*(\(\d+\)\s*)?(years?|months?)\b/i;

export function extractQualifications(doc: Doc): MinimumQualifications | undefined {
  const mainIndex = doc.blocks.findIndex((block) => MQ_HEADING.test(block.heading));
  if (mainIndex < 0) return undefined;
  const main = doc.blocks[mainIndex]!;
  const region: Block[] = [main];
  for (const block of doc.blocks.slice(mainIndex + 1)) {
    if (!SUB_HEADING.test(block.heading)) break;
    region.push(block);
  }
  const text = regionText(doc, region);
  if (text === '') return undefined;

  let education: SourcedText | undefined;
  let experience: SourcedText | undefined;
  const substitutions: SourcedText[] = [];
  // Labelled sub-sections; after a substitution heading, EDUCATION / EXPERIENCE blocks are substitution clauses.
  let substitutionHeading: string | undefined;
  for (const block of region.slice(1)) {
    const body = blockText(block);
    if (/SUBSTITUT/i.test(block.heading)) substitutionHeading = block.heading;
    if (substitutionHeading) {
      for (const sentence of sentences(body)) substitutions.push({ value: sentence, source: { section: substitutionHeading, quote: sentence } });
      continue;
    }
    if (body === '') continue;
    if (/^EDUCATION/i.test(block.heading) && !education) education = { value: body, source: { section: block.heading, quote: body } };
    if (/^EXPERIENCE/i.test(block.heading) && !experience) experience = { value: body, source: { section: block.heading, quote: body } };
  }

  const mainText = blockText(main);
  const alternatives = numberedAlternatives(mainText, main.heading);
  if (alternatives.length < 2) alternatives.splice(0, alternatives.length, ...orAlternatives(mainText, main.heading));

  // Clauses of the main text: the first education and experience requirement, and substitution clauses.
  for (const paragraph of mainText.split(/\n{2,}/)) {
    const isList = /^\d{1,2}\.\s/.test(paragraph);
    for (const sentence of sentences(paragraph)) {
      if (!isList && (SUBSTITUTION.test(sentence) || UNIT_EQUIVALENCE.test(sentence))) {
        // Provo's "…; OR an equivalent combination […]": the substitution is the part after OR.
        const clause = sentence.split(/;?\s+OR\s+/).find((part) => SUBSTITUTION.test(part)) ?? sentence;
        const value = tidyItem(clause);
        substitutions.push({ value, source: { section: main.heading, quote: value } });
        if (clause !== sentence) requirementClauses(sentence.split(/;?\s+OR\s+/)[0]!);
        continue;
      }
      requirementClauses(sentence);
    }
  }
  function requirementClauses(sentence: string): void {
    for (const clause of sentence.split(/;\s*|,\s+AND\s+|\s+and\s+(?=(?:one|two|three|four|five|six|\d+)\s*(?:\(\d+\)\s*)?(?:years?|months?)\b)/i)) {
      const value = tidyItem(clause);
      if (value.length < 8 || SUBSTITUTION.test(value)) continue;
      if (!education && EDUCATION.test(value) && !(EXPERIENCE.test(value) && !/degree|diploma|coursework/i.test(value))) {
        education = { value, source: { section: main.heading, quote: value } };
      } else if (!experience && EXPERIENCE.test(value) && DURATION.test(value)) {
        experience = { value, source: { section: main.heading, quote: value } };
      }
    }
  }

  // Notes elsewhere that substitute for the requirements (LA's PROCESS NOTES: units, years for a degree).
  for (const block of blocksMatching(doc, /NOTES?$/i)) {
    if (region.includes(block)) continue;
    for (const sentence of sentences(blockText(block))) {
      if (/substitut/i.test(sentence) || UNIT_EQUIVALENCE.test(sentence)) {
        const value = tidyItem(sentence);
        if (!substitutions.some((s) => s.value === value)) substitutions.push({ value, source: { section: block.heading, quote: value } });
      }
    }
  }

  const firstParagraph = text.split(/\n{2,}/).find((p) => !p.endsWith(':')) ?? text.split(/\n{2,}/)[0]!;
  return {
    text,
    ...(education ? { education } : {}),
    ...(experience ? { experience } : {}),
    substitutions,
    alternatives,
    source: { section: main.heading, quote: firstParagraph },
  };
}

/** The region's text exactly as in the cleaned document, from the first content to the end of the last block. */
function regionText(doc: Doc, region: readonly Block[]): string {
  const offsets = lineOffsets(doc);
  const main = region[0]!;
  const last = region[region.length - 1]!;
  const headingLine = doc.lines[main.start]!.text;
  const start = main.note || main.inline === '' ? offsets[main.start + 1]! : offsets[main.start]! + headingLine.lastIndexOf(main.inline);
  const end = offsets[last.start + 1 + last.body.length] ?? doc.text.length;
  return doc.text.slice(start, end).trim();
}

/** "1. … or\n2. …\na. …\nb. …" → one alternative per number, its lettered sub-items included. */
function numberedAlternatives(text: string, section: string): SourcedText[] {
  const items: string[][] = [];
  for (const line of text.split('\n')) {
    if (/^\d{1,2}\.\s/.test(line)) items.push([line]);
    else if (/^[a-z]\.\s/.test(line) && items.length > 0) items[items.length - 1]!.push(line);
    else if (line.trim() !== '' && items.length > 0 && items[items.length - 1]!.length > 0) items.push([]);
  }
  return items
    .filter((lines) => lines.length > 0)
    .map((lines) => {
      const value = lines.join('\n').replace(/[\s;,]+(?:or|and)?$/i, '').replace(/[\s;,]+$/, '');
      return { value, source: { section, quote: value } };
    });
}

/** Provo's "A; and B; **OR** C" → [A; and B, C]. */
function orAlternatives(text: string, section: string): SourcedText[] {
  const paragraph = text.split(/\n{2,}/)[0]!;
  const parts = paragraph.split(/;?\s+OR\s+/).map((part) => part.replace(/[\s;,.]+$/, '').trim()).filter(Boolean);
  return parts.length >= 2 ? parts.map((value) => ({ value, source: { section, quote: value } })) : [];
}
