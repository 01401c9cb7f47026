/**
 * Answers stay bounded whatever the corpus size: lists, fit-all and similar show (and cite) a bounded
 * number of specs and say how many there are in all. 300 copies of the seeds stand in for a big corpus.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.js';
import type { Engine } from '../../src/engine/engine.js';
import type { ClassSpec } from '../../src/model/spec.js';
import { TODAY, seedEngine } from './helpers.js';

let engine: Engine;
const COPIES = 300;
beforeAll(async () => {
  const { corpus } = await seedEngine();
  const specs: ClassSpec[] = [...corpus.specs];
  for (let i = 0; i < COPIES - 5; i++) {
    const s = corpus.specs[i % 5]!;
    specs.push({ ...s, id: `${s.id}-copy-${i}`, title: `${s.title} Copy ${i}` });
  }
  engine = createEngine({ specs }, { now: () => TODAY });
});

describe('bounded answers on a larger corpus', () => {
  it('a list across specs shows and cites at most 50, and counts them all', () => {
    const a = engine.handle("which classes need a driver's license?");
    expect(a.items!.length).toBe(50);
    expect(a.citations.length).toBeLessThanOrEqual(50);
    expect(a.text).toMatch(/^120 of 300 specs/);
    expect(a.notes!.join(' ')).toMatch(/first 50 of 120/);
  });

  it('fit against all specs: verdict counts cover all 300, at most 100 explained', () => {
    const a = engine.fit('BS in Computer Science, 18 months production support');
    expect(a.fit!.results.length).toBe(100);
    expect(a.text).toMatch(/against 300 specs: 180 meets, 60 does not meet, 60 not assessable/);
    expect(a.fit!.results[0]!.verdict).toBe('meets');
  });

  it('similar returns the ten best', () => {
    expect(engine.similar('provo-information-systems-technician-ii').items!.length).toBe(10);
  });
});
