/** Shared test helpers: the seed folder, the LA fixtures, parsing a file, walking every source quote. */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpecs } from '../../src/ingest/load.js';
import type { ClassSpec } from '../../src/model/spec.js';

export const SEEDS = fileURLToPath(new URL('../../index-data/', import.meta.url));
export const LA = fileURLToPath(new URL('../fixtures/la/', import.meta.url));

export async function loadSeeds(): Promise<Map<string, ClassSpec>> {
  const { specs, problems } = await loadSpecs(SEEDS);
  if (problems.length > 0) throw new Error(`seed problems: ${JSON.stringify(problems)}`);
  return new Map(specs.map((spec) => [spec.file.slice(0, 3), spec]));
}

/** A temp folder holding the five seeds and the seven LA bulletins. */
export async function allTwelve(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'classbot-twelve-'));
  for (const from of [SEEDS, LA]) {
    for (const name of await readdir(from)) if (name.endsWith('.txt')) await cp(join(from, name), join(dir, name));
  }
  return dir;
}

export function rawText(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** Every { section, quote } in a record, with its path. */
export function sources(value: unknown, path = ''): Array<{ path: string; section: string; quote: string }> {
  if (Array.isArray(value)) return value.flatMap((item, i) => sources(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = typeof record.section === 'string' && typeof record.quote === 'string'
    ? [{ path, section: record.section, quote: record.quote }]
    : [];
  return [...own, ...Object.entries(record).flatMap(([key, child]) => sources(child, path ? `${path}.${key}` : key))];
}
