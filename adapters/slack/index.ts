/**
 * classbot's Slack channel: a Bolt app in one of two modes.
 *
 * - HTTP (default): Bolt's ExpressReceiver. Its router — body reading, signature verification (401 on a missing,
 *   wrong or stale signature), url_verification and ssl_check, then dispatch — is the `handler` the shared server
 *   mounts at POST /slack/events. No server of its own.
 * - Socket Mode (config.appToken set): Bolt's SocketModeReceiver connects out to Slack; no public URL, no handler.
 *   ready() follows the socket: false while it is down and the client is reconnecting.
 *
 * All Web API traffic (Socket Mode's apps.connections.open included) goes to config.apiUrl when set (GovSlack,
 * another Slack-compatible host, a local fake in tests), with bounded retries and timeouts.
 */
import { App, ExpressReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { RequestHandler } from 'express';
import type { SlackConfig } from '../../src/config-shape.js';
import type { Engine } from '../../src/engine/engine.js';
import type { Logger } from '../../src/log.js';
import { boltLogger } from './bolt-logger.js';
import { trackSocketConnection } from './connection.js';
import { DEFAULT_RETRY, type RetryPolicy } from './deliver.js';
import { registerListeners } from './listeners/index.js';
import { processEventErrorHandler } from './malformed.js';

export interface SlackChannel {
  /** HTTP mode only: serves POST /slack/events (events, slash commands, interactivity). */
  handler?: RequestHandler;
  /** Verify the token (auth.test) and, in Socket Mode, connect. Throws when that fails (the caller may retry). */
  start(): Promise<void>;
  stop(): Promise<void>;
  ready(): boolean;
}

export interface SlackChannelDeps {
  engine: Engine;
  config: SlackConfig;
  logger: Logger;
  /** Retry/timeout policy for Web API and response_url calls (tests shorten it). */
  retry?: Partial<RetryPolicy>;
}

export const SLACK_EVENTS_PATH = '/slack/events';

export async function createSlackChannel(deps: SlackChannelDeps): Promise<SlackChannel> {
  const { config } = deps;
  const logger = deps.logger.child({ channel: 'slack' });
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...deps.retry };
  const bolt = boltLogger(logger);
  const clientOptions: webApi.WebClientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    // WebClient retries 429 (after Retry-After), 5xx and network errors/timeouts; bounded, not its 30-minute default.
    retryConfig: { retries: retry.retries, factor: 2, minTimeout: retry.minDelayMs, maxTimeout: retry.maxRetryAfterMs, randomize: true },
    timeout: retry.timeoutMs,
  };

  const socketMode = Boolean(config.appToken);
  const receiver = socketMode
    ? new SocketModeReceiver({ appToken: config.appToken as string, logger: bolt, installerOptions: { clientOptions } })
    : new ExpressReceiver({
        signingSecret: config.signingSecret,
        logger: bolt,
        endpoints: SLACK_EVENTS_PATH,
        processEventErrorHandler: processEventErrorHandler(logger),
      });
  const app = new App({
    receiver,
    token: config.botToken,
    logger: bolt,
    clientOptions,
    // auth.test runs in start(), where a failure is reported instead of becoming an unhandled rejection.
    deferInitialization: true,
  });
  registerListeners(app, { engine: deps.engine, logger, config, retry });

  let state: 'created' | 'started' | 'stopped' = 'created';
  // Socket Mode: ready only while the socket is connected (it can drop and come back on its own).
  const connection = receiver instanceof SocketModeReceiver ? trackSocketConnection(receiver.client, logger) : undefined;

  const handler: RequestHandler | undefined =
    receiver instanceof ExpressReceiver
      ? (req, res, next) => {
          if (state !== 'started') {
            res.status(503).json({ error: 'The Slack channel is not ready; try again in a moment.' });
            return;
          }
          receiver.router(req, res, next);
        }
      : undefined;

  return {
    ...(handler ? { handler } : {}),
    async start() {
      if (state === 'started') return;
      await app.init(); // auth.test: a wrong token or unreachable API fails here, loudly
      if (socketMode) await app.start();
      state = 'started';
      logger.info({ mode: socketMode ? 'socket-mode' : 'http', apiUrl: config.apiUrl ?? 'https://slack.com/api/' }, 'Slack channel ready');
    },
    async stop() {
      const wasStarted = state === 'started';
      state = 'stopped';
      if (socketMode && wasStarted) await app.stop().catch((err: unknown) => logger.warn({ err }, 'Socket Mode stop failed'));
    },
    ready: () => state === 'started' && (connection?.up() ?? true),
  };
}
