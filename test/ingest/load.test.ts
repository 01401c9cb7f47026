/** Strict but forgiving ingest: bad files are named and skipped, bad folders are a clear typed error. */
import { mkdtemp, writeFile, cp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusFolderError, loadSpecs, MAX_SPEC_BYTES, validateSpecs } from '../../src/ingest/load.js';
import { parseSpec } from '../../src/ingest/parse.js';
import { assignIds } from '../../src/ingest/ids.js';
import { SEEDS } from './helpers.js';

const tempDir = () => mkdtemp(join(tmpdir(), 'classbot-load-'));

describe('folder errors', () => {
  it('rejects an empty folder with a CorpusFolderError naming it', async () => {
    const dir = await tempDir();
    const error = await loadSpecs(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusFolderError);
    expect(error).toMatchObject({ reason: 'empty', message: `no spec files (*.txt) in ${dir}` });
  });

  it('rejects a missing folder and a file given as the folder', async () => {
    await expect(loadSpecs('/nonexistent/classbot')).rejects.toMatchObject({ name: 'CorpusFolderError', reason: 'missing' });
    await expect(loadSpecs(join(SEEDS, '000_991ad9cb75c22251.txt'))).rejects.toMatchObject({ reason: 'not-a-folder' });
  });
});

describe('bad files among good ones', () => {
  it('names each bad file with its reason and still loads the five seeds', async () => {
    const dir = await tempDir();
    await cp(SEEDS, dir, { recursive: true });
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'blank.txt'), '\r\n\t  \n');
    await writeFile(join(dir, 'huge.txt'), 'JOB TITLE: HUGE\n'.padEnd(MAX_SPEC_BYTES + 10, 'x'));
    await writeFile(join(dir, 'garbage.txt'), '%%%% 1234 !!!! ---- ^^^^ 5678\n~~~~ ####\n');
    await writeFile(join(dir, 'latin1.txt'), Buffer.from('CLASS TITLE: CAF\xc9 WORKER\n', 'latin1'));
    await mkdir(join(dir, 'folder.txt'));
    await writeFile(join(dir, 'README.md'), '# not a spec');
    const { specs, problems } = await loadSpecs(dir);
    expect(specs.map((s) => s.file)).toEqual([
      '000_991ad9cb75c22251.txt',
      '001_731a8c7577fb6c06.txt',
      '002_9fc7cfa618933aaf.txt',
      '003_797f3f487752e6c5.txt',
      '004_72fa3cea5dbff242.txt',
    ]);
    expect(problems).toEqual([
      { file: 'binary.txt', message: 'binary file (not UTF-8 text)' },
      { file: 'blank.txt', message: 'empty file (whitespace only)' },
      { file: 'empty.txt', message: 'empty file' },
      { file: 'folder.txt', message: 'not a regular file' },
      { file: 'garbage.txt', message: 'cannot parse: no readable text' },
      { file: 'huge.txt', message: 'file too large (2.0 MB; the limit is 2.0 MB)' },
      { file: 'latin1.txt', message: 'binary file (not UTF-8 text)' },
    ]);
  });

  it('validates every record: a field that fails the schema is named, the other records load', async () => {
    const dir = await tempDir();
    await cp(join(SEEDS, '003_797f3f487752e6c5.txt'), join(dir, 'provo.txt'));
    const { specs } = await loadSpecs(dir);
    const broken = { ...specs[0]!, file: 'broken.txt', pay: [{ period: 'fortnight', min: -1, source: { section: 'PAY', quote: '$-1' } }] };
    const result = validateSpecs([specs[0], broken]);
    expect(result.specs.map((s) => s.file)).toEqual(['provo.txt']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.file).toBe('broken.txt');
    expect(result.problems[0]!.message).toMatch(/^invalid spec record: pay\.0\.period: .*; pay\.0\.min: /);
  });

  it('does not store an impossible date', async () => {
    const spec = parseSpec('CLASS TITLE: CLERK\nTITLE CODE: 1\nDATE CLASS ESTABLISHED: 02/30/2020\nDATE OF LAST REVISION: 02/28/2021\n', 'd.txt');
    expect(spec.established).toBeUndefined();
    expect(spec.revised?.date).toBe('2021-02-28');
  });
});

describe('unknown layouts', () => {
  it('fall back to generic headings and still load with a title and sections', () => {
    const text = [
      'COUNTY OF MARIN',
      '',
      'NETWORK ANALYST',
      '',
      'DEFINITION',
      'Plans and maintains the county network.',
      '',
      'Typical Duties:',
      '- Configures routers and switches.',
      '- Resets passwords for staff.',
      '',
      'MINIMUM QUALIFICATIONS',
      "A bachelor's degree and two years of network administration experience.",
    ].join('\n');
    const spec = parseSpec(text, 'marin.txt');
    expect(spec.layout).toBe('generic');
    expect(spec.title).toBe('Network Analyst');
    expect(spec.jurisdiction).toMatchObject({ name: 'County of Marin', kind: 'county' });
    expect(spec.sections.map((s) => s.heading)).toEqual(['DEFINITION', 'Typical Duties', 'MINIMUM QUALIFICATIONS']);
    expect(spec.duties.map((d) => d.value)).toEqual(['Configures routers and switches', 'Resets passwords for staff']);
    expect(spec.minimumQualifications?.experience?.value).toBe('two years of network administration experience');
    expect(spec.minimumQualifications?.education?.value).toBe("A bachelor's degree");
  });

  it('trusts generic labels ("Title:", "Date:") only in the header', () => {
    const body = Array.from({ length: 30 }, (_, i) => `Line ${i} of the description.`).join('\n');
    const spec = parseSpec(`RECORDS CLERK\n\nDEFINITION\n${body}\nTitle: 28 CFR Part 115\nDate: 01/02/2003\n`, 'late.txt');
    expect(spec.title).toBe('Records Clerk');
    expect(spec.revised).toBeUndefined();
  });

  it('never invents a jurisdiction from "state of the art"', () => {
    const spec = parseSpec('WEB DEVELOPER\n\nDUTIES\nBuilds state of the art websites for the City-wide intranet.\n', 'web.txt');
    expect(spec.jurisdiction).toEqual({ name: null, kind: 'unknown' });
  });
});

describe('ids', () => {
  it('are slugs of jurisdiction and title, made unique by code then counter', () => {
    const base = parseSpec('Title: Clerk II\tJob Code: 77\nDEFINITION: Files.\n', 'a.txt');
    const other = parseSpec('Title: Clerk II\tJob Code: 78\nDEFINITION: Files.\n', 'b.txt');
    const third = parseSpec('Title: Clerk II\tJob Code: 78\nDEFINITION: Files.\n', 'c.txt');
    expect(assignIds([base, other, third]).map((s) => s.id)).toEqual(['clerk-ii', 'clerk-ii-78', 'clerk-ii-2']);
  });
});
