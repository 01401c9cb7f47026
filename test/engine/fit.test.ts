/**
 * Qualification fit: profile parsing (free text, résumé date ranges, structured form input) and
 * evaluation against each seed spec's minimum qualifications, substitutions included.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FitResult } from '../../src/model/answer.js';
import type { Engine } from '../../src/engine/engine.js';
import { parseProfile } from '../../src/engine/profile.js';
import { TODAY, seedEngine } from './helpers.js';

let engine: Engine;
beforeAll(async () => {
  engine = (await seedEngine()).engine;
});

const one = (profile: string, spec: string): FitResult => {
  const a = engine.fit(profile, { spec });
  expect(a.kind, a.text).toBe('fit');
  return a.fit!.results[0]!;
};

describe('profile parsing', () => {
  it('degree + field + months of experience', () => {
    const { profile } = parseProfile('BS in Computer Science, 18 months production support', TODAY);
    expect(profile.education).toEqual([{ level: 'bachelor', field: 'Computer Science' }]);
    expect(profile.experience).toEqual([{ area: 'production support', months: 18 }]);
  });

  it('"HS diploma, 4 yrs production support"', () => {
    const { profile } = parseProfile('HS diploma, 4 yrs production support', TODAY);
    expect(profile.education[0]!.level).toBe('high-school');
    expect(profile.experience[0]).toMatchObject({ area: 'production support', months: 48 });
  });

  it('résumé lines with date ranges, "present" = today (injected)', () => {
    const { profile } = parseProfile('Help Desk Analyst, Jan 2021 – present\nComputer Operator, Mar 2018 - Dec 2020', TODAY);
    expect(profile.experience).toEqual([
      { area: 'Help Desk Analyst', months: 70, title: 'Help Desk Analyst' },
      { area: 'Computer Operator', months: 33, title: 'Computer Operator' },
    ]);
  });

  it("associate's in networking and a year of help desk work; units; half years", () => {
    expect(parseProfile("associate's in networking and a year of help desk work", TODAY).profile).toEqual({
      education: [{ level: 'associate', field: 'networking' }],
      experience: [{ area: 'help desk', months: 12 }],
    });
    expect(parseProfile('45 semester units, 2.5 years systems support', TODAY).profile).toEqual({
      education: [{ level: 'some-college', years: 1.5 }],
      experience: [{ area: 'systems support', months: 30 }],
    });
  });
});

describe('fit against the seed specs', () => {
  it('BS CS + 18 months production support meets PS II directly', () => {
    const r = one('BS in Computer Science, 18 months production support', 'Production Specialist II');
    expect(r.verdict).toBe('meets');
    expect(r.citations.length).toBeGreaterThan(0);
  });

  it('…and misses Production Coordinator by 2½ years (or a master\'s and 1½ years)', () => {
    const r = one('BS in Computer Science, 18 months production support', 'Production Coordinator');
    expect(r.verdict).toBe('does-not-meet');
    expect(r.missing[0]).toBe('2½ more years of production support experience');
    expect(r.missing).toContain("a master's degree in computer science (substitutes for 1 year of the experience) and 1½ more years of production support experience");
  });

  it('HS + 4 years production support: substitution for the degree, but no year counted twice', () => {
    // PS II needs a bachelor's (4 years, experience substitutes year for year) AND 1 year of experience: 5 years in all.
    const r = one('HS diploma, 4 yrs production support', 'Production Specialist II');
    expect(r.verdict).toBe('does-not-meet');
    expect(r.missing[0]).toMatch(/^1 more year of/);
    expect(r.path.join(' ')).toMatch(/no month counted twice/);
    // with 5 years it meets, through the substitution
    const ok = one('HS diploma, 5 yrs production support', 'Production Specialist II');
    expect(ok.verdict).toBe('meets-with-substitution');
    expect(ok.path.join(' ')).toMatch(/year for year/);
  });

  it("a master's in computer science substitutes for PS II's whole experience requirement", () => {
    expect(one("Master's in Computer Science", 'Production Specialist II').verdict).toBe('meets-with-substitution');
  });

  it("Provo: one year of post-secondary education = six months of experience (the stated rate)", () => {
    const r = one('BS in Computer Science, 6 months help desk', 'Provo IST II');
    expect(r.verdict).toBe('meets-with-substitution');
    expect(r.path.join(' ')).toMatch(/6 months of experience, as the spec states/);
    expect(r.interpretation).toBe(false);
    expect(one('HS diploma, 1 year help desk', 'Provo IST II')).toMatchObject({ verdict: 'does-not-meet', missing: ['1 more year of computer operation and system support experience', '2 more years of post-secondary education'] });
  });

  it("associate's in networking + a year of help desk meets Provo directly", () => {
    const a = engine.handle("does someone with an associate's in networking and a year of help desk work qualify for the Provo IST II?");
    expect(a.kind).toBe('fit');
    expect(a.fit!.results[0]).toMatchObject({ specId: 'provo-information-systems-technician-ii', verdict: 'meets' });
  });

  it('state help desk: "equivalent combination" with no stated rate is flagged as an interpretation', () => {
    const r = one('HS diploma, 2 years help desk', 'I.T. Help Desk Coordinator');
    expect(r.verdict).toBe('meets-with-substitution');
    expect(r.interpretation).toBe(true);
  });

  it('date ranges count up to today', () => {
    const r = one('Help Desk Analyst, Jan 2021 – present', 'Provo IST II');
    expect(r.verdict).toBe('meets-with-substitution');
  });

  it('the task list publishes no minimum qualifications → not-assessable', () => {
    expect(one('BS in Computer Science, 10 years production support', 'Specialist task list').verdict).toBe('not-assessable');
  });

  it('all specs at once, ordered by verdict, with a summary', () => {
    const a = engine.handle('fit BS in Computer Science, 18 months production support');
    expect(a.kind).toBe('fit');
    expect(a.fit!.results.length).toBe(5);
    expect(a.fit!.results.map((r) => r.verdict)).toEqual(['meets', 'meets', 'meets', 'does-not-meet', 'not-assessable']);
    expect(a.fit!.profileSummary).toMatch(/bachelor's degree in Computer Science/);
  });

  it('structured form input (Slack/Teams) gives the same verdicts as text', () => {
    const a = engine.fit({ education: [{ level: 'bachelor', field: 'Computer Science' }], experience: [{ area: 'production support', months: 18 }] }, { spec: 'ky-production-coordinator' });
    expect(a.fit!.results[0]!.missing[0]).toBe('2½ more years of production support experience');
    // junk in the form is dropped with a note, never an exception
    const junk = engine.fit({ education: [{ level: 'wizard' }], experience: [{ months: 'lots' }] } as never);
    expect(junk.kind).toBe('not-found');
  });

  it('"fit <profile> for <spec>" routes to one spec; a "for" that names no spec stays in the profile', () => {
    const a = engine.handle('fit HS diploma, 4 yrs production support for Production Coordinator');
    expect(a.fit!.results.map((r) => r.specId)).toEqual(['ky-production-coordinator']);
    const b = engine.handle('fit 2 years help desk working for Acme');
    expect(b.fit!.results.length).toBe(5);
  });

  it('an unreadable profile gets a helpful answer', () => {
    expect(engine.handle('fit lorem ipsum').kind).toBe('not-found');
    expect(engine.run({ op: 'fit', specId: 'ky-production-coordinator' }).text).toMatch(/Describe the candidate/);
  });
});
