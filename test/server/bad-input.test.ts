/**
 * Bad input everywhere gets a 4xx, never a 5xx: malformed JSON, wrong content types, oversized bodies,
 * unknown routes, wrong shapes — on the playground API, Teams and Slack routes of the real running server
 * (Slack over HTTP with a local fake Web API). Then a fuzz over all of it.
 */
import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeSlackApi, slackSignature, startTestServer, type Fake, type TestServer } from './helpers.js';

const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
const BOT_TOKEN = 'xoxb-test-0000-bot-token-value';
const MB = 1024 * 1024;

let server: TestServer;
let slackApi: Fake;

beforeAll(async () => {
  slackApi = await fakeSlackApi();
  server = await startTestServer({
    slack: { signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, apiUrl: `${slackApi.url}/api/` },
    logLevel: 'info',
  });
});
afterAll(async () => {
  await server?.close();
  await slackApi?.close();
});

const JSON_ROUTES = ['/api/ask', '/api/run', '/api/fit', '/api/messages'];
const post = (path: string, body: string, contentType?: string, headers: Record<string, string> = {}) =>
  server.request(path, { method: 'POST', body, headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers } });

describe('malformed and mistyped bodies → 400 / 415', () => {
  it.each(JSON_ROUTES)('%s: malformed JSON → 400 with a JSON error', async (path) => {
    const res = await post(path, '{"text": "unterminated', 'application/json');
    expect(res.status).toBe(400);
    expect(res.json.error).toMatch(/Malformed JSON/);
  });

  it.each(JSON_ROUTES)('%s: wrong content type → 415', async (path) => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined]) {
      const res = await post(path, 'text=hello', type);
      expect(res.status, String(type)).toBe(415);
    }
  });

  it('wrong shapes → 400 naming what was expected, without echoing the input', async () => {
    const cases: [string, unknown][] = [
      ['/api/ask', { text: 42 }],
      ['/api/ask', { question: 'pay?' }],
      ['/api/ask', { text: 'x'.repeat(10_001) }],
      ['/api/run', { action: { op: 'drop-tables' } }],
      ['/api/run', { action: { op: 'show' } }],
      ['/api/run', { action: 'help' }],
      ['/api/fit', { profile: '' }],
      ['/api/fit', {}],
      ['/api/messages', {}],
      ['/api/messages', []],
      ['/api/messages', { type: 7 }],
    ];
    for (const [path, body] of cases) {
      const res = await server.postJson(path, body);
      expect(res.status, `${path} ${JSON.stringify(body).slice(0, 60)}`).toBe(400);
      expect(res.text).not.toContain('drop-tables');
    }
  });

  it('a JSON scalar where an object is expected → 400', async () => {
    for (const path of JSON_ROUTES) expect((await post(path, '"just a string"', 'application/json')).status, path).toBe(400);
  });
});

describe('oversized bodies → 413', () => {
  const big = JSON.stringify({ text: 'x'.repeat(2 * MB) });

  it.each(JSON_ROUTES)('%s', async (path) => {
    const res = await post(path, big, 'application/json');
    expect(res.status).toBe(413);
  });

  it('/slack/events refuses by Content-Length before reading or verifying', async () => {
    const body = `payload=${'x'.repeat(2 * MB)}`;
    const res = await post('/slack/events', body, 'application/x-www-form-urlencoded', slackSignature(SIGNING_SECRET, body));
    expect(res.status).toBe(413);
  });

  it('/slack/events without a Content-Length (chunked) → 411', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{"type":');
      req.end('"url_verification"}');
    });
    expect(status).toBe(411);
  });
});

describe('unknown routes → 404', () => {
  it.each([
    ['GET', '/nope'],
    ['GET', '/api/nope'],
    ['POST', '/api/nope'],
    ['GET', '/api/messages'],
    ['DELETE', '/healthz'],
    ['PUT', '/'],
    ['GET', '/../../etc/passwd'],
    ['GET', '/%2e%2e/package.json'],
    ['GET', '/.env'],
  ])('%s %s', async (method, path) => {
    const res = await server.request(path, { method, ...(method !== 'GET' ? { body: '{}', headers: { 'content-type': 'application/json' } } : {}) });
    expect(res.status).toBe(404);
    expect(res.json.error).toMatch(/Not found/);
  });
});

describe('Slack over HTTP on the shared server', () => {
  const challenge = JSON.stringify({ token: 'legacy', challenge: 'c-123', type: 'url_verification' });

  it('is ready (auth.test answered by the fake Web API)', async () => {
    const res = await server.request('/readyz');
    expect(res.status).toBe(200);
    expect(res.json.channels.slack).toEqual({ ok: true, detail: 'http' });
    expect(slackApi.calls.some((c) => c.path.includes('auth.test'))).toBe(true);
  });

  it('a properly signed request is served', async () => {
    const res = await post('/slack/events', challenge, 'application/json', slackSignature(SIGNING_SECRET, challenge));
    expect(res.status).toBe(200);
    expect(res.text).toContain('c-123');
  });

  it('missing, wrong or stale signatures → 401', async () => {
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const cases: Record<string, string>[] = [
      {},
      slackSignature('another-secret', challenge),
      slackSignature(SIGNING_SECRET, challenge, stale),
      { ...slackSignature(SIGNING_SECRET, challenge), 'x-slack-signature': 'v0=deadbeef' },
    ];
    for (const headers of cases) {
      const res = await post('/slack/events', challenge, 'application/json', headers);
      expect(res.status, JSON.stringify(Object.keys(headers))).toBe(401);
    }
  });

  it('a signed but malformed body → 400', async () => {
    const body = '{"type": "url_verif';
    const res = await post('/slack/events', body, 'application/json', slackSignature(SIGNING_SECRET, body));
    expect(res.status).toBe(400);
  });
});

describe('fuzz: no request makes the server answer 5xx', () => {
  it('random paths, methods, content types and bodies', async () => {
    const paths = ['/', '/api/ask', '/api/run', '/api/fit', '/api/messages', '/api/specs', '/slack/events', '/healthz', '/readyz', '/x'];
    const types = ['application/json', 'application/json; charset=utf-8', 'application/json; charset=latin-9', 'text/plain', 'application/x-www-form-urlencoded', '', 'application/jsonp'];
    const jsonish = fc.oneof(
      fc.string(),
      fc.json(),
      fc.record({ text: fc.anything() }).map((v) => JSON.stringify(v)),
      fc.record({ action: fc.record({ op: fc.constantFrom('ask', 'show', 'compare', 'similar', 'fit', 'search', 'help', 'x'), specId: fc.string(), specIds: fc.array(fc.string()), question: fc.string(), profile: fc.string(), terms: fc.string() }, { requiredKeys: ['op'] }) }).map((v) => JSON.stringify(v)),
      fc.record({ type: fc.constantFrom('message', 'invoke', 'conversationUpdate', 'x'), text: fc.string(), value: fc.anything() }).map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.constantFrom('GET', 'POST', 'PUT'), fc.constantFrom(...types), jsonish, async (path, method, type, body) => {
        const res = await server.request(path, {
          method,
          ...(method !== 'GET' && { body, headers: type ? { 'content-type': type } : {} }),
        });
        expect(res.status, `${method} ${path} ${type} ${body.slice(0, 200)}`).toBeLessThan(500);
      }),
      { numRuns: 200 },
    );
  });
});
