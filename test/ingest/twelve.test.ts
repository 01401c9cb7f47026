/** All twelve real documents (five seeds, seven Los Angeles bulletins) in one folder. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpecs } from '../../src/ingest/load.js';
import { cleanText } from '../../src/ingest/clean.js';
import type { ClassSpec } from '../../src/model/spec.js';
import { allTwelve, rawText, sources } from './helpers.js';

let dir: string;
let specs: ClassSpec[];
const la = (code: string) => specs.find((s) => s.codes.some((c) => c.kind === 'class-code' && c.value === code))!;

beforeAll(async () => {
  dir = await allTwelve();
  const result = await loadSpecs(dir);
  expect(result.problems).toEqual([]);
  specs = result.specs;
});

describe('twelve documents in one folder', () => {
  it('loads all twelve with readable titles, unique ids and quotes from their own text', () => {
    expect(specs).toHaveLength(12);
    expect(new Set(specs.map((s) => s.id)).size).toBe(12);
    for (const spec of specs) {
      expect(spec.title).toMatch(/^[A-Z][A-Za-z.]/);
      expect(spec.title).not.toMatch(/^[A-Z .()]+[A-Z]{4}/); // not left in all capitals
      const text = cleanText(rawText(dir, spec.file));
      for (const source of sources(spec)) expect(text, `${spec.id} ${source.path}`).toContain(source.quote);
    }
  });

  it('reads the seven bulletins as City of Los Angeles job bulletins', () => {
    const bulletins = specs.filter((s) => s.layout === 'la-bulletin');
    expect(bulletins.map((s) => [s.title, s.codes.find((c) => c.kind === 'class-code')?.value])).toEqual([
      ['Data Processing Technician', '1136'],
      ['Information Services Specialist', '1456'],
      ['Programmer Analyst', '1431'],
      ['Senior Computer Operator', '1428'],
      ['Senior Data Processing Technician', '1139'],
      ['Systems Aide', '1599'],
      ['Systems Analyst', '1596'],
    ]);
    for (const spec of bulletins) {
      expect(spec.jurisdiction).toMatchObject({ name: 'City of Los Angeles', kind: 'city' });
      expect(spec.id).toMatch(/^los-angeles-/);
      expect(spec.pay.length).toBeGreaterThan(0);
      expect(spec.pay.every((p) => p.period === 'year' && p.min! < p.max! && p.annual?.min === p.min)).toBe(true);
      expect(spec.duties.length).toBeGreaterThan(0);
      expect(spec.minimumQualifications?.text.length).toBeGreaterThan(40);
      expect(spec.warnings).toEqual([]);
    }
  });

  it('splits salary ranges on "and" and ";" and keeps the Water and Power ranges apart', () => {
    const dpt = la('1136');
    expect(dpt.revised?.date).toBe('2017-05-12');
    expect(dpt.pay.map((p) => [p.min, p.max, p.qualifier ?? null])).toEqual([
      [43639, 63809, null],
      [47376, 69279, null],
      [54663, 67922, 'Department of Water and Power'],
      [57774, 71785, 'Department of Water and Power'],
    ]);
    const analyst = la('1431');
    expect(analyst.pay).toHaveLength(10);
    expect(analyst.pay.filter((p) => p.qualifier === 'Department of Water and Power')).toHaveLength(5);
    expect(analyst.pay[4]).toMatchObject({ min: 88364, max: 125718 });
  });

  it('reads numbered alternatives with their lettered sub-items', () => {
    const analyst = la('1596').minimumQualifications!;
    expect(analyst.alternatives).toHaveLength(3);
    expect(analyst.alternatives[1]!.value).toMatch(/^2\. Graduation from an accredited four-year college[\s\S]*\na\. the development[\s\S]*\nc\. performing system implementation/);
    expect(analyst.alternatives[2]!.value).toMatch(/\nb\. At least three of the courses/);
    expect(analyst.education?.value).toMatch(/^Graduation from an accredited four-year college or university with a major in Computer Science/);
    const dpt = la('1136').minimumQualifications!;
    expect(dpt.alternatives.map((a) => a.value.slice(0, 12))).toEqual(['1. Two years', '2. Two years']);
    expect(dpt.experience?.value).toBe('Two years of full-time paid experience as a Data Entry Operator with the City of Los Angeles');
  });

  it('finds college-unit and experience substitutions, in the requirements and the process notes', () => {
    const aide = la('1599').minimumQualifications!;
    expect(aide.substitutions.map((s) => s.value)).toEqual([
      'Academic credit from an accredited college or university may be substituted for up to two years of the above experience on a year-for-year basis',
      'Thirty (30) semester units or forty-five (45) quarter units equal one academic year',
    ]);
    const programmer = la('1431').minimumQualifications!;
    expect(programmer.substitutions.map((s) => s.value)).toContain('One academic year is equivalent to 30 semester or 45 quarter units');
    const analyst = la('1596').minimumQualifications!;
    expect(analyst.substitutions[0]).toMatchObject({ source: { section: 'PROCESS NOTES' } });
    expect(analyst.substitutions[0]!.value).toMatch(/^Four years of full-time paid experience .* may be substituted for the required degree only$/);
  });

  it('reads "some positions may require" a driver\'s license as may-be-required', () => {
    for (const code of ['1456', '1431', '1428', '1599', '1596']) {
      const license = la(code).specialRequirements.find((r) => r.kind === 'driver-license');
      expect(license, code).toMatchObject({ necessity: 'may-be-required', label: "Valid California driver's license" });
    }
    expect(la('1136').specialRequirements).toEqual([]);
    expect(la('1431').specialRequirements.map((r) => r.kind)).toContain('certification');
    expect(la('1596').specialRequirements.find((r) => r.kind === 'certification')).toMatchObject({ necessity: 'may-be-required', source: { section: 'SELECTIVE CERTIFICATION' } });
  });
});
