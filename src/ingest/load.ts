/**
 * loadSpecs: read every spec document in a folder, parse each, validate it against the ClassSpec schema.
 * Strict but forgiving: a bad file becomes a `LoadProblem` naming the file and the reason; the rest still loads.
 * A missing, unreadable or empty folder is a `CorpusFolderError` (a whole-corpus failure).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ClassSpec } from '../model/spec.js';
import { CorpusFolderError, type LoadProblem } from './errors.js';
import { parseSpec } from './parse.js';
import { assignIds } from './ids.js';
import { reconcileFamilies } from './family.js';

export type { LoadProblem } from './errors.js';
export { CorpusFolderError } from './errors.js';

/** Largest spec file accepted. Real class specs and bulletins are 3–20 KB; 2 MB leaves ample room. */
export const MAX_SPEC_BYTES = 2 * 1024 * 1024;

const READ_CONCURRENCY = 32;

/** Files considered spec documents (others, e.g. README.md or SOURCES.md, are ignored). */
const SPEC_FILE = /\.txt$/i;

export interface LoadResult {
  specs: ClassSpec[];
  problems: LoadProblem[];
}

export async function loadSpecs(dir: string): Promise<LoadResult> {
  const files = await listSpecFiles(dir);
  const problems: LoadProblem[] = [];
  const parsed: ClassSpec[] = [];
  // Reads overlap (a few dozen at a time); parsing is synchronous CPU work. Results keep the files' order.
  for (let start = 0; start < files.length; start += READ_CONCURRENCY) {
    const batch = files.slice(start, start + READ_CONCURRENCY);
    const outcomes = await Promise.all(batch.map((file) => loadOne(dir, file)));
    outcomes.forEach((outcome, i) => {
      if ('problem' in outcome) problems.push({ file: batch[i]!, message: outcome.problem });
      else parsed.push(outcome.spec);
    });
  }
  // Cross-document steps: facts one file cannot settle alone (pay period inferred from the family), unique ids.
  reconcileFamilies(parsed);
  // Validate last, so the final record (ids included) is what the schema checked.
  const validated = validateSpecs(assignIds(parsed));
  return { specs: validated.specs, problems: [...problems, ...validated.problems].sort((a, b) => a.file.localeCompare(b.file)) };
}

/** Check each record against the ClassSpec schema; a failing record becomes a problem naming its file and field. */
export function validateSpecs(records: readonly unknown[]): LoadResult {
  const specs: ClassSpec[] = [];
  const problems: LoadProblem[] = [];
  for (const record of records) {
    const result = ClassSpec.safeParse(record);
    if (result.success) specs.push(result.data);
    else {
      const file = (record as { file?: unknown })?.file;
      problems.push({ file: typeof file === 'string' ? file : '(unknown file)', message: `invalid spec record: ${describeZodError(result.error)}` });
    }
  }
  return { specs, problems };
}

async function listSpecFiles(dir: string): Promise<string[]> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new CorpusFolderError(dir, 'missing', `spec folder not found: ${dir}`);
  }
  if (!info.isDirectory()) throw new CorpusFolderError(dir, 'not-a-folder', `not a folder: ${dir}`);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new CorpusFolderError(dir, 'unreadable', `cannot read spec folder ${dir}: ${(error as Error).message}`);
  }
  const files = names.filter((name) => SPEC_FILE.test(name) && !name.startsWith('.')).sort();
  if (files.length === 0) {
    throw new CorpusFolderError(dir, 'empty', `no spec files (*.txt) in ${dir}`);
  }
  return files;
}

type Outcome = { spec: ClassSpec } | { problem: string };

async function loadOne(dir: string, file: string): Promise<Outcome> {
  const path = join(dir, file);
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { problem: 'not a regular file' };
    if (info.size === 0) return { problem: 'empty file' };
    if (info.size > MAX_SPEC_BYTES) {
      return { problem: `file too large (${formatBytes(info.size)}; the limit is ${formatBytes(MAX_SPEC_BYTES)})` };
    }
    bytes = await readFile(path);
  } catch (error) {
    return { problem: `cannot read file: ${(error as Error).message}` };
  }
  const text = decodeText(bytes);
  if (text === undefined) return { problem: 'binary file (not UTF-8 text)' };
  if (text.trim() === '') return { problem: 'empty file (whitespace only)' };
  try {
    return { spec: parseSpec(text, file) };
  } catch (error) {
    return { problem: `cannot parse: ${(error as Error).message}` };
  }
}

/** UTF-8 text, or undefined for binary content (NUL bytes, invalid UTF-8, mostly control characters). */
function decodeText(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const control = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (control > text.length * 0.01) return undefined;
  return text.replace(/^\uFEFF/, '');
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

function describeZodError(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`)
    .join('; ');
}
