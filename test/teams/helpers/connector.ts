/**
 * A local fake of the Bot Framework connector (the service Teams' replies are posted to): a real
 * HTTP server on 127.0.0.1 that records POST /v3/conversations/{id}/activities[/{replyToId}].
 * Its behaviour can be switched to fail (any status, optionally a number of times) or to hang.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedActivity {
  conversationId: string;
  replyToId?: string;
  authorization?: string;
  activity: Record<string, unknown> & { type?: string; text?: string; attachments?: { contentType: string; content: Record<string, unknown> }[] };
}

export type Behaviour = { mode: 'ok' } | { mode: 'fail'; status: number; times?: number; retryAfter?: string } | { mode: 'hang' };

export interface FakeConnector {
  /** serviceUrl to put in activities (with trailing slash). */
  serviceUrl: string;
  /** Successfully delivered activities. */
  activities: RecordedActivity[];
  /** Every POST that reached the fake, delivered or not. */
  attempts: number;
  behaviour: Behaviour;
  reset(): void;
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const hanging = new Set<ServerResponse>();
  let counter = 0;
  const fake: FakeConnector = {
    serviceUrl: '',
    activities: [],
    attempts: 0,
    behaviour: { mode: 'ok' },
    reset() {
      fake.activities.length = 0;
      fake.attempts = 0;
      fake.behaviour = { mode: 'ok' };
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const match = ROUTE.exec(url.pathname);
    const body = await readBody(req);
    if (req.method !== 'POST' || !match) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"NotFound"}}');
      return;
    }
    fake.attempts += 1;
    const b = fake.behaviour;
    if (b.mode === 'hang') {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if (b.mode === 'fail' && (b.times === undefined || b.times > 0)) {
      if (b.times !== undefined) b.times -= 1;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (b.retryAfter !== undefined) headers['retry-after'] = b.retryAfter;
      res.writeHead(b.status, headers).end(JSON.stringify({ error: { code: 'ServiceError', message: 'fake connector failure' } }));
      return;
    }
    const auth = req.headers.authorization;
    fake.activities.push({
      conversationId: decodeURIComponent(match[1]!),
      ...(match[2] ? { replyToId: decodeURIComponent(match[2]) } : {}),
      ...(auth ? { authorization: auth } : {}),
      activity: JSON.parse(body || '{}'),
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `reply-${++counter}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return fake;
}
