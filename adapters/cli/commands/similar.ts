/** `classbot similar <spec> [--json]`: the most similar specs, best first, with reasons. */
import type { CliIO } from '../io.js';
import { loadEngine, parseArgs, renderText } from './engine-common.js';

export const summary = 'rank the specs most similar to one spec, with reasons';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, []);
  if ('error' in args) {
    io.err(`classbot similar: ${args.error}`);
    return 2;
  }
  const ref = args.positional.join(' ').trim();
  if (args.help || !ref) {
    io.out('Usage: classbot similar <spec title or id> [--json] [--data DIR]');
    return args.help ? 0 : 2;
  }
  const engine = await loadEngine(args.data, io);
  if (!engine) return 1;
  const answer = engine.similar(ref);
  if (args.json) {
    const matches = (answer.kind === 'similar' ? (answer.items ?? []) : []).map((i) => ({
      specId: i.spec.id,
      title: i.spec.title,
      jurisdiction: i.spec.jurisdiction,
      score: i.score ?? 0,
      reasons: i.reasons ?? [],
    }));
    io.out(JSON.stringify({ spec: answer.kind === 'similar' ? answer.specs[0] : undefined, matches, answer }, null, 2));
  } else io.out(renderText(answer));
  return answer.kind === 'similar' ? 0 : 1;
}
