/** The pay cross-check: a generic rule over the periods a document prints, not a special case for one spec. */
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../src/ingest/parse.js';

/** A small spec in Kentucky's current layout with the given salary lines. */
function kentuckyLike(lines: string[]): string {
  return [
    'COMMONWEALTH OF KENTUCKY JOB CLASS SPECIFICATION',
    '',
    'SYSTEMS CLERK I',
    '',
    'Job Number: 1',
    '',
    'Job Code: 2',
    '',
    'Grade: 9 Salary (MIN - MID):',
    '',
    ...lines.flatMap((line) => [line, '']),
    'PROBATIONARY PERIOD:',
    '',
    'This job has an initial probationary period of 6 months.',
  ].join('\n');
}

describe('pay cross-check', () => {
  it('corrects an hourly figure printed with a thousands comma for a decimal point, and warns', () => {
    // 21.5 × 40 × 52 / 12 = 3726.67; 24.75 × 40 × 52 / 12 = 4290
    const spec = parseSpec(kentuckyLike(['\\$21,500-\\$24,750 - Hourly', '\\$3,726.67-\\$4,290.00 - 40 Hr. Monthly Salary']), 'a.txt');
    expect(spec.pay[0]).toMatchObject({ period: 'hour', min: 21.5, mid: 24.75 });
    expect(spec.warnings).toHaveLength(1);
    expect(spec.warnings[0]).toContain('"$21,500-$24,750"');
    expect(spec.warnings[0]).toContain('$21.500–$24.750 an hour');
  });

  it('leaves hourly figures that agree with the monthly ones alone, without warnings', () => {
    const spec = parseSpec(kentuckyLike(['\\$21.50-\\$24.75 - Hourly', '\\$3,726.67-\\$4,290.00 - 40 Hr. Monthly Salary']), 'b.txt');
    expect(spec.pay[0]).toMatchObject({ period: 'hour', min: 21.5, mid: 24.75 });
    expect(spec.warnings).toEqual([]);
  });

  it('keeps figures that disagree by something other than a power of ten, and says they disagree', () => {
    const spec = parseSpec(kentuckyLike(['\\$30.00-\\$35.00 - Hourly', '\\$3,726.67-\\$4,290.00 - 40 Hr. Monthly Salary']), 'c.txt');
    expect(spec.pay[0]).toMatchObject({ min: 30, mid: 35 });
    expect(spec.warnings.join(' ')).toMatch(/does not agree/);
  });

  it('computes annual equivalents from the stated basis only', () => {
    const spec = parseSpec(kentuckyLike(['\\$21.50-\\$24.75 - Hourly', '\\$3,726.67-\\$4,290.00 - 40 Hr. Monthly Salary']), 'd.txt');
    expect(spec.pay[0]!.annual).toBeUndefined(); // hourly with no hours basis: no guess
    expect(spec.pay[1]!.annual).toEqual({ min: 44720.04, mid: 51480 });
  });

  it('reads a salary with no period by its size and warns that the period is not stated', () => {
    const spec = parseSpec('CLASS TITLE: CLERK\nTITLE CODE: 1\nSALARY: (MIN-MAX) $41,000 - $52,000\nGRADE: 3\n', 'e.txt');
    expect(spec.pay[0]).toMatchObject({ period: 'year', min: 41000, max: 52000, labels: ['min', 'max'] });
    expect(spec.warnings[0]).toMatch(/period is not stated .*annual/);
  });
});

describe('salary period inferred from the family', () => {
  const oldLayout = (title: string, salary: string) => `COMMONWEALTH OF KENTUCKY\n\nCLASS TITLE: ${title}\nTITLE CODE: 1\nSALARY: (MIN-MID) ${salary}\nGRADE: 3\n`;

  it('confirms a monthly reading with a sibling that states monthly pay of the same size', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { loadSpecs } = await import('../../src/ingest/load.js');
    const dir = await mkdtemp(join(tmpdir(), 'classbot-family-'));
    await writeFile(join(dir, 'a.txt'), oldLayout('CLERK', '$2500.00 - $3000.00'));
    await writeFile(join(dir, 'b.txt'), kentuckyLike(['\\$2,400.00-\\$2,900.00 - 40 Hr. Monthly Salary']));
    const { specs } = await loadSpecs(dir);
    const clerk = specs.find((s) => s.title === 'Clerk')!;
    expect(clerk.pay[0]).toMatchObject({ period: 'month', annual: { min: 30000, mid: 36000 } });
    expect(clerk.warnings).toEqual([
      'The salary period is not stated ("$2500.00 - $3000.00"); read as monthly from the size of the figures. The monthly salaries of Systems Clerk I (same jurisdiction) are of the same size.',
    ]);
  });

  it('switches the reading when the siblings state another period of the same size', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { loadSpecs } = await import('../../src/ingest/load.js');
    const dir = await mkdtemp(join(tmpdir(), 'classbot-family-'));
    await writeFile(join(dir, 'a.txt'), oldLayout('AIDE', '$12000.00 - $14000.00'));
    await writeFile(join(dir, 'b.txt'), kentuckyLike(['\\$13,000.00-\\$15,000.00 - Annual Salary']));
    const { specs } = await loadSpecs(dir);
    const aide = specs.find((s) => s.title === 'Aide')!;
    expect(aide.pay[0]).toMatchObject({ period: 'year', annual: { min: 12000, mid: 14000 } });
    expect(aide.warnings[0]).toContain('Read as annual rather than monthly');
  });
});

describe('other pay periods', () => {
  it('records biweekly pay as its annual equivalent and keeps the printed figures in the qualifier', () => {
    const spec = parseSpec('JOB TITLE: CLERK\n\nSALARY\nBiweekly: $1,500.00 - $2,000.00\n', 'bw.txt');
    expect(spec.pay).toEqual([
      {
        period: 'year',
        min: 39000,
        max: 52000,
        qualifier: 'biweekly $1,500.00 - $2,000.00 × 26',
        annual: { min: 39000, max: 52000 },
        source: { section: 'SALARY', quote: 'Biweekly: $1,500.00 - $2,000.00' },
      },
    ]);
    expect(spec.warnings).toEqual([]);
  });

  it('does not list daily pay and says why', () => {
    const spec = parseSpec('JOB TITLE: SUBSTITUTE\n\nSALARY\n$150 - $180 per day\n', 'day.txt');
    expect(spec.pay).toEqual([]);
    expect(spec.warnings[0]).toMatch(/is daily; classbot records hourly, monthly and annual pay only/);
  });
});
