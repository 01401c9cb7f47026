/** Engine.searchTitles: the fast title lookup pickers (the Teams message extension) use. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine.js';
import { seedEngine } from './helpers.js';

let engine: Engine;
let titles: (text: string, limit?: number) => string[];
beforeAll(async () => {
  engine = (await seedEngine()).engine;
  titles = (text, limit) => engine.searchTitles!(text, limit).map((s) => s.id);
});

describe('searchTitles', () => {
  it('empty text → the first N specs, as refs', () => {
    expect(titles('', 3)).toEqual(engine.specs().slice(0, 3).map((s) => s.id));
    expect(engine.searchTitles!('')[0]).toEqual(engine.specs()[0]);
  });

  it('a full title comes first', () => {
    expect(titles('Production Coordinator')[0]).toBe('ky-production-coordinator');
    expect(titles('I.T. Help Desk Coordinator')).toEqual(['it-help-desk-coordinator']);
  });

  it('a title being typed (prefix), a partial title, an acronym, a typo', () => {
    expect(titles('prod').sort()).toEqual(['ky-production-coordinator', 'ky-production-specialist-ii']);
    expect(titles('help desk')).toEqual(['it-help-desk-coordinator']);
    expect(titles('ist ii').sort()).toEqual(['information-systems-technician-ii-specialist', 'provo-information-systems-technician-ii']);
    expect(titles('producton cordinator')[0]).toBe('ky-production-coordinator');
  });

  it('a place alone → its specs; nonsense → nothing; limit honoured; odd input does not throw', () => {
    expect(titles('provo')).toEqual(['provo-information-systems-technician-ii']);
    expect(titles('zzzz')).toEqual([]);
    expect(titles('coordinator', 1)).toHaveLength(1);
    expect(titles(undefined as unknown as string)).toHaveLength(5);
    expect(titles('x'.repeat(100_000))).toEqual([]);
  });
});
