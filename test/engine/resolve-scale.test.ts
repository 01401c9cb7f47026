import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TitleIndex } from '../../src/engine/resolve.js';
import { loadSpecs } from '../../src/ingest/load.js';
import type { ClassSpec } from '../../src/model/spec.js';

const SEEDS = fileURLToPath(new URL('../../index-data', import.meta.url));

describe('title resolution at scale', () => {
  it('finds a title whose every word heads thousands of other titles (100,000-spec corpora)', async () => {
    const base = (await loadSpecs(SEEDS)).specs[0]!;
    const make = (id: string, title: string): ClassSpec => ({ ...structuredClone(base), id, title, series: undefined, codes: [] }) as ClassSpec;
    // "principal", "office", "support" and "auditor" each in > 5,000 titles; only one title has all four.
    const specs: ClassSpec[] = [];
    for (let i = 0; i < 5100; i++) specs.push(make(`a-${i}`, `Principal Office Planner ${i}`), make(`b-${i}`, `Support Auditor Planner ${i}`));
    specs.push(make('target', 'Principal Office Support Auditor'));
    const titles = new TitleIndex(specs);
    const r = titles.resolve('does Principal Office Support Auditor need a license?', { threshold: 0.55 });
    expect(r.candidates[0]?.spec.id).toBe('target');
    expect(r.ambiguous).toBe(false);
  });
});
