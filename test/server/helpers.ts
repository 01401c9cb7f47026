/**
 * Test helpers for the shared server: start the REAL server (src/server/app.ts, which loads the seed specs and
 * builds the real engine itself) on a free port with a logger the test can read back, and run small local fakes
 * of the far ends (Bot Framework connector, Slack Web API) as real HTTP servers on 127.0.0.1.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { AppConfig, SlackConfig, TeamsConfig } from '../../src/config-shape.js';
import { createLogger } from '../../src/log.js';
import { startServer, type RunningServer } from '../../src/server/app.js';

export interface LogCapture {
  /** Every line as written (the exact bytes that would reach stdout). */
  raw(): string;
  lines(): Record<string, unknown>[];
  destination: Writable;
}

export function captureLogs(): LogCapture {
  let raw = '';
  const destination = new Writable({
    write(chunk, _enc, done) {
      raw += String(chunk);
      done();
    },
  });
  return {
    raw: () => raw,
    lines: () =>
      raw
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    destination,
  };
}

export interface TestServer extends RunningServer {
  logs: LogCapture;
  request(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; text: string; json: any }>;
  postJson(path: string, body: unknown, headers?: Record<string, string>): ReturnType<TestServer['request']>;
}

export async function startTestServer(opts: {
  slack?: SlackConfig;
  teams?: Partial<TeamsConfig>;
  dataDir?: string;
  logLevel?: AppConfig['logLevel'];
} = {}): Promise<TestServer> {
  const logs = captureLogs();
  const level = opts.logLevel ?? 'trace';
  const logger = createLogger({ level, destination: logs.destination, pretty: false });
  const config: AppConfig = {
    port: 0,
    host: '127.0.0.1',
    dataDir: opts.dataDir ?? 'index-data',
    logLevel: level,
    ...(opts.slack && { slack: opts.slack }),
    teams: { appType: 'MultiTenant', ...opts.teams },
  };
  const server = await startServer({ config, logger });
  const request: TestServer['request'] = async (path, init) => {
    const res = await fetch(server.url + path, init);
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  };
  return {
    ...server,
    logs,
    request,
    postJson: (path, body, headers = {}) =>
      request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }),
  };
}

export interface FakeCall {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  json: any;
}

export interface Fake {
  url: string;
  calls: FakeCall[];
  /** Resolves once `n` calls have arrived. */
  waitFor(n: number, timeoutMs?: number): Promise<FakeCall[]>;
  close(): Promise<void>;
}

/** A local HTTP server standing in for a far end; `reply` decides each response. */
export async function startFake(reply: (call: FakeCall, res: ServerResponse) => void): Promise<Fake> {
  const calls: FakeCall[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      let json: unknown;
      try {
        json = body ? JSON.parse(body) : undefined;
      } catch {
        json = Object.fromEntries(new URLSearchParams(body));
      }
      const call = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, json };
      calls.push(call);
      reply(call, res);
      waiters.splice(0).forEach((w) => w());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    waitFor: (n, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`expected ${n} calls to the fake, got ${calls.length}`)), timeoutMs);
        const check = () => {
          if (calls.length >= n) {
            clearTimeout(timer);
            resolve(calls);
          } else waiters.push(check);
        };
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Fake Bot Framework connector: accepts every reply activity. */
export const fakeConnector = () =>
  startFake((_call, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `reply-${Date.now()}` }));
  });

/** Fake Slack Web API: auth.test and chat.* succeed. */
export const fakeSlackApi = () =>
  startFake((call, res) => {
    const method = call.path.replace(/^\/api\//, '').split('?')[0];
    const body =
      method === 'auth.test'
        ? { ok: true, url: 'https://acme.slack.com/', team: 'Acme', user: 'classbot', team_id: 'T0TEST', user_id: 'U0BOT', bot_id: 'B0BOT' }
        : { ok: true, ts: '1700000000.000100', channel: 'C0TEST', message_ts: '1700000000.000100' };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });

/** A Teams personal-chat message activity whose replies go to `serviceUrl`. */
export function teamsMessage(serviceUrl: string, text: string, id = `act-${Math.random().toString(36).slice(2)}`) {
  return {
    type: 'message',
    id,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: serviceUrl.endsWith('/') ? serviceUrl : `${serviceUrl}/`,
    from: { id: '29:user-1', name: 'Pat Manager', aadObjectId: '00000000-0000-0000-0000-0000000000aa' },
    conversation: { id: 'a:conv-1', conversationType: 'personal', tenantId: '00000000-0000-0000-0000-0000000000bb' },
    recipient: { id: '28:classbot', name: 'classbot' },
    channelData: { tenant: { id: '00000000-0000-0000-0000-0000000000bb' } },
    text,
    textFormat: 'plain',
    locale: 'en-US',
  };
}

/** Headers Slack sends with a request body, signed with `secret` (timestamp now unless given). */
export function slackSignature(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}
