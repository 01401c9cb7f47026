/** The classbot CLI's corpus commands (specs, show, search): through main() with a buffer, and one real process. */
import { execFile } from 'node:child_process';
import { mkdtemp, cp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../adapters/cli/main.js';
import type { CliIO } from '../../adapters/cli/io.js';
import type { ClassSpec } from '../../src/model/spec.js';
import { LA, SEEDS } from '../ingest/helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t), stdinLines: () => undefined, env };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('classbot specs', () => {
  it('--json prints every spec as a ClassSpec record', async () => {
    const { code, out, err } = await cli(['specs', '--json', '--data', SEEDS]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const specs = JSON.parse(out) as ClassSpec[];
    expect(specs.map((s) => s.id)).toEqual([
      'ky-production-specialist-ii',
      'ky-production-coordinator',
      'information-systems-technician-ii-specialist',
      'provo-information-systems-technician-ii',
      'it-help-desk-coordinator',
    ]);
    for (const spec of specs) expect(spec).toMatchObject({ id: expect.any(String), title: expect.any(String), jurisdiction: { kind: expect.any(String) } });
    const ps = specs[0]!;
    expect(ps.pay.map((p) => [p.period, p.min, p.mid, p.hoursPerWeek ?? null])).toEqual([
      ['hour', 13.581, 17.99, null],
      ['month', 2206.92, 2923.38, 37.5],
      ['month', 2354.04, 3118.28, 40],
    ]);
    expect(specs[2]!.duties).toHaveLength(27);
    expect(specs[2]!.jurisdiction).toEqual({ name: null, kind: 'unknown' });
  });

  it('lists readable lines, from CLASSBOT_DATA when no --data is given', async () => {
    const { code, out } = await cli(['specs'], { CLASSBOT_DATA: LA });
    expect(code).toBe(0);
    expect(out).toContain('7 specs from');
    expect(out).toMatch(/los-angeles-systems-aide\s+Systems Aide\n\s+City of Los Angeles · Class Code 1599/);
  });

  it('defaults to the repository\'s index-data/', async () => {
    const { code, out } = await cli(['specs', '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(out) as ClassSpec[]).map((s) => s.file)).toHaveLength(5);
  });

  it('names skipped files on stderr and still lists the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'classbot-cli-'));
    await cp(SEEDS, dir, { recursive: true });
    await writeFile(join(dir, 'zz-binary.txt'), Buffer.from([0, 1, 2, 3, 255, 254]));
    const { code, out, err } = await cli(['specs', '--data', dir]);
    expect(code).toBe(0);
    expect(out).toContain('5 specs from');
    expect(err).toBe('classbot: skipped zz-binary.txt: binary file (not UTF-8 text)');
  });

  it('gives one clear line, no stack trace, for a missing or empty folder', async () => {
    const missing = await cli(['specs', '--data', '/nonexistent/specs']);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('classbot: cannot load specs: spec folder not found: /nonexistent/specs');
    const empty = await cli(['specs', '--data', await mkdtemp(join(tmpdir(), 'classbot-empty-'))]);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/^classbot: cannot load specs: no spec files \(\*\.txt\) in \S+$/);
    expect(`${missing.err}${empty.err}`).not.toMatch(/\n\s+at /);
  });

  it('rejects unknown options', async () => {
    const { code, err } = await cli(['specs', '--jsn']);
    expect(code).toBe(2);
    expect(err).toBe('classbot specs: unknown option "--jsn"');
  });
});

describe('classbot show', () => {
  it('shows one spec by title, readable, with the pay and the warning', async () => {
    const { code, out } = await cli(['show', 'Production', 'Specialist', 'II', '--data', SEEDS]);
    expect(code).toBe(0);
    expect(out).toContain('Production Specialist II — Commonwealth of Kentucky');
    expect(out).toContain('min $13.581, mid $17.990 an hour');
    expect(out).toContain('min $2,206.92, mid $2,923.38 a month (37.5 h/week)');
    expect(out).toContain('! The hourly pay is printed as "$13,581-$17,990"');
  });

  it('shows by id as JSON, and resolves abbreviations and typos through the title index', async () => {
    const byId = await cli(['show', 'ky-production-coordinator', '--json', '--data', SEEDS]);
    expect(JSON.parse(byId.out)).toMatchObject({ id: 'ky-production-coordinator', grade: { value: '14' } });
    const typo = await cli(['show', 'prodution coordinator', '--json', '--data', SEEDS]);
    expect(JSON.parse(typo.out).id).toBe('ky-production-coordinator');
    const abbreviation = await cli(['show', 'PS II', '--json', '--data', SEEDS]);
    expect(JSON.parse(abbreviation.out).id).toBe('ky-production-specialist-ii');
  });

  it('asks which one when a title is ambiguous, and says when nothing matches', async () => {
    const ambiguous = await cli(['show', 'IST II', '--data', SEEDS]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.err).toContain('matches several specs');
    expect(ambiguous.err).toContain('[provo-information-systems-technician-ii]');
    expect(ambiguous.err).toContain('[information-systems-technician-ii-specialist]');
    const none = await cli(['show', 'zebra keeper', '--data', SEEDS]);
    expect(none.code).toBe(1);
    expect(none.err).toBe('classbot show: no spec matches "zebra keeper". Run `classbot specs` for the list.');
    expect((await cli(['show'])).code).toBe(2);
  });
});

describe('classbot search', () => {
  it('prints ranked passages with spec, section and the matches marked', async () => {
    const { code, out } = await cli(['search', 'password', 'resets', '--data', SEEDS]);
    expect(code).toBe(0);
    expect(out).toMatch(/^1\. I\.T\. Help Desk Coordinator — Technical Duties {2}\[it-help-desk-coordinator, score [\d.]+\]/);
    expect(out).toContain('[Resets] [passwords]; applies security procedures');
  });

  it('--json gives hits with snippet text and match ranges; --limit bounds them', async () => {
    const { out } = await cli(['search', 'IT help desk', '--json', '--limit', '2', '--data', SEEDS]);
    const hits = JSON.parse(out) as Array<{ specId: string; section: string; snippet: { text: string; matches: [number, number][] } }>;
    expect(hits).toHaveLength(2);
    expect(hits[0]!.specId).toBe('it-help-desk-coordinator');
    for (const hit of hits) expect(hit.snippet.matches.length).toBeGreaterThan(0);
    expect((await cli(['search', 'x', '--limit', '0'])).code).toBe(2);
  });
});

describe('classbot as a process', () => {
  it('`npx tsx adapters/cli/run.ts specs --json` prints the five specs', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'adapters/cli/run.ts', 'specs', '--json'], {
      cwd: ROOT,
      env: { ...process.env, CLASSBOT_DATA: '' },
      maxBuffer: 20 * 1024 * 1024,
    });
    const specs = JSON.parse(stdout) as ClassSpec[];
    expect(specs.map((s) => s.title)).toEqual([
      'Production Specialist II',
      'Production Coordinator',
      'Information Systems Technician II (Specialist)',
      'Information Systems Technician II',
      'I.T. Help Desk Coordinator',
    ]);
  }, 60_000);
});
