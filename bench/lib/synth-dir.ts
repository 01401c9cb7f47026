/** Synthetic corpora for benchmarks, generated once per (count, seed) into the temp folder and reused. */
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSynthCorpus } from '../../scripts/synth-corpus.js';

export async function synthCorpusDir(count: number, seed = 1): Promise<string> {
  const dir = join(tmpdir(), 'classbot-bench', `synth-${count}-s${seed}`);
  const marker = join(dir, '.complete');
  if (existsSync(marker) && (await readFile(marker, 'utf8')) === String(count)) return dir;
  await rm(dir, { recursive: true, force: true });
  await writeSynthCorpus({ count, out: dir, seed });
  await writeFile(marker, String(count));
  return dir;
}
