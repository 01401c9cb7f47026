/** Comparisons (rows, pay on one basis, aligned duties, old-spec flags) and the similar-titles crosswalk. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine.js';
import { DUTY_MATCH_THRESHOLD } from '../../src/engine/compare.js';
import { seedEngine } from './helpers.js';

let engine: Engine;
beforeAll(async () => {
  engine = (await seedEngine()).engine;
});

describe('compare', () => {
  it('compare Production Specialist II vs Production Coordinator: grades 11 and 14 side by side', () => {
    const a = engine.handle('compare Production Specialist II vs Production Coordinator');
    expect(a.kind).toBe('comparison');
    const c = a.comparison!;
    expect(c.specs.map((s) => s.id)).toEqual(['ky-production-specialist-ii', 'ky-production-coordinator']);
    const grade = c.rows.find((r) => r.attribute === 'Grade')!;
    expect(grade.values).toEqual(['11', '14']);
    expect(grade.citations![0]!.length).toBe(1);
    const pay = c.rows.find((r) => r.attribute === 'Pay (annual)')!;
    expect(pay.values[0]).toMatch(/\$26,483.*from \$2,206\.92/);
    expect(pay.values[1]).toMatch(/\$35,246/);
    expect(c.payBasis).toMatch(/annual/);
    const exp = c.rows.find((r) => r.attribute === 'Experience')!;
    expect(exp.values[0]).toMatch(/one year/);
    expect(exp.values[1]).toMatch(/four years/);
    // old specs flagged
    expect(c.rows.find((r) => r.attribute === 'Revised')!.values[0]).toMatch(/over 10 years old/);
    expect(a.notes!.join(' ')).toMatch(/MIN–MID/);
  });

  it('aligned duties: Provo IST II and the help desk share troubleshooting, installing, instructing users', () => {
    const c = engine.compare(['Provo IST II', 'I.T. Help Desk Coordinator']).comparison!;
    expect(c.sharedDuties.length).toBeGreaterThanOrEqual(5);
    for (const p of c.sharedDuties) expect(p.score).toBeGreaterThanOrEqual(DUTY_MATCH_THRESHOLD);
    const pair = c.sharedDuties.find((p) => /troubleshoots complex hardware/.test(p.a))!;
    expect(pair.b).toMatch(/diagnoses, and repairs hardware and software problems/);
    expect(c.sharedDuties.some((p) => /^instructs users/.test(p.a) && /^Instructs users/.test(p.b))).toBe(true);
    // every duty is either in a pair or distinct
    const provo = engine.spec('provo-information-systems-technician-ii')!;
    expect(provo).toBeDefined();
    expect(c.distinctDuties[0]!.length + c.sharedDuties.length).toBe(20);
  });

  it('"A vs B", "compare A and B", three specs, and an id all work', () => {
    expect(engine.handle('PS II vs Production Coordinator').kind).toBe('comparison');
    expect(engine.handle('compare Production Coordinator and the I.T. Help Desk Coordinator').comparison!.specs.length).toBe(2);
    expect(engine.handle('compare PS II vs Provo IST II vs I.T. Help Desk').comparison!.specs.length).toBe(3);
    expect(engine.run({ op: 'compare', specIds: ['ky-production-coordinator', 'it-help-desk-coordinator'] }).kind).toBe('comparison');
  });

  it('"what is the difference between A and B" compares; one name asks for a second, suggesting the closest', () => {
    expect(engine.handle('what is the difference between PS II and Production Coordinator?').kind).toBe('comparison');
    const one = engine.handle('compare Production Coordinator');
    expect(one.kind).toBe('not-found');
    expect(one.followUps[0]!.action).toMatchObject({ op: 'compare', specIds: ['ky-production-coordinator', 'ky-production-specialist-ii'] });
  });

  it('ambiguous or unknown names ask back instead of guessing', () => {
    expect(engine.handle('compare Information Systems Technician II vs Production Coordinator').kind).toBe('clarification');
    expect(engine.handle('compare Dog Walker vs Production Coordinator').kind).toBe('not-found');
    expect(engine.compare([]).kind).toBe('not-found');
  });
});

describe('similar titles: the crosswalk an HR analyst would draw', () => {
  it('"the equivalent of a bachelor\'s degree" is a question about substitutions, not a crosswalk', () => {
    const a = engine.handle("what is the equivalent of a bachelor's degree for PS II?");
    expect(a.kind).toBe('fact');
    expect(a.title).toBe('Production Specialist II — substitutions');
  });

  const best = (ref: string) => engine.similar(ref).items![0]!.spec.id;

  it('the Specialist task list is closest to Kentucky Production Specialist II', () => {
    expect(best('information-systems-technician-ii-specialist')).toBe('ky-production-specialist-ii');
  });

  it('Provo IST II and the state I.T. Help Desk Coordinator are each other\'s closest', () => {
    expect(best('provo-information-systems-technician-ii')).toBe('it-help-desk-coordinator');
    expect(best('it-help-desk-coordinator')).toBe('provo-information-systems-technician-ii');
  });

  it('results are ranked best first, with reasons', () => {
    const a = engine.handle('similar Provo IST II');
    expect(a.kind).toBe('similar');
    const scores = a.items!.map((i) => i.score!);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    expect(a.items![0]!.reasons!.length).toBeGreaterThan(1);
    expect(a.followUps[0]!.action).toEqual({ op: 'compare', specIds: ['provo-information-systems-technician-ii', 'it-help-desk-coordinator'] });
  });

  it("\"what's Kentucky's equivalent of Provo's IST II\" stays within Kentucky", () => {
    const a = engine.handle("what's Kentucky's equivalent of Provo's IST II?");
    expect(a.kind).toBe('similar');
    expect(a.items!.every((i) => i.spec.jurisdiction === 'Commonwealth of Kentucky')).toBe(true);
    expect(a.text).toMatch(/closest equivalent/);
  });
});

describe('HR review: similar-title reasons read as words', () => {
  it('shared duty words are whole words of the specs, not stems, and not bland words', async () => {
    const { engine } = await seedEngine();
    for (const ref of ['PS II', 'Provo IST II', 'I.T. Help Desk Coordinator', 'Production Coordinator']) {
      const a = engine.handle(`similar ${ref}`);
      for (const item of a.items!) {
        const line = item.reasons!.find((r) => r.startsWith('Shared duty words: '));
        if (!line) continue;
        const shown = line.slice('Shared duty words: '.length).split(', ');
        expect(shown.length).toBeLessThanOrEqual(5);
        const text = [a.specs[0]!.id, item.spec.id].map((id) => JSON.stringify(engine.spec(id)!.sections).toLowerCase()).join(' ');
        for (const w of shown) {
          expect(text, `"${w}" is not a word of the specs`).toMatch(new RegExp(`\\b${w}\\b`));
          expect(['dur', 'during', 'other', 'responsibl', 'supervis', 'maintenanc', 'new', 'using']).not.toContain(w);
        }
      }
    }
  });
});

describe('HR review sweep: one name that matches several specs, in a comparison', () => {
  it.each(['compare the two IST IIs', "what's the difference between the two IST IIs"])('%s → both IST IIs side by side', async (q) => {
    const { engine } = await seedEngine();
    const a = engine.handle(q);
    expect(a.kind).toBe('comparison');
    expect(a.specs.map((s) => s.id).sort()).toEqual(['information-systems-technician-ii-specialist', 'provo-information-systems-technician-ii']);
  });

  it('a name that matches one spec still asks for the second', async () => {
    const { engine } = await seedEngine();
    expect(engine.handle('compare PS II').text).toMatch(/with which spec\?/);
  });
});

describe('HR review sweep: pay with no stated basis in a comparison', () => {
  it('an hourly-only spec with no hours per week is shown as stated, not converted on an assumed week', async () => {
    const { mkdtemp, writeFile, copyFile, readdir } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { loadCorpus } = await import('../../src/corpus.js');
    const { createEngine } = await import('../../src/engine/index.js');
    const { SEEDS } = await import('./helpers.js');
    const dir = await mkdtemp(join(tmpdir(), 'classbot-hourly-'));
    for (const f of await readdir(SEEDS)) await copyFile(join(SEEDS, f), join(dir, f));
    await writeFile(
      join(dir, 'data-entry.txt'),
      'COMMONWEALTH OF KENTUCKY JOB CLASS SPECIFICATION\n\nDATA ENTRY OPERATOR II\n\nJob Number: 20009999\n\nGrade: 6 Salary (MIN - MID):\n\n\\$12.500-\\$15.250 - Hourly\n\nMINIMUM REQUIREMENTS:\n\nEDUCATION:\n\nHigh school diploma.\n\nEXPERIENCE:\n\nMust have six months of data entry experience.\n',
    );
    const engine = createEngine(await loadCorpus(dir));
    const a = engine.handle('compare data entry operator II vs production coordinator');
    const pay = a.comparison!.rows.find((r) => /Pay/.test(r.attribute))!;
    expect(pay.values[0]).toBe('$12.50–$15.25 an hour (min–mid) (no hours basis stated; not converted)');
    expect(engine.handle('annual pay of data entry operator II').text).toMatch(/states only hourly pay \(\$12\.50–\$15\.25 an hour \(min–mid\)\)\. It does not state an annual figure or an hours basis/);
  });
});
