/**
 * A local fake of Slack's far end, as a real HTTP server on 127.0.0.1:
 * - the Web API under /api/<method> (auth.test, chat.postMessage, chat.postEphemeral, chat.update, views.open,
 *   views.publish, apps.connections.open …), recording every call;
 * - response_url endpoints under /response/<id>, recording every post;
 * - scripted faults per method (429 with Retry-After, 500, a delay longer than the client's timeout, ok:false errors);
 * - a WebSocket server for Socket Mode (apps.connections.open returns its ws:// URL).
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface Recorded {
  /** Web API method ("chat.postMessage") or "response_url". */
  method: string;
  /** For response_url posts: the id in the URL. */
  id?: string;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
  at: number;
}

export type Fault =
  | { status: 429; retryAfter: number }
  | { status: 500 | 502 | 503 }
  | { delayMs: number }
  | { slackError: string };

const JSON_FIELDS = ['blocks', 'view', 'attachments', 'metadata'];

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = JSON_FIELDS.includes(k) ? JSON.parse(v) : v;
  }
  return out;
}

export interface FakeSlack {
  url: string;
  apiUrl: string;
  wsUrl: string;
  calls: Recorded[];
  /** Answer the next calls of `method` with these faults, in order (then normally). */
  script(method: string, faults: Fault[]): void;
  /** A fresh response_url on this server. */
  responseUrl(id?: string): string;
  /** Resolve with the first (or `count`-th) recorded call matching, waiting up to `timeoutMs`. */
  waitFor(match: (r: Recorded) => boolean, opts?: { timeoutMs?: number; count?: number }): Promise<Recorded[]>;
  of(method: string): Recorded[];
  /** Socket Mode: resolve with the next client socket that connects. */
  nextSocket(): Promise<WebSocket>;
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: Recorded[] = [];
  const scripts = new Map<string, Fault[]>();
  const waiters: (() => void)[] = [];
  let seq = 0;
  let wsUrl = '';

  const answer = (method: string, body: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'classbot', team_id: 'T0TEST', user_id: 'UBOT', bot_id: 'BBOT' };
      case 'chat.postMessage':
        return { ok: true, channel: body.channel, ts: `1700000000.${String(++seq).padStart(6, '0')}`, message: { text: body.text } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `1700000000.${String(++seq).padStart(6, '0')}` };
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts };
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        return { ok: true, view: { id: `V${++seq}`, ...(body.view as object) } };
      case 'apps.connections.open':
        return { ok: true, url: wsUrl };
      default:
        return { ok: true };
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString();
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const isResponseUrl = path.startsWith('/response/');
    const method = isResponseUrl ? 'response_url' : path.replace(/^\/api\//, '');
    let body: Record<string, unknown>;
    try {
      body = parseBody(raw, req.headers['content-type']);
    } catch {
      res.writeHead(400).end('bad body');
      return;
    }
    const fault = scripts.get(method)?.shift();
    if (fault && 'delayMs' in fault) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault && 'status' in fault) {
      res.writeHead(fault.status, fault.status === 429 ? { 'retry-after': String(fault.retryAfter) } : {}).end();
      return;
    }
    if (res.destroyed) return;
    // A call counts as received once answered normally (what a real Slack would have accepted).
    calls.push({ method, ...(isResponseUrl ? { id: path.slice('/response/'.length) } : {}), body, headers: req.headers, at: Date.now() });
    for (const w of waiters.splice(0)) w();
    if (fault && 'slackError' in fault) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: fault.slackError }));
      return;
    }
    if (isResponseUrl) {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(method, body)));
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(500).end());
  });
  const wss = new WebSocketServer({ server, path: '/socket' });
  const socketWaiters: ((ws: WebSocket) => void)[] = [];
  const pendingSockets: WebSocket[] = [];
  wss.on('connection', (ws) => {
    const w = socketWaiters.shift();
    if (w) w(ws);
    else pendingSockets.push(ws);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  wsUrl = `ws://127.0.0.1:${port}/socket`;

  const fake: FakeSlack = {
    url,
    apiUrl: `${url}/api/`,
    wsUrl,
    calls,
    script: (method, faults) => scripts.set(method, [...(scripts.get(method) ?? []), ...faults]),
    responseUrl: (id = `r${++seq}`) => `${url}/response/${id}`,
    of: (method) => calls.filter((c) => c.method === method),
    waitFor(match, { timeoutMs = 10_000, count = 1 } = {}) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`fake Slack: expected call not received in ${timeoutMs} ms; got ${calls.map((c) => c.method).join(', ')}`));
        }, timeoutMs);
        const check = () => {
          const found = calls.filter(match);
          if (found.length >= count) {
            clearTimeout(timer);
            resolve(found);
          } else waiters.push(check);
        };
        check();
      });
    },
    nextSocket: () =>
      new Promise((resolve) => {
        const ws = pendingSockets.shift();
        if (ws) resolve(ws);
        else socketWaiters.push(resolve);
      }),
    reset() {
      calls.length = 0;
      scripts.clear();
    },
    async close() {
      for (const c of wss.clients) c.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  return fake;
}
