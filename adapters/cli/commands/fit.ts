/**
 * `classbot fit <profile> [--spec <spec>] [--json]`: a candidate's education and experience against
 * one spec's minimum qualifications (or every spec's). The profile is free text:
 * "BS in Computer Science, 18 months production support", or résumé lines with date ranges.
 */
import type { CliIO } from '../io.js';
import { loadEngine, parseArgs, renderText } from './engine-common.js';

export const summary = 'check a candidate profile against minimum qualifications (--spec for one spec)';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ['--spec']);
  if ('error' in args) {
    io.err(`classbot fit: ${args.error}`);
    return 2;
  }
  const profile = args.positional.join(' ').trim();
  if (args.help || !profile) {
    io.out('Usage: classbot fit "<profile>" [--spec <spec>] [--json] [--data DIR]\n  e.g. classbot fit "HS diploma, 4 yrs production support" --spec "Production Specialist II"');
    return args.help ? 0 : 2;
  }
  const engine = await loadEngine(args.data, io);
  if (!engine) return 1;
  const answer = engine.fit(profile, args.options.spec ? { spec: args.options.spec } : {});
  if (args.json) {
    const results = (answer.fit?.results ?? []).map((r) => ({
      specId: r.specId,
      title: r.title,
      verdict: r.verdict,
      explanation: r.explanation,
      missing: r.missing,
      path: r.path,
      interpretation: r.interpretation,
    }));
    io.out(JSON.stringify({ profile: answer.fit?.profile, profileSummary: answer.fit?.profileSummary, results, answer }, null, 2));
  } else io.out(renderText(answer));
  return answer.kind === 'fit' ? 0 : 1;
}
