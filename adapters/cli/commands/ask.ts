/**
 * `classbot ask <question> [--json] [--data DIR]`: one question, answered by the engine.
 * `classbot ask --json` with no question reads questions from stdin, one per line, and prints one
 * JSON Answer per line (batch mode for scripts and evaluations).
 */
import type { CliIO } from '../io.js';
import { loadEngine, parseArgs, renderText } from './engine-common.js';

export const summary = 'ask a question ("what is the grade of Production Coordinator?"); --json without a question reads stdin lines';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, []);
  if ('error' in args) {
    io.err(`classbot ask: ${args.error}`);
    return 2;
  }
  if (args.help) {
    io.out(`Usage: classbot ask <question> [--json] [--data DIR]\n  ${summary}`);
    return 0;
  }
  const question = args.positional.join(' ').trim();
  const engine = await loadEngine(args.data, io);
  if (!engine) return 1;
  if (!question) {
    const lines = io.stdinLines();
    if (!args.json || !lines) {
      io.err('classbot ask: give a question, e.g. classbot ask "what is the grade of Production Coordinator?" (or pipe questions into `ask --json`)');
      return 2;
    }
    for await (const line of lines) {
      if (!line.trim()) continue;
      io.out(JSON.stringify(engine.handle(line)));
    }
    return 0;
  }
  const answer = engine.handle(question);
  io.out(args.json ? JSON.stringify(answer, null, 2) : renderText(answer));
  return 0;
}
