/**
 * The one shared HTTP server (express 5): the web playground and its API, Teams at /api/messages,
 * Slack at /slack/events (or Socket Mode), and health probes. Everything answers from one engine.
 *
 * Start-up order: listen first (so /healthz answers while specs load), then load the corpus and build
 * the engine, then the channels. `startServer` resolves once all of that is done; /readyz tells a
 * load balancer the same thing.
 */
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import express from 'express';
import type { AppConfig } from '../config-shape.js';
import { describeConfig } from '../config.js';
import type { Engine } from '../engine/engine.js';
import { createLogger, type Logger } from '../log.js';
import { mountSlack, mountTeams, type Channels } from './channels.js';
import { healthRoutes, type Readiness } from './health.js';
import { errorHandler, notFound, requestLogging } from './middleware.js';

export interface StartServerOptions {
  config: AppConfig;
  /** A ready engine (tests, benchmarks); otherwise the corpus in config.dataDir is loaded. */
  engine?: Engine;
  logger?: Logger;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stop accepting, let in-flight requests finish (bounded), stop the channels. Idempotent. */
  close(): Promise<void>;
}

/** A start-up failure the operator can fix (port in use, no spec files): reported in one line, without a stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** How long close() waits for in-flight requests before cutting connections. */
const DRAIN_MS = 10_000;

export async function startServer(opts: StartServerOptions): Promise<RunningServer> {
  const { config } = opts;
  const bootStarted = performance.now();
  const logger = opts.logger ?? createLogger({ level: config.logLevel });
  const readiness: Readiness = { phase: 'starting', corpus: undefined, channels: {} };
  const channels: Channels = {};
  // Handlers swapped in once the engine exists; until then their routes answer 503.
  const late: { web?: express.Router; teams?: express.RequestHandler; slack?: express.RequestHandler } = {};

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(requestLogging(logger));
  app.use(healthRoutes(readiness, channels));
  app.post('/api/messages', ...mountTeams.route(() => late.teams));
  app.post('/slack/events', ...mountSlack.route(() => late.slack, Boolean(config.slack && !config.slack.appToken)));
  app.use((req, res, next) => {
    if (late.web) return late.web(req, res, next);
    if (req.path === '/' || req.path.startsWith('/api/')) {
      res.status(503).json({ error: 'classbot is starting; try again in a moment.', reqId: res.locals.reqId });
      return;
    }
    next();
  });
  app.use(notFound);
  app.use(errorHandler);

  const server = createServer({ requestTimeout: 30_000, headersTimeout: 15_000, keepAliveTimeout: 5_000 }, app);
  await listen(server, config.port, config.host);
  const port = (server.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  logger.info({ ...describeConfig(config), url, port }, 'classbot listening');
  if (!config.teams.appId && !isLoopback(config.host)) {
    // Anyone who can reach the port can then make the bot post replies to a serviceUrl of their choosing.
    logger.warn({ host: config.host }, 'the Teams endpoint is unauthenticated (no MicrosoftAppId) and reachable from the network');
  }

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      readiness.phase = 'stopping';
      logger.info('shutting down: no new connections, finishing in-flight requests');
      // Slack's socket stops taking events while HTTP requests drain; Teams then waits for its turns in flight.
      await Promise.allSettled([drain(server, DRAIN_MS), channels.slack?.stop()]);
      await Promise.allSettled([channels.teams?.stop()]);
      logger.info('stopped');
    })());

  try {
    const engine = opts.engine ?? (await loadEngine(config, logger, readiness));
    readiness.corpus ??= { specs: engine.specs().length, problems: 0 };

    const { webRoutes, loadRenderers } = await import('../../adapters/web/index.js');
    late.web = webRoutes({ engine, renderers: await loadRenderers() });
    readiness.channels.web = { ok: true };

    channels.teams = await mountTeams.create({ engine, config: config.teams, logger }, readiness);
    late.teams = channels.teams?.handler;

    if (config.slack) {
      channels.slack = await mountSlack.create({ engine, config: config.slack, logger }, readiness);
      late.slack = channels.slack?.handler;
    }
    readiness.phase = 'running';
    logger.info({ url, channels: Object.keys(readiness.channels), latency: Math.round(performance.now() - bootStarted) }, 'classbot ready');
  } catch (error) {
    await close();
    throw error;
  }
  return { url, port, close };
}

async function loadEngine(config: AppConfig, logger: Logger, readiness: Readiness): Promise<Engine> {
  const started = performance.now();
  const [{ loadCorpusCached }, { createEngine }] = await Promise.all([
    import('../snapshot/corpus-snapshot.js'),
    import('../engine/index.js'),
  ]);
  // A fresh snapshot (built into the image by `classbot index build`) restores in a fraction of a parse;
  // a stale or unreadable one is rebuilt from the spec files with a log line. Skipped files are logged by the loader.
  const { corpus, load } = await loadCorpusCached(config.dataDir, { logger });
  const engine = createEngine(corpus);
  readiness.corpus = { specs: corpus.specs.length, problems: corpus.problems.length, dir: config.dataDir };
  logger.info(
    {
      op: 'load',
      specs: corpus.specs.length,
      problems: corpus.problems.length,
      from: load.from,
      ...(load.reason && { reason: load.reason }),
      latency: Math.round(performance.now() - started),
    },
    'specs loaded, engine ready',
  );
  return engine;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') reject(new StartupError(`PORT ${port} is already in use on ${host}; set PORT to a free port`));
      else if (error.code === 'EACCES') reject(new StartupError(`not allowed to listen on ${host}:${port}; choose a PORT above 1023`));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') reject(new StartupError(`HOST ${host} is not an address of this machine`));
      else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/** Stop accepting; close idle keep-alive sockets; wait for in-flight requests up to `ms`, then cut the rest. */
function drain(server: Server, ms: number): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), ms);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
