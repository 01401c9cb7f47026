/** Jurisdiction: only what the text supports. A named state/city/county, an unnamed "State", or unknown. */
import { titleCase } from '../clean.js';
import { blockAt, sentences, type Doc } from '../document.js';
import type { Jurisdiction, Source } from '../../model/spec.js';
import { headerName } from './title.js';

interface Pattern {
  re: RegExp;
  kind: Jurisdiction['kind'];
  name: (match: RegExpExecArray) => string;
}

const NAMED: Pattern[] = [
  { re: /\b(COMMONWEALTH|STATE) OF ((?:NEW |NORTH |SOUTH |WEST |RHODE )?[A-Z][A-Za-z]+)\b/i, kind: 'state', name: (m) => titleCase(`${m[1]} of ${m[2]}`.toUpperCase()) },
  { re: /\bCITY OF ((?:[A-Z][A-Za-z]+)(?: (?:[A-Z][A-Za-z]+))*?)(?= departments?| does| is| and|[\s.,;:)]|$)/i, kind: 'city', name: (m) => `City of ${titleCase(m[1]!.toUpperCase())}` },
  { re: /\b([A-Z][A-Z]+(?: [A-Z][A-Z]+)?) CITY\b(?= CLASSIFICATION| CLASS| JOB| SPECIFICATION)/, kind: 'city', name: (m) => titleCase(`${m[1]} CITY`) },
  { re: /\bCOUNTY OF ([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\b/i, kind: 'county', name: (m) => `County of ${titleCase(m[1]!.toUpperCase())}` },
  { re: /\b([A-Z][A-Z]+) COUNTY\b(?= CLASSIFICATION| CLASS| JOB| SPECIFICATION)/, kind: 'county', name: (m) => titleCase(`${m[1]} COUNTY`) },
];

export function extractJurisdiction(doc: Doc): Jurisdiction {
  // Look at the header first (the publisher's banner), then the body.
  for (const pattern of NAMED) {
    for (const [index, line] of doc.lines.entries()) {
      const match = pattern.re.exec(line.text);
      if (!match) continue;
      const name = pattern.name(match).replace(/\s+/g, ' ');
      return { name, kind: pattern.kind, source: sourceFor(doc, index, line.text, match[0]) };
    }
  }
  // "the State's … help desk office", "State agencies are responsible…": a state, but which one is not said.
  for (const [index, line] of doc.lines.entries()) {
    const match = /\b(State(?:'s)? (?:agenc|government|or an agency)|State agencies|State government)/.exec(line.text);
    if (match) return { name: null, kind: 'state', source: sourceFor(doc, index, line.text, match[0]) };
  }
  return { name: null, kind: 'unknown' };
}

function sourceFor(doc: Doc, index: number, line: string, phrase: string): Source {
  const block = blockAt(doc, index);
  const section = block && block.heading !== '' ? block.heading : headerName(doc);
  const quote = sentences(line).find((sentence) => sentence.includes(phrase)) ?? line;
  return { section, quote };
}
