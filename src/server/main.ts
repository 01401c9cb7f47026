/**
 * Process entry for the server (`npm start`, `classbot serve`, the container's CMD).
 *
 * Exit codes: 0 after a graceful shutdown (SIGTERM/SIGINT), 2 for invalid configuration (one line on
 * stderr naming the variable), 1 when the server cannot start (port in use, unreadable data folder).
 */
import { existsSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ConfigError, loadConfig, readEnv } from '../config.js';
import { createLogger, type Logger } from '../log.js';
import { StartupError, startServer } from './app.js';

export async function runServer(): Promise<number> {
  let config;
  try {
    config = loadConfig(readEnv(process.env));
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`classbot: invalid configuration: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  const logger = createLogger({ level: config.logLevel });
  installProcessGuards(logger);

  // Signals are handled from the first moment: one arriving while specs load stops right after start-up.
  let stopping = false;
  let startFailed = false;
  let stopped: (code: number) => void = () => {};
  const done = new Promise<number>((resolve) => (stopped = resolve));
  const started = startServer({ config, logger });
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'signal received');
    started
      .then((server) => server.close())
      .then(
        () => stopped(0),
        (error: unknown) => {
          // A failed start is reported below; anything else failed while closing.
          if (!startFailed) logger.error({ err: error }, 'error during shutdown');
          stopped(1);
        },
      );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  try {
    await started;
  } catch (error) {
    startFailed = true;
    const message = error instanceof Error ? error.message : String(error);
    // Operator-fixable failures get one line; anything else keeps its stack in the log for a bug report.
    if (isOperatorError(error)) logger.fatal({ reason: message }, 'classbot could not start');
    else logger.fatal({ err: error }, 'classbot could not start');
    process.stderr.write(`classbot: could not start: ${message}\n`);
    return 1;
  }
  // Graceful shutdown: the first signal drains and exits 0; a second one exits at once.
  return done;
}

function isOperatorError(error: unknown): boolean {
  return error instanceof StartupError || (error instanceof Error && error.name === 'CorpusFolderError');
}

/** A stray rejected promise is a bug to log, not a reason to drop every other conversation. */
export function installProcessGuards(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection (process kept running)');
  });
  process.on('uncaughtException', (error, origin) => {
    // State may be corrupt after a synchronous throw nobody caught: log it and let the supervisor restart us.
    logger.fatal({ err: error, origin }, 'uncaught exception; exiting');
    logger.flush?.();
    process.exit(1);
  });
}

// Run when executed directly (node dist/src/server/main.js, tsx src/server/main.ts).
const entry = process.argv[1];
const invokedDirectly = entry !== undefined && existsSync(entry) && import.meta.url === pathToFileURL(realpathSync(entry)).href;
if (invokedDirectly) {
  const code = await runServer();
  process.exit(code);
}
