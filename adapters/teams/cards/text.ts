/**
 * Text helpers for Adaptive Cards.
 *
 * Every string the engine returns is plain text (spec quotes, titles, echoed user input). Teams
 * renders a markdown subset in TextBlock and FactSet, so plain text must be neutralised before it
 * goes there: emphasis, code, headings, quotes, list markers and links are escaped, and bare URLs
 * are broken with a zero-width space so no client auto-links them. Free text is mostly rendered
 * as RichTextBlock/TextRun (which never interprets markdown); `plain()` covers the places that do.
 */

const ZWSP = '\u200B';

/** Escape markdown that Teams would interpret, and defuse auto-linking. */
export function plain(text: string): string {
  return (
    text
      // Backslash first, then the inline markdown characters.
      .replace(/[\\`*_~[\]]/g, (ch) => `\\${ch}`)
      // Block markers at the start of a line: headings, quotes, bullets, numbered lists.
      .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
      .replace(/^(\s*\d+)([.)])(?=\s)/gm, '$1\\$2')
      // "http://x", "mailto:x", "www.x": break them so nothing becomes a link.
      .replace(/([a-z][a-z0-9+.-]*):\/\//gi, `$1:${ZWSP}//`)
      .replace(/\b(www)\./gi, `$1${ZWSP}.`)
      .replace(/\bmailto:/gi, `mailto${ZWSP}:`)
  );
}

/** Defuse links in text shown by a TextRun (no markdown, but some clients auto-link URLs). */
export function unlinked(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]*):\/\//gi, `$1:${ZWSP}//`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`)
    .replace(/\bmailto:/gi, `mailto${ZWSP}:`);
}

/** Cut `text` to at most `max` characters on a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Split long text into pieces of at most `max` characters, on word boundaries where possible. */
export function chunk(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let at = rest.lastIndexOf(' ', max);
    if (at < max * 0.6) at = max;
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** Escape for hero/thumbnail card text, which Teams treats as (a subset of) HTML. */
export function html(text: string): string {
  return unlinked(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}
