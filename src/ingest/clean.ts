/**
 * Text cleaning: the publishers' text (CRLF, tabs, markdown escapes, non-breaking hyphens) → plain lines.
 * Every quote classbot stores is a substring of the cleaned text, so it reads as the document's own words.
 */

/** One cleaned line, with its tab/column-separated cells (e.g. "Title: X<TAB>Job Code: 1401"). */
export interface Line {
  /** Cleaned text: markup removed, whitespace runs collapsed, trimmed. */
  text: string;
  /** The same text cut where the source used a tab or a wide run of spaces as a column separator. */
  cells: string[];
  /** True when the source wrapped the whole text after a "LABEL:" in *…* (a publisher's note, not content). */
  emphasizedRest: boolean;
}

/** Replace markdown escapes and emphasis with plain text; normalise dashes and spaces. */
export function cleanInline(raw: string): string {
  let text = raw;
  if (/[^\x00-\x7f]/.test(text)) text = normalizeUnicode(text);
  if (/[\\*<]/.test(text)) text = stripMarkup(text);
  return text.replace(/\s+/g, ' ').trim();
}

function normalizeUnicode(raw: string): string {
  return raw
    .replace(/[\u2010\u2011\u2012]/g, '-')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
}

function stripMarkup(raw: string): string {
  return raw
    .replace(/\\([\\`*_{}[\]()#+\-.!$<>|~])/g, '$1')
    .replace(/\*\*([^*\n]+?)\*\*/g, '$1')
    .replace(/(^|[^\w*])\*([^*\n]+?)\*(?=$|[^\w*])/g, '$1$2')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1');
}

/** Split a document into cleaned lines. Consecutive blank lines collapse to one; leading/trailing blanks go. */
export function cleanLines(raw: string): Line[] {
  const lines: Line[] = [];
  for (const source of raw.replace(/\r\n?/g, '\n').split('\n')) {
    const cells = source
      .split(/\t+| {3,}/)
      .map(cleanInline)
      .filter((cell) => cell !== '')
      // "GROUP:<spaces>VALUE" is one labelled cell, not two columns.
      .reduce<string[]>((merged, cell) => {
        const last = merged[merged.length - 1];
        if (last !== undefined && last.endsWith(':')) merged[merged.length - 1] = `${last} ${cell}`;
        else merged.push(cell);
        return merged;
      }, []);
    const text = cells.join(' ');
    if (text === '' && (lines.length === 0 || lines[lines.length - 1]!.text === '')) continue;
    lines.push({ text, cells, emphasizedRest: /^[^*]*?:\s*\*[^*].*\*\s*$/.test(source.trim()) });
  }
  while (lines.length > 0 && lines[lines.length - 1]!.text === '') lines.pop();
  return lines;
}

/** The cleaned text of a document: its lines joined with newlines. */
export function joinLines(lines: readonly Line[]): string {
  return lines.map((line) => line.text).join('\n');
}

const ROMAN = /^(?=[IVXLC]+$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** True when a string has letters and none of them is lower case. */
export function isAllCaps(text: string): boolean {
  return /[A-Z]/.test(text) && !/[a-z]/.test(text);
}

/** "PRODUCTION SPECIALIST II" → "Production Specialist II" (roman numerals, I.T.-style abbreviations kept). */
export function titleCase(text: string): string {
  if (!isAllCaps(text)) return text;
  return text
    .toLowerCase()
    .split(/(\s+|[-/(])/)
    .map((word, index) => {
      const upper = word.toUpperCase();
      if (ROMAN.test(upper)) return upper;
      if (/^([a-z]\.){2,}$/.test(word)) return upper; // I.T., U.S.
      if (index > 0 && SMALL_WORDS.has(word)) return word;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join('');
}

/** The cleaned text of a raw document (what every stored quote is a substring of). */
export function cleanText(raw: string): string {
  return joinLines(cleanLines(raw));
}
