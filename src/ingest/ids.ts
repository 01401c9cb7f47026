/** Stable, unique ids: a slug of jurisdiction + title; a class code, then a counter, when two collide. */
import type { ClassSpec } from '../model/spec.js';

const STATE_CODES: Record<string, string> = {
  alabama: 'al', alaska: 'ak', arizona: 'az', arkansas: 'ar', california: 'ca', colorado: 'co', connecticut: 'ct',
  delaware: 'de', florida: 'fl', georgia: 'ga', hawaii: 'hi', idaho: 'id', illinois: 'il', indiana: 'in', iowa: 'ia',
  kansas: 'ks', kentucky: 'ky', louisiana: 'la', maine: 'me', maryland: 'md', massachusetts: 'ma', michigan: 'mi',
  minnesota: 'mn', mississippi: 'ms', missouri: 'mo', montana: 'mt', nebraska: 'ne', nevada: 'nv',
  'new hampshire': 'nh', 'new jersey': 'nj', 'new mexico': 'nm', 'new york': 'ny', 'north carolina': 'nc',
  'north dakota': 'nd', ohio: 'oh', oklahoma: 'ok', oregon: 'or', pennsylvania: 'pa', 'rhode island': 'ri',
  'south carolina': 'sc', 'south dakota': 'sd', tennessee: 'tn', texas: 'tx', utah: 'ut', vermont: 'vt',
  virginia: 'va', washington: 'wa', 'west virginia': 'wv', wisconsin: 'wi', wyoming: 'wy',
};

export function isStateName(name: string): boolean {
  return name.toLowerCase() in STATE_CODES;
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1') // I.T. → it
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Short prefix for a jurisdiction: state → postal code ("ky"), city/county → its name ("provo", "los-angeles"). */
export function jurisdictionPrefix(spec: Pick<ClassSpec, 'jurisdiction'>): string {
  const { name, kind } = spec.jurisdiction;
  if (!name) return '';
  if (kind === 'state') {
    const state = name.replace(/^(commonwealth|state) of /i, '').toLowerCase();
    return STATE_CODES[state] ?? slugify(state);
  }
  return slugify(name.replace(/^(city|county|town) of /i, '').replace(/ (city|county)$/i, ''));
}

export function assignIds(specs: ClassSpec[]): ClassSpec[] {
  const taken = new Set<string>();
  return specs.map((spec) => {
    const base = [jurisdictionPrefix(spec), slugify(spec.title)].filter(Boolean).join('-') || 'spec';
    let id = base;
    const code = spec.codes.find((c) => /code|number/.test(c.kind));
    if (taken.has(id) && code) id = `${base}-${slugify(code.value)}`;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { ...spec, id };
  });
}
