/**
 * Start classbot's Slack channel for a test, against the fake Slack and the REAL engine on index-data.
 * - `startWithServer`: the shared server (src/server/app.ts startServer) on a free port: exactly what runs in production.
 * - `startMounted`: createSlackChannel mounted on a bare express app, for tests that need a short retry policy
 *   (fault injection) or Socket Mode with no HTTP route.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { createSlackChannel, type SlackChannel } from '../../../adapters/slack/index.js';
import type { RetryPolicy } from '../../../adapters/slack/deliver.js';
import type { AppConfig, SlackConfig } from '../../../src/config-shape.js';
import { loadCorpus } from '../../../src/corpus.js';
import type { Engine } from '../../../src/engine/engine.js';
import { createEngine } from '../../../src/engine/index.js';
import { createLogger, type Logger } from '../../../src/log.js';
import { startServer } from '../../../src/server/app.js';
import { type FakeSlack, startFakeSlack } from './fake-slack.js';
import { SIGNING_SECRET } from './signed.js';

let engine: Promise<Engine> | undefined;
export function realEngine(): Promise<Engine> {
  engine ??= loadCorpus('index-data').then((corpus) => createEngine(corpus));
  return engine;
}

/** A logger whose JSON lines the test can read back. */
export function captureLogs(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  return { logger: createLogger({ level: 'info', destination, pretty: false }), lines };
}

export interface Harness {
  fake: FakeSlack;
  /** POST target for signed requests (HTTP mode). */
  eventsUrl: string;
  engine: Engine;
  logs: string[];
  channel?: SlackChannel;
  /** Socket Mode: the connection the channel opened to the fake (already greeted with `hello`). */
  socket?: import('ws').WebSocket;
  close(): Promise<void>;
}

export interface HarnessOptions {
  allowedTeamIds?: string[];
  socketMode?: boolean;
  retry?: Partial<RetryPolicy>;
}

function slackConfig(fake: FakeSlack, opts: HarnessOptions): SlackConfig {
  return {
    signingSecret: SIGNING_SECRET,
    botToken: 'xoxb-test-bot-token',
    apiUrl: fake.apiUrl,
    ...(opts.socketMode ? { appToken: 'xapp-test-app-token' } : {}),
    ...(opts.allowedTeamIds ? { allowedTeamIds: opts.allowedTeamIds } : {}),
  };
}

export async function startWithServer(opts: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeSlack();
  const eng = await realEngine();
  const { logger, lines } = captureLogs();
  const config: AppConfig = {
    port: 0,
    host: '127.0.0.1',
    dataDir: 'index-data',
    logLevel: 'info',
    slack: slackConfig(fake, opts),
    teams: { appType: 'MultiTenant' },
  };
  const server = await startServer({ config, engine: eng, logger });
  return {
    fake,
    eventsUrl: `${server.url}/slack/events`,
    engine: eng,
    logs: lines,
    async close() {
      await server.close();
      await fake.close();
    },
  };
}

export async function startMounted(opts: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeSlack();
  const eng = await realEngine();
  const { logger, lines } = captureLogs();
  const channel = await createSlackChannel({
    engine: eng,
    config: slackConfig(fake, opts),
    logger,
    retry: { retries: 2, minDelayMs: 20, timeoutMs: 300, maxRetryAfterMs: 2000, ...opts.retry },
  });
  let socket: import('ws').WebSocket | undefined;
  if (opts.socketMode) {
    // Socket Mode: start() resolves once Slack (the fake) has said hello on the socket the channel opened.
    const started = channel.start();
    socket = await fake.nextSocket();
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0APP' }, debug_info: { host: 'fake' } }));
    await started;
  } else await channel.start();
  const app = express();
  if (channel.handler) app.post('/slack/events', channel.handler);
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    fake,
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    engine: eng,
    logs: lines,
    channel,
    ...(socket ? { socket } : {}),
    async close() {
      await channel.stop();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await fake.close();
    },
  };
}
