/** Codes (job number, job/title/class code, selection id, EEO code, job group, revision mark) and the grade. */
import { cellSource, findCells, type Doc } from '../document.js';
import type { Code, SourcedText } from '../../model/spec.js';

interface CodeLabel {
  kind: string;
  label: RegExp;
}

const CODE_LABELS: CodeLabel[] = [
  { kind: 'job-number', label: /JOB (?:NUMBER|NO\.?)/ },
  { kind: 'job-code', label: /JOB CODE/ },
  { kind: 'title-code', label: /TITLE CODE/ },
  { kind: 'class-code', label: /CLASS CODE|CLASS NUMBER/ },
  { kind: 'selection-id', label: /SELECTION ID/ },
  { kind: 'eeo-code', label: /EEO CODE|EEO-4 CODE|EEO CATEGORY/ },
  { kind: 'job-group', label: /JOB GROUP|GROUP|OCCUPATIONAL GROUP/ },
  { kind: 'position-code', label: /POSITION CODE|CLASSIFICATION CODE/ },
];

/** A code value: short, one token or a "7300 - NAME" pair; never a sentence. */
const CODE_VALUE = /^(?:[A-Z0-9][A-Za-z0-9.-]{0,24}(?: - [A-Z][A-Z &,/-]+)?|[A-Z][A-Z &,/-]{1,60})$/;

export function extractCodes(doc: Doc): Code[] {
  const codes: Code[] = [];
  const seen = new Set<string>();
  for (const { kind, label } of CODE_LABELS) {
    for (const cell of findCells(doc, label)) {
      // Only the first value of a cell: "SELECTION ID: 8913" (the EXAM NO. column is separate).
      const value = cell.value.trim();
      if (!value || !CODE_VALUE.test(value) || seen.has(`${kind}:${value}`)) continue;
      seen.add(`${kind}:${value}`);
      codes.push({ kind, label: cell.label, value, source: cellSource(doc, cell) });
    }
  }
  // A revision mark in the header, e.g. Kentucky's "REV. 05-05".
  for (const [index, line] of doc.lines.slice(0, 40).entries()) {
    for (const cell of line.cells) {
      const match = /^REV\.\s*(\d{1,2}[-/]\d{2,4})$/i.exec(cell);
      if (match) codes.push({ kind: 'revision', label: 'REV.', value: match[1]!, source: cellSource(doc, { label: 'REV.', value: match[1]!, cell, line: index }) });
    }
  }
  return codes;
}

export function extractGrade(doc: Doc): SourcedText | undefined {
  for (const line of doc.lines) {
    for (const cell of line.cells) {
      const match = /\b(?:PAY )?GRADE\s*:\s*([A-Z]?\d+[A-Z]?)\b/i.exec(cell);
      if (!match) continue;
      const index = doc.lines.indexOf(line);
      const quote = cell.slice(match.index, match.index + match[0].length);
      const label = quote.slice(0, quote.indexOf(':')).trim();
      return { value: match[1]!, source: cellSource(doc, { label, value: match[1]!, cell: quote, line: index }) };
    }
  }
  return undefined;
}
