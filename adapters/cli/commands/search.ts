/** `classbot search <terms> [--limit N] [--json] [--data DIR]`: ranked passages with spec, section and snippet. */
import type { SearchHit } from '../../../src/corpus.js';
import type { CliIO } from '../io.js';
import { loadCliCorpus, parseCliArgs, printJson } from '../common.js';

export const summary = 'full-text search of every section ("password resets", "IT help desk")';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseCliArgs(argv, ['--limit']);
  if ('error' in args) {
    io.err(`classbot search: ${args.error}`);
    return 2;
  }
  const terms = args.positional.join(' ').trim();
  if (args.help || terms === '') {
    io.out(`Usage: classbot search <terms> [--limit N] [--json] [--data DIR]\n  ${summary}`);
    return args.help ? 0 : 2;
  }
  const limit = args.options.limit === undefined ? 10 : Number(args.options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    io.err('classbot search: --limit must be a whole number from 1 to 100');
    return 2;
  }
  const corpus = await loadCliCorpus(args.data, io);
  if (!corpus) return 1;
  const hits = corpus.search(terms, { limit });
  if (args.json) {
    printJson(io, hits);
    return 0;
  }
  if (hits.length === 0) {
    io.out(`No passage matches "${terms}".`);
    return 0;
  }
  hits.forEach((hit, i) => io.out(formatHit(hit, i + 1)));
  return 0;
}

/** Terminal rendering: matched words in [brackets]. */
export function highlight(hit: SearchHit, open = '[', close = ']'): string {
  let out = '';
  let at = 0;
  for (const [start, end] of hit.snippet.matches) {
    out += hit.snippet.text.slice(at, start) + open + hit.snippet.text.slice(start, end) + close;
    at = end;
  }
  return out + hit.snippet.text.slice(at);
}

function formatHit(hit: SearchHit, rank: number): string {
  const where = `${hit.title}${hit.jurisdiction ? ` (${hit.jurisdiction})` : ''} — ${hit.section}`;
  return `${rank}. ${where}  [${hit.specId}, score ${hit.score.toFixed(2)}]\n   ${highlight(hit)}\n`;
}
