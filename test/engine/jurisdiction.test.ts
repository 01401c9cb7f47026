import { describe, expect, it } from 'vitest';
import { jurisdictionKeys, mentionedJurisdictions } from '../../src/engine/jurisdiction.js';
import type { ClassSpec } from '../../src/model/spec.js';

const spec = (name: string, kind: 'city' | 'state' = 'city') => ({ jurisdiction: { name, kind } }) as unknown as ClassSpec;
const known = (...names: string[]) => new Set(names.flatMap((n) => jurisdictionKeys(spec(n))));

describe('jurisdiction words', () => {
  it('an everyday word of a place name names the place only inside its phrase ("how long" is not Long Beach)', () => {
    const places = known('City of Long Beach', 'City of San Diego', 'Provo City', 'Commonwealth of Kentucky');
    expect(mentionedJurisdictions('how long is the probation period for Unemployment Insurance Assistant II?', places)).toEqual([]);
    expect(mentionedJurisdictions('what does a beach lifeguard earn in san francisco?', places)).toEqual([]);
    expect(mentionedJurisdictions('grade of the Long Beach analyst', places)).toEqual(['long beach']);
    expect(mentionedJurisdictions('San Diego clerks', places)).toEqual(['san diego']);
    expect(mentionedJurisdictions('diego clerks', places)).toEqual(['diego']);
    expect(mentionedJurisdictions('Provo technicians and Kentucky ones', places)).toEqual(['provo', 'kentucky']);
  });

  it('a one-word name keeps its word, whatever it is', () => {
    expect(jurisdictionKeys(spec('City of Long'))).toEqual(['long']);
    expect(jurisdictionKeys(spec('Provo City'))).toEqual(['provo']);
  });
});
