/**
 * parseSpec: one document's text → a ClassSpec record (validated later by loadSpecs).
 * Steps: clean → detect layout → split sections (layout rules) → shared field extractors.
 */
import type { ClassSpec } from '../model/spec.js';
import { cleanLines, joinLines } from './clean.js';
import type { Doc } from './document.js';
import { detectLayout, SPLIT_RULES } from './layout.js';
import { blockText, splitSections } from './sections.js';
import { extractTitle, headerName } from './fields/title.js';
import { extractJurisdiction } from './fields/jurisdiction.js';
import { extractFields } from './fields/index.js';
import { markInferredPay } from './family.js';

export function parseSpec(raw: string, file: string): ClassSpec {
  const lines = cleanLines(raw);
  const text = joinLines(lines);
  if (!/[A-Za-z]{3}/.test(text)) throw new Error('no readable text');
  const layout = detectLayout(text, lines);
  const doc: Doc = { file, layout, lines, text, blocks: splitSections(lines, SPLIT_RULES[layout]) };
  const title = extractTitle(doc);
  const warnings: string[] = [];
  const { fields, inferredPay } = extractFields(doc, warnings);
  const spec: ClassSpec = {
    id: '', // assigned corpus-wide by assignIds (unique slugs)
    file,
    layout,
    title: title.title,
    titleSource: title.source,
    jurisdiction: extractJurisdiction(doc),
    ...(title.series ? { series: title.series } : {}),
    ...fields,
    sections: doc.blocks
      .map((block) => ({ heading: block.heading || headerName(doc), text: blockText(block) }))
      .filter((section) => section.text !== ''),
    warnings,
  };
  if (inferredPay.length > 0) markInferredPay(spec, inferredPay);
  return spec;
}
