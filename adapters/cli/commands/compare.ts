/** `classbot compare <a> <b> [...] [--json]`: specs side by side (each argument is a title, part of one, or an id). */
import type { CliIO } from '../io.js';
import { loadEngine, parseArgs, renderText } from './engine-common.js';
import { splitRefs } from '../../../src/engine/route.js';

export const summary = 'compare two or more specs side by side ("compare PS II vs Production Coordinator")';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, []);
  if ('error' in args) {
    io.err(`classbot compare: ${args.error}`);
    return 2;
  }
  if (args.help || args.positional.length === 0) {
    io.out('Usage: classbot compare <spec> <spec> [...] [--json] [--data DIR]   (or: classbot compare "A vs B")');
    return args.help ? 0 : 2;
  }
  // One argument holding "A vs B", or one spec per argument.
  const refs = args.positional.length === 1 ? splitRefs(args.positional[0]!, true) : args.positional;
  const engine = await loadEngine(args.data, io);
  if (!engine) return 1;
  const answer = engine.compare(refs);
  io.out(args.json ? JSON.stringify(answer, null, 2) : renderText(answer));
  return answer.kind === 'comparison' ? 0 : 1;
}
