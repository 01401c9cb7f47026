/** Jurisdiction: only what the text supports. A named state/city/county, an unnamed "State", or unknown. */
import { titleCase } from '../clean.js';
import { blockAt, sentences, type Doc } from '../document.js';
import type { Jurisdiction, Source } from '../../model/spec.js';
import { headerName } from './title.js';
import { isStateName } from '../ids.js';

interface Pattern {
  re: RegExp;
  kind: Jurisdiction['kind'];
  name: (match: RegExpExecArray) => string;
}

const STOP = /^(DOES|IS|AND|HAS|WILL|DEPARTMENTS?|EMPLOYEES?|CLASSIFICATION|JOB|CLASS)$/i;
/** "LOS ANGELES DOES NOT…" → "LOS ANGELES": capitalised words up to a verb or a generic noun, at most four. */
const placeName = (words: string): string => {
  const kept: string[] = [];
  for (const word of words.split(' ')) {
    if (STOP.test(word) || kept.length === 4) break;
    kept.push(word);
  }
  return titleCase(kept.join(' ').toUpperCase());
};

const NAMED: Pattern[] = [
  {
    // Only real state names: "State of the art" is not a jurisdiction.
    re: /\b(COMMONWEALTH|STATE|Commonwealth|State) (?:OF|of) ((?:NEW |NORTH |SOUTH |WEST |RHODE |New |North |South |West |Rhode )?[A-Z][A-Za-z]+)\b/,
    kind: 'state',
    name: (m) => (isStateName(m[2]!) ? titleCase(`${m[1]} of ${m[2]}`.toUpperCase()) : ''),
  },
  { re: /\b(?:CITY OF|City of) ([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*)/, kind: 'city', name: (m) => `City of ${placeName(m[1]!)}` },
  { re: /\b([A-Z][A-Z]+(?: [A-Z][A-Z]+)?) CITY\b(?= CLASSIFICATION| CLASS| JOB| SPECIFICATION)/, kind: 'city', name: (m) => titleCase(`${m[1]} CITY`) },
  { re: /\b(?:COUNTY OF|County of) ([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*)/, kind: 'county', name: (m) => `County of ${placeName(m[1]!)}` },
  { re: /\b([A-Z][A-Z]+) COUNTY\b(?= CLASSIFICATION| CLASS| JOB| SPECIFICATION)/, kind: 'county', name: (m) => titleCase(`${m[1]} COUNTY`) },
];

export function extractJurisdiction(doc: Doc): Jurisdiction {
  // Look at the header first (the publisher's banner), then the body.
  for (const pattern of NAMED) {
    for (const [index, line] of doc.lines.entries()) {
      const match = pattern.re.exec(line.text);
      if (!match) continue;
      const name = pattern.name(match).replace(/\s+/g, ' ');
      if (name === '' || / of$/.test(name)) continue;
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
