/** Property test: whatever text arrives, the parser returns a schema-valid record or a plain error, quickly. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../src/ingest/parse.js';
import { ClassSpec } from '../../src/model/spec.js';

const specLine = fc.oneof(
  fc.constantFrom(
    'CLASS TITLE: PRODUCTION COORDINATOR',
    'Job Code: 1401',
    'Grade: 11 Salary (MIN - MID):',
    '\\$13,581-\\$17,990 - Hourly',
    '\\$2,206.92-\\$2,923.38 - 37.5 Hr. Monthly Salary',
    'SALARY: (MIN-MID) $2937.20 - $3890.90',
    'ANNUAL SALARY',
    '$43,639 to $63,809 and $47,376 to $69,279',
    'MINIMUM REQUIREMENTS:',
    'EDUCATION:',
    "Graduate of a college or university with a bachelor's degree.",
    '1. Two years of full-time paid experience; or',
    'a. the development of systems; or',
    '**OR** an equivalent combination [substituting each one year for six months]',
    '- Resets passwords.',
    'Knowledge of: a; b; c. Skill in: d. **Ability to:** e; f.',
    'This is the first of three levels of the Help Desk series: Coordinator, Senior and Supervisor.',
    'Date: September 20, 2007\tEEO Code: TE',
    'DATE CLASS ESTABLISHED: 07/01/1993',
    'Some positions may require a valid California driver\'s license.',
    '',
  ),
  fc.string({ maxLength: 120 }),
);

describe('parser robustness', () => {
  it('never throws anything but a plain Error and always yields a valid record', () => {
    fc.assert(
      fc.property(fc.array(specLine, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        let spec;
        try {
          spec = parseSpec(text, 'fuzz.txt');
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toBe('no readable text');
          return;
        }
        const result = ClassSpec.safeParse({ ...spec, id: 'fuzz' });
        expect(result.success, JSON.stringify(result.error?.issues?.slice(0, 2))).toBe(true);
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });
});
