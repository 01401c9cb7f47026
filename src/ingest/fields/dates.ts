/** Established / revised dates, as ISO dates, with the labelled text they came from. */
import { cellSource, findCells, HEADER_LINES, type Doc } from '../document.js';
import type { SpecDate } from '../../model/spec.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "07/01/1993", "05-12-17", "September 20, 2007", "1 Oct 2007" → "1993-07-01"; undefined when not a date. */
export function toIsoDate(text: string): string | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = (y: string) => (y.length === 2 ? 2000 + Number(y) - (Number(y) > 50 ? 100 : 0) : Number(y));
  // A real calendar day (02/30 is not a date): Date.UTC rolls impossible days over, so compare back.
  const valid = (y: number, m: number, d: number) =>
    y > 1900 && y < 2200 && new Date(Date.UTC(y, m - 1, d)).getUTCMonth() === m - 1 && d >= 1;
  let match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})\b/.exec(text);
  if (match) {
    const [m, d, y] = [Number(match[1]), Number(match[2]), year(match[3]!)];
    return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
  }
  match = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})\b/.exec(text);
  if (match) {
    const m = MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase()) + 1;
    const [d, y] = [Number(match[2]), Number(match[3])];
    return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
  }
  match = /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})\b/.exec(text);
  if (match) {
    const m = MONTHS.indexOf(match[2]!.slice(0, 3).toLowerCase()) + 1;
    const [d, y] = [Number(match[1]), Number(match[3])];
    return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
  }
  return undefined;
}

function dated(doc: Doc, label: RegExp, withinLines = Infinity): SpecDate | undefined {
  for (const cell of findCells(doc, label, withinLines)) {
    const date = toIsoDate(cell.value);
    if (date) return { date, source: cellSource(doc, cell) };
  }
  return undefined;
}

export function extractDates(doc: Doc): { established?: SpecDate; revised?: SpecDate } {
  const established = dated(doc, /JOB ESTABLISHED|DATE CLASS ESTABLISHED|DATE ESTABLISHED|ESTABLISHED|CLASS ESTABLISHED/);
  // The spec's own date ("Date: September 20, 2007") or a bulletin's open date is its latest version: revised.
  const revised =
    dated(doc, /JOB REVISED|DATE OF LAST REVISION|LAST REVISED|REVISED|REVISION DATE|DATE REVISED/) ??
    dated(doc, /DATE|OPEN DATE|EFFECTIVE DATE|ADOPTED/, HEADER_LINES);
  return { ...(established ? { established } : {}), ...(revised ? { revised } : {}) };
}
