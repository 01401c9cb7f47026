/**
 * Jurisdiction words: which words in a question point at which spec's jurisdiction
 * ("Kentucky", "KY", "Commonwealth", "Provo", "LA", "state").
 */
import type { ClassSpec } from '../model/spec.js';
import { words } from './text.js';

const US_STATES: Record<string, string> = {
  alabama: 'al', alaska: 'ak', arizona: 'az', arkansas: 'ar', california: 'ca', colorado: 'co', connecticut: 'ct',
  delaware: 'de', florida: 'fl', georgia: 'ga', hawaii: 'hi', idaho: 'id', illinois: 'il', indiana: 'in', iowa: 'ia',
  kansas: 'ks', kentucky: 'ky', louisiana: 'la', maine: 'me', maryland: 'md', massachusetts: 'ma', michigan: 'mi',
  minnesota: 'mn', mississippi: 'ms', missouri: 'mo', montana: 'mt', nebraska: 'ne', nevada: 'nv', ohio: 'oh',
  oklahoma: 'ok', oregon: 'or', pennsylvania: 'pa', tennessee: 'tn', texas: 'tx', utah: 'ut', vermont: 'vt',
  virginia: 'va', washington: 'wa', wisconsin: 'wi', wyoming: 'wy',
};
/** Two-letter abbreviations that are also common English words are only honoured in upper case (handled by caller). */
const AMBIGUOUS_ABBR = new Set(['in', 'me', 'or', 'ok', 'hi', 'oh', 'la', 'ma', 'pa', 'de', 'co', 'al', 'id', 'mi', 'ms', 'ne', 'wa']);

const GENERIC = new Set(['of', 'the', 'city', 'county', 'state', 'commonwealth', 'town', 'village', 'government']);
/**
 * Words of a place name that are everyday words on their own: they name the place only as part of its phrase
 * ("long beach", "san diego"), or "how long is the probation period" would point at Long Beach.
 */
const PHRASE_ONLY = new Set(
  'long san santa new fort grand little rock lake salt north south east west port falls springs beach valley park mount saint st el las del green bay palm twin great high point royal white black red river hills'.split(' '),
);

/** The words that name this spec's jurisdiction in a question. */
export function jurisdictionKeys(spec: ClassSpec): string[] {
  const name = spec.jurisdiction.name ?? '';
  const keys = new Set<string>();
  const w = words(name);
  const joined = w.join(' ');
  const named = w.filter((t) => !GENERIC.has(t) && t.length > 1);
  for (const t of named) if (named.length === 1 || !PHRASE_ONLY.has(t)) keys.add(t);
  // Two-word names answer to the phrase ("long beach"); mentionedJurisdictions matches word pairs.
  if (named.length === 2) keys.add(named.join(' '));
  if (joined.includes('los angeles')) {
    keys.add('la');
    keys.add('lacity');
    keys.add('los angeles');
    keys.delete('los');
    keys.delete('angeles');
  }
  for (const [state, abbr] of Object.entries(US_STATES)) {
    if (w.includes(state)) keys.add(abbr);
  }
  if (w.includes('commonwealth')) keys.add('commonwealth');
  // An unnamed state ("the State's … help desk office") answers to "state".
  if (spec.jurisdiction.kind === 'state' && keys.size === 0) keys.add('state');
  if (spec.jurisdiction.kind === 'city' && keys.size === 0) keys.add('city');
  return [...keys];
}

/**
 * Jurisdiction keys mentioned in a question. `raw` is the original text, used to accept
 * ambiguous two-letter abbreviations ("LA", "IN") only when written in capitals.
 */
export function mentionedJurisdictions(raw: string, known: Set<string>): string[] {
  const found = new Set<string>();
  const lower = words(raw);
  for (let i = 0; i < lower.length; i++) {
    const t = lower[i]!;
    const two = i + 1 < lower.length ? `${t} ${lower[i + 1]}` : '';
    if (two && known.has(two)) {
      // The phrase names the place; its second word is part of it, not a second mention.
      found.add(two);
      i++;
      continue;
    }
    if (!known.has(t)) continue;
    if (t.length === 2 && AMBIGUOUS_ABBR.has(t) && !new RegExp(`\\b${t.toUpperCase()}\\b`).test(raw)) continue;
    found.add(t);
  }
  return [...found];
}

/** Human name for a jurisdiction, for answers. */
export function jurisdictionLabel(spec: ClassSpec): string {
  return spec.jurisdiction.name ?? (spec.jurisdiction.kind === 'unknown' ? 'jurisdiction not stated' : spec.jurisdiction.kind);
}
