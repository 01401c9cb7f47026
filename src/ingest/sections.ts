/**
 * Section splitting: cleaned lines → blocks, each a heading as printed plus its text.
 * One splitter, tuned per layout by a few rules (which kinds of line count as a heading).
 */
import { isAllCaps, type Line } from './clean.js';

export interface Block {
  /** The heading as printed, without its trailing colon ("" for the untitled part before the first heading). */
  heading: string;
  /** Index of the heading line in the document's lines. */
  start: number;
  /** Text on the heading line after "HEADING:" ("" when none). */
  inline: string;
  /** The inline text is a publisher's note (italic, parenthesised, or an all-caps disclaimer), not content. */
  note: boolean;
  /** Lines after the heading line, up to the next heading. */
  body: Line[];
}

export interface SplitRules {
  /** A line that is all capitals on its own (after a blank line) is a heading: "ANNUAL SALARY", "DUTIES". */
  capsAlone: boolean;
  /** A short line ending in a colon is a (sub)heading: "General Duties:", "Special Entrance Rate:". */
  shortColon: boolean;
  /** A short caption line right before a numbered list is a heading: "Essential Task Rating Results". */
  listCaption: boolean;
}

/** "LABEL:" or "LABEL: text" with an all-caps label. */
const CAPS_LABEL = /^([A-Z][A-Z0-9 ,.&'()/%#-]*?[A-Z.)])\s*:\s*(.*)$/;
/** Words that stand alone in all caps as values, never as headings. */
const VALUE_WORDS = /^(NONE|N\/A|VARIES|YES|NO|TBD)\.?$/;

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function isNote(rest: string, line: Line): boolean {
  if (rest === '') return false;
  if (line.emphasizedRest) return true;
  if (/^\(.*\)\.?$/.test(rest)) return true;
  return isAllCaps(rest) && words(rest) >= 8;
}

function headingOf(lines: readonly Line[], i: number, rules: SplitRules): { heading: string; inline: string } | undefined {
  const line = lines[i]!;
  const text = line.text;
  if (text === '' || /^[-•*\d]/.test(text)) return undefined;
  const previousBlank = i === 0 || lines[i - 1]!.text === '';
  const label = CAPS_LABEL.exec(text);
  if (label && /[A-Z].*[A-Z]/.test(label[1]!) && words(label[1]!) <= 14) {
    return { heading: label[1]!.trim(), inline: label[2]!.trim() };
  }
  if (isAllCaps(text) && words(text) >= 8 && !text.endsWith(':') && previousBlank) {
    // A long all-caps sentence standing alone: a closing statement (non-discrimination, exam basis).
    return { heading: /DISCRIMINAT/.test(text) ? 'Non-discrimination statement' : 'Statement', inline: text };
  }
  // After a blank line, or after a mixed-case line (not inside a multi-line all-caps statement).
  const afterBreak = previousBlank || !isAllCaps(lines[i - 1]!.text);
  if (
    rules.capsAlone &&
    afterBreak &&
    isAllCaps(text) &&
    /[A-Z]{2}/.test(text) &&
    words(text) <= 8 &&
    !/[.$]$/.test(text) &&
    !VALUE_WORDS.test(text)
  ) {
    return { heading: text.replace(/:$/, '').trim(), inline: '' };
  }
  if (rules.listCaption && previousBlank && words(text) <= 6 && !/[.;:,]$/.test(text) && i > 0) {
    const next = lines.slice(i + 1).find((l) => l.text !== '');
    if (next && /^\d{1,3}[.)]? \S/.test(next.text)) return { heading: text, inline: '' };
  }
  if (rules.shortColon && text.endsWith(':') && words(text) <= 6 && !/\d/.test(text) && /^[A-Z]/.test(text)) {
    return { heading: text.slice(0, -1).trim(), inline: '' };
  }
  return undefined;
}

/** An approval block ("Department Director / 9/20/07 / Date"): short lines ending in a "Date" label. */
function startsSignatureBlock(lines: readonly Line[], i: number): boolean {
  const short = (line: Line | undefined) =>
    line !== undefined && line.text !== '' && words(line.text) <= 5 && !/[.:;]$/.test(line.text);
  if (!short(lines[i]) || (i > 0 && lines[i - 1]!.text !== '')) return false;
  for (let j = i + 1, seen = 0; j < lines.length && seen < 4; j++) {
    const text = lines[j]!.text;
    if (text === '') continue;
    if (/^Date$/i.test(text)) return true;
    if (!short(lines[j])) return false;
    seen++;
  }
  return false;
}

export function splitSections(lines: readonly Line[], rules: SplitRules): Block[] {
  const blocks: Block[] = [];
  let current: Block = { heading: '', start: 0, inline: '', note: false, body: [] };
  const push = () => {
    if (current.heading !== '' || current.body.some((line) => line.text !== '')) blocks.push(current);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const found = headingOf(lines, i, rules);
    if (found) {
      push();
      const statement = found.heading === 'Statement' || found.heading === 'Non-discrimination statement';
      current = { ...found, start: i, note: !statement && isNote(found.inline, line), body: [] };
      continue;
    }
    if (current.heading !== 'Approval' && startsSignatureBlock(lines, i)) {
      push();
      current = { heading: 'Approval', start: i, inline: '', note: false, body: [line] };
      continue;
    }
    current.body.push(line);
  }
  push();
  return blocks;
}

/** The content of a block: inline text (unless it is a note) and body, blank lines trimmed at both ends. */
export function blockText(block: Block): string {
  const parts = [...(block.note || block.inline === '' ? [] : [block.inline]), ...block.body.map((line) => line.text)];
  while (parts.length > 0 && parts[0] === '') parts.shift();
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts.join('\n');
}

/** Paragraphs of a block's content (runs of non-blank lines). */
export function blockParagraphs(block: Block): string[] {
  return blockText(block)
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
}
