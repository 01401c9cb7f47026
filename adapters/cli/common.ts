/**
 * Helpers every `classbot` command shares: argument parsing (--json, --data DIR, --help, value options),
 * finding the data folder (--data, else CLASSBOT_DATA, else the repository's index-data/), loading the corpus
 * with problems reported on stderr, and resolving "<title or id>" to one spec.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../../src/corpus.js';
import type { ClassSpec } from '../../src/model/spec.js';
import type { CliIO } from './io.js';

export interface CliArgs {
  positional: string[];
  json: boolean;
  help: boolean;
  /** --data DIR as given (undefined when absent: see resolveDataDir). */
  data?: string;
  /** Named value options without their dashes, e.g. { limit: '5' }. */
  options: Record<string, string>;
}

/** Parse argv. `valueOptions` are the options that take a value, e.g. ['--limit']. */
export function parseCliArgs(argv: readonly string[], valueOptions: readonly string[] = []): CliArgs | { error: string } {
  const out: CliArgs = { positional: [], json: false, help: false, options: {} };
  const args = [...argv];
  while (args.length > 0) {
    const arg = args.shift()!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (name === '--json') out.json = true;
    else if (name === '--help' || name === '-h') out.help = true;
    else if (name === '--data' || valueOptions.includes(name)) {
      const value = inline ?? args.shift();
      if (value === undefined || value === '') return { error: `${name} needs a value` };
      if (name === '--data') out.data = value;
      else out.options[name.slice(2)] = value;
    } else if (name === '--') out.positional.push(...args.splice(0));
    else if (name.startsWith('--')) return { error: `unknown option "${name}"` };
    else out.positional.push(arg);
  }
  return out;
}

/** The repository's index-data/, found from this module's location (works from src and from dist/). */
export function defaultDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'index-data')) && existsSync(join(dir, 'package.json'))) return join(dir, 'index-data');
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return resolve('index-data');
}

/** --data DIR, else CLASSBOT_DATA, else the repository's index-data/. */
export function resolveDataDir(data: string | undefined, env: NodeJS.ProcessEnv): string {
  if (data) return resolve(data);
  if (env.CLASSBOT_DATA) return resolve(env.CLASSBOT_DATA);
  return defaultDataDir();
}

/** Load the corpus for a command: skipped files go to stderr; a folder problem is one line, no stack trace. */
export async function loadCliCorpus(data: string | undefined, io: CliIO): Promise<Corpus | undefined> {
  const dir = resolveDataDir(data, io.env);
  const { loadCorpus } = await import('../../src/corpus.js');
  try {
    const corpus = await loadCorpus(dir);
    printProblems(corpus, io);
    if (corpus.specs.length === 0) {
      io.err(`classbot: no spec in ${dir} could be loaded.`);
      return undefined;
    }
    return corpus;
  } catch (error) {
    io.err(`classbot: cannot load specs: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

export function printProblems(corpus: Pick<Corpus, 'problems'>, io: CliIO): void {
  for (const problem of corpus.problems) io.err(`classbot: skipped ${problem.file}: ${problem.message}`);
}

export type Resolved = { spec: ClassSpec } | { choices: ClassSpec[] } | { none: true };

/**
 * "<title or id>" → one spec: an exact id, an exact title (ambiguous when two jurisdictions share it),
 * then the title index (typos, partial titles, codes); a near tie between the top hits is ambiguous too.
 */
export function resolveSpec(corpus: Corpus, ref: string): Resolved {
  const wanted = ref.trim();
  const byId = corpus.byId.get(wanted.toLowerCase());
  if (byId) return { spec: byId };
  const sameTitle = corpus.specs.filter((spec) => spec.title.toLowerCase() === wanted.toLowerCase());
  if (sameTitle.length === 1) return { spec: sameTitle[0]! };
  if (sameTitle.length > 1) return { choices: sameTitle };
  const hits = corpus.searchTitles(wanted, { limit: 5 });
  if (hits.length === 0) return { none: true };
  // Several titles holding every word asked for ("IST II"): ask which one.
  const complete = hits.filter((hit) => hit.allTerms);
  if (complete.length > 1) return { choices: complete.map((hit) => corpus.byId.get(hit.specId)!).filter(Boolean) };
  if (complete.length === 1) return { spec: corpus.byId.get(complete[0]!.specId)! };
  const top = hits[0]!;
  const close = hits.filter((hit) => hit.score >= top.score * 0.9);
  const specs = close.map((hit) => corpus.byId.get(hit.specId)!).filter(Boolean);
  return specs.length === 1 ? { spec: specs[0]! } : { choices: specs };
}

/** "Production Specialist II (Commonwealth of Kentucky) [ky-production-specialist-ii]". */
export function specLabel(spec: ClassSpec): string {
  return `${spec.title}${spec.jurisdiction.name ? ` (${spec.jurisdiction.name})` : ''} [${spec.id}]`;
}

/** Write JSON to stdout, pretty-printed. */
export function printJson(io: CliIO, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
