/**
 * `classbot` command-line entry: dispatches to one module per command (adapters/cli/commands/).
 * Each command module exports `run(argv, io)` and returns the process exit code.
 */
import type { CliIO } from './io.js';
import { processIO } from './io.js';

type CommandModule = { run(argv: string[], io: CliIO): Promise<number>; summary: string };

/** Every command, registered in one place. Loaded lazily so `classbot specs` does not load Bolt or botbuilder. */
const commands: Record<string, () => Promise<CommandModule>> = {
  specs: () => import('./commands/specs.js'),
  show: () => import('./commands/show.js'),
  search: () => import('./commands/search.js'),
  ask: () => import('./commands/ask.js'),
  compare: () => import('./commands/compare.js'),
  similar: () => import('./commands/similar.js'),
  fit: () => import('./commands/fit.js'),
  serve: () => import('./commands/serve.js'),
  index: () => import('./commands/index-build.js'),
};

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(await usage());
    return name ? 0 : 1;
  }
  const load = commands[name];
  if (!load) {
    io.err(`classbot: unknown command "${name}". Run \`classbot help\` for the list.`);
    return 2;
  }
  try {
    return await (await load()).run(rest, io);
  } catch (error) {
    // Last line of defence: one clear line, no stack trace (set CLASSBOT_DEBUG=1 for it).
    io.err(`classbot ${name}: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.CLASSBOT_DEBUG) io.err(String((error as Error)?.stack ?? ''));
    return 1;
  }
}

async function usage(): Promise<string> {
  const lines = ['Usage: classbot <command> [options]   (every command takes --json and --data DIR)', ''];
  for (const [name, load] of Object.entries(commands)) {
    const summary = await load().then((m) => m.summary, () => '');
    lines.push(`  ${name.padEnd(9)} ${summary}`);
  }
  return lines.join('\n');
}
