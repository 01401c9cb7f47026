/** The CLI commands ask / compare / similar / fit, through the real dispatcher with a buffered IO. */
import { describe, expect, it } from 'vitest';
import { main } from '../../adapters/cli/main.js';
import type { CliIO } from '../../adapters/cli/io.js';
import { SEEDS } from './helpers.js';

function io(stdin?: string[]): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    stdinLines: () =>
      stdin
        ? (async function* () {
            yield* stdin;
          })()
        : undefined,
    env: { CLASSBOT_DATA: SEEDS },
  };
}

describe('classbot CLI engine commands', () => {
  it('ask <question> prints a readable answer with sources', async () => {
    const t = io();
    expect(await main(['ask', "what's", 'the', 'pay', 'grade', 'for', 'Production', 'Coordinator?'], t)).toBe(0);
    const out = t.stdout.join('\n');
    expect(out).toMatch(/Grade: 14/);
    expect(out).toMatch(/Sources:/);
  });

  it('ask --json with no question reads stdin lines → one JSON object per line', async () => {
    const t = io(['grade of Production Coordinator', '', "which classes need a driver's license?"]);
    expect(await main(['ask', '--json'], t)).toBe(0);
    expect(t.stdout).toHaveLength(2);
    const [a, b] = t.stdout.map((l) => JSON.parse(l));
    expect(a.kind).toBe('fact');
    expect(b.kind).toBe('list');
  });

  it('compare <a> <b> --json', async () => {
    const t = io();
    expect(await main(['compare', 'Production Specialist II', 'Production Coordinator', '--json'], t)).toBe(0);
    const a = JSON.parse(t.stdout.join(''));
    expect(a.comparison.rows.find((r: { attribute: string }) => r.attribute === 'Grade').values).toEqual(['11', '14']);
  });

  it('similar <spec> --json → { matches: [{ specId, title, score, reasons }] } best first', async () => {
    const t = io();
    expect(await main(['similar', 'Provo', 'IST', 'II', '--json'], t)).toBe(0);
    const { matches } = JSON.parse(t.stdout.join(''));
    expect(matches[0]).toMatchObject({ specId: 'it-help-desk-coordinator', title: 'I.T. Help Desk Coordinator' });
    expect(typeof matches[0].score).toBe('number');
    expect(matches[0].reasons.length).toBeGreaterThan(0);
  });

  it('fit <profile> --spec <spec> --json → { results: [{ specId, title, verdict, explanation, missing }] }', async () => {
    const t = io();
    expect(await main(['fit', 'BS in Computer Science, 18 months production support', '--spec', 'Production Coordinator', '--json'], t)).toBe(0);
    const { results } = JSON.parse(t.stdout.join(''));
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ specId: 'ky-production-coordinator', verdict: 'does-not-meet' });
    expect(results[0].missing[0]).toBe('2½ more years of production support experience');
  });

  it('usage errors are one clear line, no stack', async () => {
    const t = io();
    expect(await main(['fit', '--spec'], t)).toBe(2);
    expect(t.stderr.join('\n')).toMatch(/--spec needs a value/);
    const u = io();
    expect(await main(['compare', '--bogus'], u)).toBe(2);
    expect(u.stderr.join('')).toMatch(/unknown option/);
  });
});
