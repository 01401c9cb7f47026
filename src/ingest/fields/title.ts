/** Title and series: from a labelled title cell, the header's title line, or the series sentence of a spec. */
import { isAllCaps, titleCase } from '../clean.js';
import { findCell, cellSource, HEADER_LINES, sentences, type Doc } from '../document.js';
import type { ClassSpec, Source } from '../../model/spec.js';

export interface TitleResult {
  title: string;
  source: Source;
  series?: ClassSpec['series'];
}

/** Banner lines that name the publisher or the document type, never the class. */
const BANNER = /SPECIFICATION|COMMONWEALTH OF|^(STATE|CITY|COUNTY|TOWN|VILLAGE|TOWNSHIP) OF|JOB BULLETIN|^\(|^Class Code|^Open Date/i;

export function extractTitle(doc: Doc): TitleResult {
  const labelled = findCell(doc, /CLASS TITLE|JOB TITLE|CLASSIFICATION TITLE|TITLE/, HEADER_LINES);
  if (labelled && labelled.value.length <= 120) {
    return withSeries({ title: titleCase(labelled.value), source: cellSource(doc, labelled) });
  }
  const fromSeries = titleFromSeries(doc);
  if (fromSeries) return fromSeries;
  // The first short line of the header that is not a banner: "PRODUCTION SPECIALIST II", "SYSTEMS AIDE".
  for (const line of doc.lines.slice(0, 12)) {
    const text = line.text;
    if (text === '' || BANNER.test(text) || text.length > 100 || /:\s*\S/.test(text) || /\.$/.test(text)) continue;
    if (/^\d/.test(text)) break;
    return withSeries({ title: titleCase(text), source: { section: headerName(doc), quote: text } });
  }
  const name = doc.file.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim();
  return { title: name || doc.file, source: { section: 'File name', quote: doc.file } };
}

/** Name for the untitled header of a document: its banner line when it has one. */
export function headerName(doc: Doc): string {
  const first = doc.lines.find((line) => line.text !== '')?.text ?? '';
  return BANNER.test(first) && isAllCaps(first) ? first : 'Header';
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/**
 * "This is the first of three levels of the Information Technology (I.T.) Help Desk series: Coordinator,
 * Coordinator/Senior and Supervisor." + "The Coordinator class is …" → "I.T. Help Desk Coordinator".
 */
function titleFromSeries(doc: Doc): TitleResult | undefined {
  for (const sentence of sentences(doc.text)) {
    const match = /\b(first|second|third|fourth|fifth|sixth) of (?:\w+ )?levels of the (.+?) series:\s*(.+?)\.?$/i.exec(sentence);
    if (!match) continue;
    const name = match[2]!.trim();
    const levels = match[3]!.split(/,\s*|\s+and\s+/).map((level) => level.trim()).filter(Boolean);
    const named = levels.find((level) => new RegExp(`\\bThe ${escape(level)} class\\b`).test(doc.text));
    const level = named ?? levels[ORDINALS.indexOf(match[1]!.toLowerCase())];
    if (!level) continue;
    // "Information Technology (I.T.) Help Desk" → "I.T. Help Desk": the series' own short form.
    const short = name.replace(/^.*?\(([^)]+)\)\s*/, '$1 ');
    const block = doc.blocks.find((b) => b.body.some((line) => line.text.includes(sentence)) || b.inline.includes(sentence));
    const source = { section: block?.heading || headerName(doc), quote: sentence };
    return { title: `${short} ${level}`.replace(/\s+/g, ' '), source, series: { name, level, levels, source } };
  }
  return undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** "Production Specialist II" → series "Production Specialist", level "II". */
function withSeries(result: TitleResult): TitleResult {
  const match = /^(.+?)\s+([IVX]{1,4})(?:\s*\(.*\))?$/.exec(result.title);
  if (!match) return result;
  return { ...result, series: { name: match[1]!, level: match[2]!, source: result.source } };
}
