/** Single-value fields: FLSA, probation, reports-to, selection method, civil service status, summary, tools, conditions. */
import { titleCase } from '../clean.js';
import { blocksMatching, cellSource, findCell, sentences, type Doc } from '../document.js';
import { blockText, type Block } from '../sections.js';
import type { SourcedText } from '../../model/spec.js';

/** Values that say "nothing here" and never become a field. */
const EMPTY_VALUE = /^(none|n\/a|no|not applicable|-+)\.?$/i;

function labelled(doc: Doc, label: RegExp, readable = false): SourcedText | undefined {
  const cell = findCell(doc, label);
  if (!cell) return undefined;
  return { value: readable ? titleCase(cell.value) : cell.value, source: cellSource(doc, cell) };
}

/** The first sentence (or line) of the document matching a pattern, with its section. */
function sentenceMatching(doc: Doc, pattern: RegExp, blocks: readonly Block[] = doc.blocks): { sentence: string; block: Block } | undefined {
  for (const block of blocks) {
    for (const sentence of sentences(blockText(block))) if (pattern.test(sentence)) return { sentence, block };
  }
  return undefined;
}

function sectionValue(doc: Doc, heading: RegExp): SourcedText | undefined {
  for (const block of blocksMatching(doc, heading)) {
    const text = blockText(block).trim();
    if (text === '' || EMPTY_VALUE.test(text)) continue;
    return { value: text, source: { section: block.heading, quote: text } };
  }
  return undefined;
}

export function extractFlsa(doc: Doc): SourcedText | undefined {
  const cell = labelled(doc, /FLSA(?: DESIGNATION| STATUS)?|FAIR LABOR STANDARDS ACT(?: STATUS)?|OVERTIME STATUS/);
  if (cell) return cell;
  const found = sentenceMatching(doc, /\bFLSA\b|Fair Labor Standards Act/);
  if (!found) return undefined;
  const { sentence, block } = found;
  const explicit = /\b(non-?exempt|exempt)\b/i.exec(sentence)?.[1];
  const value = explicit
    ? titleCase(explicit.toUpperCase())
    : /each of their positions|individual|per position|position by position/i.test(sentence)
      ? 'Determined for each position by the employing agency'
      : sentence;
  return { value, source: { section: block.heading, quote: sentence } };
}

export function extractProbation(doc: Doc): SourcedText | undefined {
  const cell = labelled(doc, /PROBATION(?:ARY)? PERIOD/);
  if (cell && !EMPTY_VALUE.test(cell.value) && cell.value.length < 60) return cell;
  const found = sentenceMatching(doc, /probation(?:ary)? period of\s+(\w+(?: \(\d+\))? (?:months?|years?|days?))/i);
  if (!found) return undefined;
  const value = /probation(?:ary)? period of\s+(\w+(?: \(\d+\))? (?:months?|years?|days?))/i.exec(found.sentence)![1]!;
  return { value, source: { section: found.block.heading, quote: found.sentence } };
}

export function extractReportsTo(doc: Doc): SourcedText | undefined {
  const cell = labelled(doc, /(?:POSITIONS IN THIS CLASS )?(?:GENERALLY )?REPORTS? TO|SUPERVISOR/, true);
  if (cell && !EMPTY_VALUE.test(cell.value)) return cell;
  const pattern = /\b(?:[Rr]esponsible to|[Rr]eports? to|[Uu]nder the (?:general |direct |immediate )?(?:supervision|direction) of)\s+((?:the|a|an|[A-Z][a-z]*)\b.+?)(?=\s+and\s+(?:perform|is|are|will)\b|[.;]|$)/;
  // Not from duty lists: "under the direction of the IT supervisor" in a task is not the class's reporting line.
  const found = sentenceMatching(doc, pattern, doc.blocks.filter((block) => !/DUTIES|TASK|EXAMPLES/i.test(block.heading)));
  if (!found) return undefined;
  const match = pattern.exec(found.sentence)!;
  return { value: match[1]!.trim(), source: { section: found.block.heading, quote: found.sentence } };
}

export function extractSelectionMethod(doc: Doc): SourcedText | undefined {
  return labelled(doc, /SELECTION METHOD/);
}

export function extractCivilServiceStatus(doc: Doc): SourcedText | undefined {
  return labelled(doc, /CIVIL SERVICE STATUS|CIVIL SERVICE/);
}

export function extractSpecialEntranceRate(doc: Doc): SourcedText | undefined {
  const cell = findCell(doc, /SPECIAL ENTRANCE RATE/);
  if (cell) return { value: cell.value, source: cellSource(doc, cell) };
  const block = blocksMatching(doc, /^SPECIAL ENTRANCE RATE$/i)[0];
  const text = block ? blockText(block) : '';
  if (!block || text === '') return undefined;
  // Kentucky prints one value per pay line ("NONE" three times); one distinct value is the answer.
  const values = [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];
  const first = text.split('\n').find((line) => line.trim() !== '')!.trim();
  return { value: values.length === 1 ? values[0]! : values.join('; '), source: { section: block.heading, quote: values.length === 1 ? first : text } };
}

export function extractSummary(doc: Doc): SourcedText | undefined {
  return sectionValue(doc, /^(DEFINITION|CHARACTERISTICS OF THE (JOB|CLASS)|DESCRIPTION|NATURE OF WORK|GENERAL DESCRIPTION|CLASS (DESCRIPTION|SUMMARY)|SUMMARY|DUTIES|POSITION SUMMARY)$/i);
}

export function extractTools(doc: Doc): SourcedText | undefined {
  return sectionValue(doc, /TOOLS|EQUIPMENT USED/i);
}

export function extractPhysicalDemands(doc: Doc): SourcedText | undefined {
  return sectionValue(doc, /^(?!.*WORKING CONDITIONS).*PHYSICAL (DEMANDS|REQUIREMENTS)/i);
}

export function extractWorkingConditions(doc: Doc): SourcedText | undefined {
  return sectionValue(doc, /WORKING CONDITIONS|ENVIRONMENTAL (FACTORS|CONDITIONS)|WORK ENVIRONMENT/i);
}
