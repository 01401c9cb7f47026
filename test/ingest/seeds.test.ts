/** The five seed specs, one per layout: every fact the documents state, with exact values. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClassSpec } from '../../src/model/spec.js';
import { cleanText } from '../../src/ingest/clean.js';
import { loadSeeds, rawText, SEEDS, sources } from './helpers.js';

let seeds: Map<string, ClassSpec>;
const seed = (n: string) => seeds.get(n)!;
const code = (spec: ClassSpec, kind: string) => spec.codes.find((c) => c.kind === kind)?.value;
const kinds = (spec: ClassSpec) => spec.specialRequirements.map((r) => `${r.kind}:${r.necessity}`);

beforeAll(async () => {
  seeds = await loadSeeds();
});

describe('every seed', () => {
  it('loads all five with distinct layouts and stable ids', () => {
    expect([...seeds.values()].map((s) => [s.id, s.layout])).toEqual([
      ['ky-production-specialist-ii', 'kentucky-new'],
      ['ky-production-coordinator', 'kentucky-old'],
      ['information-systems-technician-ii-specialist', 'task-list'],
      ['provo-information-systems-technician-ii', 'provo'],
      ['it-help-desk-coordinator', 'state-help-desk'],
    ]);
  });

  it('quotes only the cleaned words of its own document', () => {
    for (const spec of seeds.values()) {
      const text = cleanText(rawText(SEEDS, spec.file));
      const all = sources(spec);
      expect(all.length).toBeGreaterThan(5);
      for (const source of all) {
        expect(text, `${spec.id} ${source.path}`).toContain(source.quote);
        expect(source.quote).not.toMatch(/\\\$|\*\*|\r|\t|\u2011/);
      }
    }
  });

  it('keeps every section as printed, cleaned', () => {
    for (const spec of seeds.values()) {
      expect(spec.sections.length).toBeGreaterThan(0);
      for (const section of spec.sections) expect(section.text).not.toMatch(/\\\$|\*|\r|\t|\u2011/);
    }
  });
});

describe('000 Kentucky, new layout', () => {
  it('has title, jurisdiction, codes, grade and dates', () => {
    const s = seed('000');
    expect(s.title).toBe('Production Specialist II');
    expect(s.jurisdiction).toMatchObject({ name: 'Commonwealth of Kentucky', kind: 'state' });
    expect(s.series).toMatchObject({ name: 'Production Specialist', level: 'II' });
    expect(code(s, 'job-number')).toBe('20001499');
    expect(code(s, 'job-code')).toBe('73040V000101');
    expect(code(s, 'job-group')).toBe('7300 - INFORMATION MANAGEMENT SYSTEMS');
    expect(s.grade?.value).toBe('11');
    expect(s.established?.date).toBe('1993-07-01');
    expect(s.revised?.date).toBe('2006-02-24');
    expect(s.probation).toMatchObject({ value: '6 months', source: { section: 'PROBATIONARY PERIOD' } });
    expect(s.specialEntranceRate?.value).toBe('NONE');
  });

  it('reads the hourly slip as $13.581–$17.990 and warns with the printed figure', () => {
    const [hourly, month375, month40] = seed('000').pay;
    expect(hourly).toMatchObject({ period: 'hour', min: 13.581, mid: 17.99, labels: ['min', 'mid'] });
    expect(hourly!.max).toBeUndefined();
    expect(hourly!.source.quote).toBe('$13,581-$17,990 - Hourly');
    expect(month375).toMatchObject({ period: 'month', min: 2206.92, mid: 2923.38, hoursPerWeek: 37.5, annual: { min: 26483.04, mid: 35080.56 } });
    expect(month40).toMatchObject({ period: 'month', min: 2354.04, mid: 3118.28, hoursPerWeek: 40, annual: { min: 28248.48, mid: 37419.36 } });
    // The corrected rate reproduces the monthly figures.
    expect((hourly!.min! * 37.5 * 52) / 12).toBeCloseTo(2206.92, 1);
    expect((hourly!.mid! * 40 * 52) / 12).toBeCloseTo(3118.28, 1);
    const warning = seed('000').warnings.find((w) => w.includes('$13,581-$17,990'));
    expect(warning).toContain('$13.581–$17.990 an hour');
  });

  it('has the minimum requirements with both substitution clauses', () => {
    const mq = seed('000').minimumQualifications!;
    expect(mq.education?.value).toBe("Graduate of a college or university with a bachelor's degree.");
    expect(mq.experience?.value).toBe('Must have one year of production support experience.');
    expect(mq.substitutions.map((s) => s.value)).toEqual([
      "Related technical or vocational training will substitute for the bachelor's degree requirement on a year-for-year basis.",
      'A master\'s degree in computer science will substitute for the experience requirement.',
      "Experience in computer programming, systems support or production support will substitute for the bachelor's degree requirement on a year-for-year basis.",
    ]);
    expect(mq.substitutions[0]!.source.section).toBe('Substitute EDUCATION for EXPERIENCE');
    expect(mq.substitutions[2]!.source.section).toBe('Substitute EXPERIENCE for EDUCATION');
  });

  it('finds the additional requirements though SPECIAL REQUIREMENTS says NONE', () => {
    const s = seed('000');
    expect(kinds(s)).toEqual(['driver-license:may-be-required', 'drug-screen:may-be-required', 'background-check:may-be-required', 'prea:may-be-required']);
    expect(s.specialRequirements.every((r) => r.source.section === 'ADDITIONAL REQUIREMENTS')).toBe(true);
  });

  it('splits the duties paragraph into sentences; office setting; no physical demands', () => {
    const s = seed('000');
    expect(s.duties).toHaveLength(16);
    expect(s.duties[2]!.value).toBe('Revises job control language as necessary');
    expect(s.duties[15]!.value).toBe('Coordinates unit activity with other units');
    expect(s.workingConditions?.value).toBe('Incumbents working in this job title typically perform duties in an office setting.');
    expect(s.physicalDemands).toBeUndefined();
    expect(s.summary?.value).toMatch(/^Coordinates the work of lead production support staff/);
  });
});

describe('001 Kentucky, old tabbed layout', () => {
  it('has title, codes, selection method, revision mark, grade, reports-to and dates', () => {
    const s = seed('001');
    expect(s.title).toBe('Production Coordinator');
    expect(s.jurisdiction).toMatchObject({ name: 'Commonwealth of Kentucky', kind: 'state' });
    expect(code(s, 'title-code')).toBe('7307');
    expect(code(s, 'job-group')).toBe('INFORMATION MANAGEMENT SYSTEMS');
    expect(code(s, 'selection-id')).toBe('8913');
    expect(code(s, 'revision')).toBe('05-05');
    expect(s.selectionMethod?.value).toBe('100% QUAL');
    expect(s.grade).toMatchObject({ value: '14', source: { section: 'GRADE', quote: 'GRADE: 14' } });
    expect(s.reportsTo).toMatchObject({ value: 'Varies', source: { quote: 'POSITIONS IN THIS CLASS GENERALLY REPORT TO: VARIES' } });
    expect(s.established?.date).toBe('1993-07-01');
    expect(s.revised?.date).toBe('2006-02-24');
  });

  it('reads the salary with no period as monthly, confirmed by the sibling spec, and says so', () => {
    const s = seed('001');
    expect(s.pay).toHaveLength(1);
    expect(s.pay[0]).toMatchObject({ period: 'month', min: 2937.2, mid: 3890.9, labels: ['min', 'mid'], annual: { min: 35246.4, mid: 46690.8 } });
    expect(s.pay[0]!.source.quote).toBe('SALARY: (MIN-MID) $2937.20 - $3890.90');
    const warning = s.warnings.find((w) => w.includes('not stated'))!;
    expect(warning).toContain('$2937.20 - $3890.90');
    expect(warning).toContain('monthly');
    expect(warning).toContain('Production Specialist II');
  });

  it('has education, experience, the master\'s substitution and the drug screen', () => {
    const mq = seed('001').minimumQualifications!;
    expect(mq.education?.value).toBe("Graduate of a college or university with a bachelor's degree.");
    expect(mq.experience?.value).toBe('Must have four years of production support experience.');
    expect(mq.substitutions.map((s) => s.value)).toContain('A master\'s degree in computer science will substitute for one year of the experience requirement.');
    expect(mq.substitutions.every((s) => s.source.section === 'SUBSTITUTION CLAUSE')).toBe(true);
    expect(kinds(seed('001'))).toEqual(['drug-screen:may-be-required', 'background-check:may-be-required']);
    expect(seed('001').duties).toHaveLength(12);
    expect(seed('001').specialEntranceRate?.value).toBe('No');
  });
});

describe('002 task list with no header', () => {
  it('has the title, 27 tasks, and no invented facts', () => {
    const s = seed('002');
    expect(s.title).toBe('Information Systems Technician II (Specialist)');
    expect(s.jurisdiction).toEqual({ name: null, kind: 'unknown' });
    expect(s.duties).toHaveLength(27);
    expect(s.duties[0]!.value).toMatch(/^Set up job streams and batch processes/);
    expect(s.duties[26]!.value).toBe('Provides guidance and direction to subordinate staff to meet organizational goals');
    expect(s.duties.every((d) => d.source.section === 'Essential Task Rating Results')).toBe(true);
    expect(s.pay).toEqual([]);
    expect(s.minimumQualifications).toBeUndefined();
    expect(s.reportsTo).toBeUndefined();
    expect(s.codes).toEqual([]);
  });
});

describe('003 Provo City', () => {
  it('has the header table', () => {
    const s = seed('003');
    expect(s.title).toBe('Information Systems Technician II');
    expect(s.jurisdiction).toMatchObject({ name: 'Provo City', kind: 'city' });
    expect(code(s, 'job-code')).toBe('1401');
    expect(code(s, 'eeo-code')).toBe('TE');
    expect(s.flsa?.value).toBe('Non-Exempt');
    expect(s.civilServiceStatus?.value).toBe('Covered (Unclassified)');
    expect(s.revised).toMatchObject({ date: '2007-09-20', source: { quote: 'Date: September 20, 2007' } });
    expect(s.established).toBeUndefined();
    expect(s.series).toMatchObject({ name: 'Information Systems Technician', level: 'II' });
    expect(s.pay).toEqual([]);
  });

  it('has reports-to, duties split on ";" and the MQ with its OR alternative', () => {
    const s = seed('003');
    expect(s.reportsTo?.value).toBe('the Director of Information Systems or a designated supervisor');
    expect(s.duties).toHaveLength(20);
    expect(s.duties[1]!.value).toBe('ensures a quick response and timely resolution on all inquiries');
    const mq = s.minimumQualifications!;
    expect(mq.education?.value).toBe("Equivalent to an Associate's Degree in computer science, networking, or a related field");
    expect(mq.experience?.value).toBe('one (1) year of computer operation and system support experience');
    expect(mq.alternatives).toHaveLength(2);
    expect(mq.alternatives[1]!.value).toMatch(/^an equivalent combination/);
    expect(mq.substitutions[0]!.value).toContain('substituting each one year of post-secondary education/training for six months of experience');
    expect(mq.text).not.toContain('**');
    expect(kinds(s)).toEqual(['driver-license:required']);
  });

  it('has knowledge, skills, abilities, tools, physical demands and environment', () => {
    const s = seed('003');
    expect(s.knowledge).toHaveLength(7);
    expect(s.skills).toHaveLength(4);
    expect(s.abilities).toHaveLength(7);
    expect(s.abilities[6]!.value).toBe('demonstrate a high level of commitment to the principles of positive customer service');
    expect(s.tools?.value).toMatch(/^Telephone, personal computers/);
    expect(s.physicalDemands?.value).toMatch(/^Light physical effort including lifting up to 40 pounds/);
    expect(s.workingConditions).toMatchObject({ source: { section: 'ENVIRONMENTAL FACTORS' } });
  });
});

describe('004 state I.T. Help Desk series', () => {
  it('derives the title from the series, names no state', () => {
    const s = seed('004');
    expect(s.title).toBe('I.T. Help Desk Coordinator');
    expect(s.jurisdiction).toMatchObject({ name: null, kind: 'state' });
    expect(s.series).toMatchObject({
      name: 'Information Technology (I.T.) Help Desk',
      level: 'Coordinator',
      levels: ['Coordinator', 'Coordinator/Senior', 'Supervisor'],
    });
  });

  it('has duties from both bullet lists, KSA, MQ with substitution, summary and FLSA note', () => {
    const s = seed('004');
    expect(s.duties).toHaveLength(20);
    expect(s.duties.filter((d) => d.source.section === 'General Duties')).toHaveLength(10);
    expect(s.duties.filter((d) => d.source.section === 'Technical Duties')).toHaveLength(10);
    expect(s.knowledge).toHaveLength(11);
    expect(s.skills).toHaveLength(5);
    expect(s.abilities).toHaveLength(9);
    const mq = s.minimumQualifications!;
    expect(mq.education?.value).toMatch(/^One year of post high school coursework or vocational\/technical training/);
    expect(mq.experience?.value).toMatch(/^one year of experience either in installing and using software applications/);
    expect(mq.substitutions.map((x) => x.value)).toEqual([
      'Equivalent combination of education and experience in the areas described above may substitute for these requirements',
    ]);
    expect(s.summary?.source.section).toBe('DESCRIPTION');
    expect(s.flsa).toMatchObject({ value: 'Determined for each position by the employing agency', source: { section: 'SPECIAL NOTES' } });
    expect(s.reportsTo).toBeUndefined();
    expect(s.pay).toEqual([]);
  });
});
