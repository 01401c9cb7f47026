import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PUBLISHERS, synthDoc, synthDocs, writeSynthCorpus } from '../../scripts/synth-corpus.js';

const digest = (texts: string[]): string => {
  const hash = createHash('sha256');
  for (const t of texts) hash.update(t).update('\0');
  return hash.digest('hex');
};

describe('synthetic corpus generator', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('is deterministic: the same seed writes the same bytes, another seed other bytes', async () => {
    const a = await mkdtemp(join(tmpdir(), 'synth-a-'));
    const b = await mkdtemp(join(tmpdir(), 'synth-b-'));
    dirs.push(a, b);
    await writeSynthCorpus({ count: 40, out: a, seed: 7 });
    await writeSynthCorpus({ count: 40, out: b, seed: 7 });
    const files = (await readdir(a)).sort();
    expect(files).toHaveLength(40);
    expect((await readdir(b)).sort()).toEqual(files);
    const read = (dir: string) => Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
    expect(digest(await read(b))).toBe(digest(await read(a)));

    const other = [...synthDocs(40, 8)].map((d) => d.text);
    expect(digest(other)).not.toBe(digest(await read(a)));
  });

  it('document i does not depend on the corpus size (a small corpus is a prefix of a large one)', () => {
    const small = [...synthDocs(20, 3)];
    for (const doc of small) expect(synthDoc(3, Number(doc.file.match(/\d+/)?.[0])).text).toBe(doc.text);
  });

  it('covers every layout, about 3 KB a document, with unique (jurisdiction, title) pairs', () => {
    const docs = [...synthDocs(5000, 1)];
    const layouts = new Set(docs.map((d) => d.layout));
    expect([...layouts].sort()).toEqual(['kentucky-new', 'kentucky-old', 'la-bulletin', 'provo', 'state-help-desk', 'task-list']);
    const keys = new Set(docs.map((d) => `${d.layout}|${d.jurisdiction}|${d.title.toLowerCase()}`));
    expect(keys.size).toBe(docs.length);
    const mean = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / docs.length;
    expect(mean).toBeGreaterThan(2000);
    expect(mean).toBeLessThan(4500);
    expect(new Set(docs.map((d) => d.title)).size).toBeGreaterThan(docs.length / PUBLISHERS.length);
  });

  it('keeps pay consistent across periods (Kentucky new: monthly = hourly × hours × 52 / 12)', () => {
    for (const doc of [...synthDocs(200, 5)].filter((d) => d.layout === 'kentucky-new')) {
      const hourly = doc.pay!.low;
      const m40 = doc.text.match(/\\\$([\d,.]+)-\\\$[\d,.]+ - 40 Hr\. Monthly Salary/)?.[1];
      expect(Number(m40!.replace(/,/g, ''))).toBeCloseTo((hourly * 40 * 52) / 12, 1);
    }
  });

  it('keeps LA bulletins in their published CRLF line endings, other layouts in LF', () => {
    for (const doc of synthDocs(32, 1)) {
      if (doc.layout === 'la-bulletin') expect(doc.text).toMatch(/\r\n/);
      else expect(doc.text).not.toMatch(/\r/);
    }
  });
});
