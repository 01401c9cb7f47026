/**
 * The engine on all twelve real documents (five seeds + seven City of Los Angeles bulletins):
 * annual salary ranges, class codes, numbered alternative requirements, college credit for experience.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus.js';
import { createEngine } from '../../src/engine/index.js';
import type { Engine } from '../../src/engine/engine.js';
import { allTwelve } from '../ingest/helpers.js';
import { TODAY } from './helpers.js';

let engine: Engine;
beforeAll(async () => {
  engine = createEngine(await loadCorpus(await allTwelve()), { now: () => TODAY });
});

describe('Los Angeles bulletins', () => {
  it('pay questions answer from the annual ranges; hourly is not derived without a stated hours basis', () => {
    const a = engine.handle('what is the annual salary of the LA Systems Analyst?');
    expect(a.facts![0]!.value).toBe('$68,611–$100,307 a year (min–max)');
    const h = engine.handle('hourly pay for the Los Angeles Systems Analyst');
    expect(h.text).toMatch(/states only annual pay \(\$68,611–\$100,307 a year/);
    expect(h.text).toMatch(/does not state an hourly rate or an hours basis/);
    expect(JSON.stringify(h)).not.toMatch(/assumed|\$32\.99/);
  });

  it('class codes', () => {
    expect(engine.handle('class code of Programmer Analyst').facts![0]!.value).toBe('1431');
  });

  it('cross-spec list includes LA "some positions may require" licences as may-be-required', () => {
    const a = engine.handle("which classes need a driver's license?");
    expect(a.items!.length).toBeGreaterThanOrEqual(6);
    expect(a.items!.find((i) => i.spec.title === 'Systems Analyst')!.detail).toMatch(/May be required/);
  });

  it('fit: numbered alternatives — a CS degree meets Systems Analyst requirement 1', () => {
    const r = engine.fit('BS in Computer Science', { spec: 'LA Systems Analyst' }).fit!.results[0]!;
    expect(r.verdict).toBe('meets');
    expect(r.explanation).toMatch(/alternative 1 of 3/);
  });

  it('fit: college credit substitutes for up to two years of Systems Aide experience', () => {
    const r = engine.fit('60 semester units, 1 year as a Senior Administrative Clerk with the City of Los Angeles supporting personal computer systems', { spec: 'Systems Aide' }).fit!.results[0]!;
    expect(r.verdict).toBe('meets-with-substitution');
    expect(r.path.join(' ')).toMatch(/college credit/);
  });

  it('fit: City-only experience is not assumed from a generic profile', () => {
    const r = engine.fit('HS diploma, 3 years help desk', { spec: 'Senior Data Processing Technician' }).fit!.results[0]!;
    expect(r.verdict).toBe('does-not-meet');
    expect(r.missing[0]).toMatch(/with the City of Los Angeles/);
  });

  it('similar stays meaningful across jurisdictions', () => {
    const a = engine.handle('similar LA Senior Computer Operator');
    expect(a.kind).toBe('similar');
    expect(a.items!.length).toBeGreaterThan(5);
  });
});

describe('Los Angeles bulletins: HR review sweep', () => {
  it('selection process from the bulletin\'s own sentence, cleanly quoted', () => {
    const a = engine.handle('what is the selection process for programmer analyst');
    expect(a.text).toMatch(/ — SELECTION PROCESS: The examination will consist entirely of a weighted multiple-choice test/);
    expect(a.citations[0]!.quote).toMatch(/^The examination will consist/);
  });

  it('department pay ranges name the department once (label), figures in the value', () => {
    const a = engine.handle('annual salary of the senior computer operator');
    const dwp = a.facts!.find((f) => /Water and Power/.test(f.label))!;
    expect(dwp.value).toBe('$65,103–$80,910 a year (min–max)');
  });

  it('monthly asked, annual stated: month = year / 12, no hours needed, source figures shown', () => {
    const a = engine.handle('monthly pay for the programmer analyst');
    expect(a.text).toMatch(/states no monthly figure\. From the annual pay it states: \$5,427\.00–\$7,722\.08 a month \(from \$65,124–\$92,665 a year\)/);
  });

  it.each([
    ['what is the class code for Systems Aide', /Class Code: 1599/],
    ['who does the systems analyst report to', /^The City of Los Angeles Systems Analyst spec does not state whom positions report to\.$/],
    ['can college units substitute for experience for the systems aide', /substituted for up to two years of the above experience/],
    ['how much experience does a senior data processing technician need', /Two years of full-time paid experience with the City of Los Angeles/],
  ])('%s', (q, re) => {
    expect(engine.handle(q).text).toMatch(re);
  });
});
