/** A document being parsed: its cleaned lines, its layout and its blocks, with small lookup helpers. */
import type { Line } from './clean.js';
import type { Layout } from './layout.js';
import type { Block } from './sections.js';
import type { Source } from '../model/spec.js';

export interface Doc {
  file: string;
  layout: Layout;
  lines: Line[];
  /** The cleaned text (lines joined by newlines): every quote is a substring of it. */
  text: string;
  blocks: Block[];
}

/** Character offset of each line in `doc.text`. */
export function lineOffsets(doc: Doc): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const line of doc.lines) {
    offsets.push(offset);
    offset += line.text.length + 1;
  }
  offsets.push(offset);
  return offsets;
}

export interface LabelledCell {
  /** The label as printed ("Job Code", "TITLE CODE"). */
  label: string;
  value: string;
  /** The whole cell, e.g. "Job Code: 1401" (used as the quote). */
  cell: string;
  line: number;
}

/** Find "Label: value" cells anywhere in the document; `label` is matched case-insensitively against the whole label. */
export function findCells(doc: Doc, label: RegExp, withinLines = Infinity): LabelledCell[] {
  const found: LabelledCell[] = [];
  const re = new RegExp(`^(${label.source})\\s*:\\s*(.*)$`, 'i');
  doc.lines.slice(0, withinLines).forEach((line, index) => {
    for (const cell of line.cells) {
      const match = re.exec(cell);
      if (match) found.push({ label: match[1]!.trim(), value: match[match.length - 1]!.trim(), cell, line: index });
    }
  });
  return found;
}

/** The first non-empty "Label: value" cell; `withinLines` limits the search to the header (generic labels). */
export function findCell(doc: Doc, label: RegExp, withinLines = Infinity): LabelledCell | undefined {
  return findCells(doc, label, withinLines).find((cell) => cell.value !== '');
}

/** How many lines count as a document's header, where generic labels ("Title:", "Date:") are trusted. */
export const HEADER_LINES = 20;

/** The block holding a line. */
export function blockAt(doc: Doc, line: number): Block | undefined {
  let found: Block | undefined;
  for (const block of doc.blocks) if (block.start <= line) found = block;
  return found;
}

/** Source for a labelled cell: the section is the block's heading, or the label itself in the untitled header. */
export function cellSource(doc: Doc, cell: LabelledCell): Source {
  const block = blockAt(doc, cell.line);
  const section = block && block.heading !== '' && block.start !== cell.line ? block.heading : cell.label;
  return { section, quote: cell.cell };
}

export function blocksMatching(doc: Doc, heading: RegExp): Block[] {
  return doc.blocks.filter((block) => heading.test(block.heading));
}

/** Tokens that end in a period without ending a sentence: initials (I.T., C.F.R), e.g., No., Sec. */
const ABBREVIATION = /^(?:(?:[A-Za-z]\.)*[A-Za-z]|e\.g|i\.e|etc|No|Nos|Sec|Dr|Mr|Mrs|Ms|Jr|Sr|St|vs|Inc|Dept|approx)$/;

/** Split prose into sentences (and at line breaks), keeping abbreviations (I.T., e.g., No. 5) intact. Each is a substring. */
export function sentences(text: string): string[] {
  // Several extractors read the same block: remember recent results.
  const cached = sentenceCache.get(text);
  if (cached) return cached;
  const out = splitSentences(text);
  if (sentenceCache.size > 512) sentenceCache.clear();
  sentenceCache.set(text, out);
  return out;
}

const sentenceCache = new Map<string, string[]>();

function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let start = 0;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      const next = line.slice(i + 1);
      const atEnd = /^\s*$/.test(next);
      if (!atEnd && !/^\s+[A-Z0-9("[]/.test(next)) continue;
      let from = i;
      while (from > start && !/\s/.test(line[from - 1]!)) from--;
      const token = line.slice(from, i).replace(/^[("[]+/, '');
      // A list marker ("4. Four years…", "a. the development…") starts a sentence; it does not end one.
      if (ch === '.' && /^\s*(\d{1,2}|[a-z])$/.test(line.slice(start, i))) continue;
      // A lone roman level ("… Assistant V. Positions …") ends a sentence; other single letters are initials.
      if (!atEnd && ch === '.' && ABBREVIATION.test(token) && !/^[IVX]$/.test(token)) continue;
      const sentence = line.slice(start, i + 1).trim();
      if (sentence) out.push(sentence);
      start = i + 1;
    }
    const rest = line.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}
