/**
 * Local fakes of classbot's far ends for benchmarks and the load script, as one real HTTP server on 127.0.0.1:
 * - Slack Web API under /api/<method> (auth.test answered; everything else ok:true), counted per method;
 * - Slack response_url under /response/<id>, counting deliveries per id;
 * - Bot Framework connector: POST /v3/conversations/<conversation>/activities[/<replyToId>], counting message
 *   activities per replyToId (the id of the activity they answer).
 * Built for throughput: no per-call recording beyond counters, keep-alive on.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from '../../src/config-shape.js';

export interface FarEnd {
  url: string;
  slackApiUrl: string;
  serviceUrl: string;
  responseUrl(id: string): string;
  /** Deliveries per id: Slack response_url id / Teams replyToId. */
  slackReplies: Map<string, number>;
  teamsReplies: Map<string, number>;
  apiCalls: Map<string, number>;
  /** Text of the first reply per id (to check replies carry answers, not errors). */
  firstText: Map<string, string>;
  reset(): void;
  close(): Promise<void>;
}

const CONNECTOR = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

export async function startFarEnd(opts: { keepText?: boolean } = {}): Promise<FarEnd> {
  const slackReplies = new Map<string, number>();
  const teamsReplies = new Map<string, number>();
  const apiCalls = new Map<string, number>();
  const firstText = new Map<string, string>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const raw = Buffer.concat(chunks).toString('utf8');
      if (path.startsWith('/response/')) {
        const id = path.slice('/response/'.length);
        bump(slackReplies, id);
        if (opts.keepText && !firstText.has(`s:${id}`)) firstText.set(`s:${id}`, safeText(raw));
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        return;
      }
      const m = CONNECTOR.exec(path);
      if (m) {
        let activity: { type?: string; id?: string; replyToId?: string; text?: string } = {};
        try {
          activity = JSON.parse(raw);
        } catch {
          /* counted under "unparsed" below */
        }
        const replyTo = m[2] ?? activity.replyToId ?? 'unparsed';
        if (activity.type === 'message') {
          bump(teamsReplies, replyTo);
          if (opts.keepText && !firstText.has(`t:${replyTo}`)) firstText.set(`t:${replyTo}`, safeText(raw));
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `reply-${randomUUID()}` }));
        return;
      }
      if (path.startsWith('/api/')) {
        const method = path.slice('/api/'.length);
        bump(apiCalls, method);
        const body =
          method === 'auth.test'
            ? { ok: true, url: 'https://load.slack.com/', team: 'Load', user: 'classbot', team_id: 'T0LOAD', user_id: 'UBOT', bot_id: 'BBOT' }
            : method === 'chat.postMessage' || method === 'chat.postEphemeral'
              ? { ok: true, ts: `${Date.now() / 1000}`, message_ts: `${Date.now() / 1000}` }
              : { ok: true };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        return;
      }
      res.writeHead(404).end();
    });
  });
  server.keepAliveTimeout = 30_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    slackApiUrl: `${url}/api/`,
    serviceUrl: `${url}/`,
    responseUrl: (id) => `${url}/response/${encodeURIComponent(id)}`,
    slackReplies,
    teamsReplies,
    apiCalls,
    firstText,
    reset() {
      slackReplies.clear();
      teamsReplies.clear();
      apiCalls.clear();
      firstText.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function safeText(raw: string): string {
  try {
    const j = JSON.parse(raw) as { text?: string };
    return String(j.text ?? '').slice(0, 200);
  } catch {
    return raw.slice(0, 200);
  }
}

// ------------------------------------------------------------------------------------------------
// Requests as Slack and Teams send them.

export const SIGNING_SECRET = 'bench-signing-secret-0123456789abcdef';

export function slackSignature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function slashCommandBody(text: string, responseUrl: string, n = 0): string {
  return new URLSearchParams({
    token: 'deprecated',
    team_id: 'T0LOAD',
    team_domain: 'load',
    channel_id: 'C0LOAD',
    channel_name: 'hr',
    user_id: `U${String(n).padStart(6, '0')}`,
    user_name: 'loader',
    command: '/classbot',
    text,
    api_app_id: 'A0LOAD',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `${n}.1.abc`,
  }).toString();
}

export function signedSlackHeaders(body: string, contentType = 'application/x-www-form-urlencoded'): Record<string, string> {
  const ts = Math.floor(Date.now() / 1000);
  return { 'content-type': contentType, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': slackSignature(body, ts) };
}

export function teamsMessage(text: string, serviceUrl: string, id: string): Record<string, unknown> {
  return {
    type: 'message',
    id,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: '29:load-user', name: 'Load User', aadObjectId: '00000000-0000-0000-0000-000000000009' },
    recipient: { id: '28:classbot', name: 'classbot' },
    conversation: { id: `a:load-${id}`, conversationType: 'personal', tenantId: 'tenant-load' },
    channelData: { tenant: { id: 'tenant-load' } },
    locale: 'en-US',
    text,
    textFormat: 'plain',
  };
}

/** Server configuration pointing Slack (HTTP mode) at the fake; Teams unauthenticated (no app id), as in local mode. */
export function benchConfig(farEnd: { slackApiUrl: string }, dataDir = 'index-data'): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    logLevel: 'silent',
    slack: { signingSecret: SIGNING_SECRET, botToken: 'xoxb-bench-token', apiUrl: farEnd.slackApiUrl },
    teams: { appType: 'MultiTenant' },
  };
}
