/**
 * `classbot serve [--data DIR]`: run the server (same as `npm start`): playground, Teams, Slack, probes.
 * Configuration comes from the environment / .env (see .env.example); --data overrides CLASSBOT_DATA.
 */
import type { CliIO } from '../io.js';

export const summary = 'run the server: web playground, Teams /api/messages, Slack (see .env.example)';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = [...argv];
  while (args.length) {
    const arg = args.shift()!;
    if (arg === '--data' || arg.startsWith('--data=')) {
      const dir = arg === '--data' ? args.shift() : arg.slice('--data='.length);
      if (!dir) {
        io.err('classbot serve: --data needs a folder of spec files');
        return 2;
      }
      process.env.CLASSBOT_DATA = dir;
    } else if (arg === '--json') {
      // Logs are JSON lines already when not on a terminal; accepted for symmetry with other commands.
    } else if (arg === '--help' || arg === '-h') {
      io.out(`Usage: classbot serve [--data DIR]\n  ${summary}\n  PORT, HOST, LOG_LEVEL, Slack and Teams settings come from the environment (.env.example).`);
      return 0;
    } else {
      io.err(`classbot serve: unknown option "${arg}" (usage: classbot serve [--data DIR])`);
      return 2;
    }
  }
  const { runServer } = await import('../../../src/server/main.js');
  return runServer();
}
