/**
 * Privacy of the logs: a candidate profile checked through every channel (playground, Teams, Slack) never
 * appears in the log output, even at `trace`; tokens, signing secrets and Authorization headers never do either.
 */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, profileMeta } from '../../src/log.js';
import { fakeConnector, fakeSlackApi, slackSignature, startFake, startTestServer, teamsMessage, type Fake, type TestServer } from './helpers.js';

const SIGNING_SECRET = 'privacy-signing-secret-9f8e7d6c5b4a';
const BOT_TOKEN = 'xoxb-privacy-1111-2222-bottokenvalue';
// Distinctive words: if any of them reaches a log line, the profile leaked.
const PROFILE = 'BS in Zyxology from Quokkaville University, 7 years of Wombatcraft production support at Zanzibarco';
const PROFILE_WORDS = ['Zyxology', 'Quokkaville', 'Wombatcraft', 'Zanzibarco'];

let server: TestServer;
let connector: Fake;
let slackApi: Fake;
let responseUrl: Fake;

beforeAll(async () => {
  [connector, slackApi, responseUrl] = await Promise.all([
    fakeConnector(),
    fakeSlackApi(),
    startFake((_c, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    }),
  ]);
  server = await startTestServer({
    slack: { signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, apiUrl: `${slackApi.url}/api/` },
    logLevel: 'trace',
  });
});
afterAll(async () => {
  await server?.close();
  await Promise.all([connector?.close(), slackApi?.close(), responseUrl?.close()]);
});

function expectNoProfileIn(logs: string) {
  for (const word of PROFILE_WORDS) expect(logs, `"${word}" leaked into the logs`).not.toContain(word);
}

describe('a fit check leaves no profile text in the logs', () => {
  it('through the playground (free text, "fit …" question, and the form)', async () => {
    const fit = await server.postJson('/api/fit', { profile: PROFILE }, { 'x-request-id': 'privacy-web-fit' });
    expect(fit.status).toBe(200);
    expect(fit.json.answer.kind).toBe('fit');
    const ask = await server.postJson('/api/ask', { text: `fit ${PROFILE}` });
    expect(ask.status).toBe(200);
    const form = await server.postJson('/api/fit', { form: { eduLevel: 'bachelor', eduField: 'Zyxology', exp1Area: 'Wombatcraft production support', exp1Years: '7', notes: 'Quokkaville' } });
    expect(form.status).toBe(200);

    const logs = server.logs.raw();
    // The check did run and was logged — with the profile's length only.
    const line = server.logs.lines().find((l) => l.reqId === 'privacy-web-fit' && l.msg === 'request');
    expect(line).toMatchObject({ channel: 'web', op: 'fit', status: 200 });
    expect(server.logs.lines().some((l) => l.reqId === 'privacy-web-fit' && l.profileLength === PROFILE.length)).toBe(true);
    expectNoProfileIn(logs);
  });

  it('through Teams', async () => {
    const before = connector.calls.length;
    const res = await server.postJson('/api/messages', teamsMessage(connector.url, `fit ${PROFILE}`));
    expect(res.status).toBeLessThan(300);
    await connector.waitFor(before + 1);
    // The reply itself does carry the verdict to the user; only the logs must not.
    expectNoProfileIn(server.logs.raw());
  });

  it('through a Slack slash command', async () => {
    const body = new URLSearchParams({
      token: 'legacy',
      team_id: 'T0TEST',
      team_domain: 'acme',
      channel_id: 'C0HR',
      channel_name: 'hr',
      user_id: 'U0ASKER',
      user_name: 'asker',
      command: '/classbot',
      text: `fit ${PROFILE}`,
      api_app_id: 'A0APP',
      response_url: `${responseUrl.url}/commands/respond`,
      trigger_id: '1.2.3',
    }).toString();
    const before = responseUrl.calls.length;
    const res = await fetch(`${server.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSignature(SIGNING_SECRET, body) },
      body,
    });
    expect(res.status).toBe(200);
    await responseUrl.waitFor(before + 1);
    expectNoProfileIn(server.logs.raw());
    expect(server.logs.lines().some((l) => l.channel === 'slack' && l.op === 'command' && l.msg === 'request')).toBe(true);
  });

  it('secrets from the configuration never reach the logs', () => {
    const logs = server.logs.raw();
    expect(logs).not.toContain(SIGNING_SECRET);
    expect(logs).not.toContain(BOT_TOKEN);
    expect(logs).not.toContain('bottokenvalue');
  });
});

describe('Authorization headers', () => {
  it('a refused Teams request (app id set, bad token) logs neither the token nor the header', async () => {
    const authServer = await startTestServer({
      teams: { appId: '5f3c2b1a-0d9e-4c8b-a7f6-123456789abc', appPassword: 'teams-app-password-value' },
      logLevel: 'trace',
    });
    try {
      const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzZWNyZXQiOiJ0b2tlbiJ9.c2lnbmF0dXJlLXNlY3JldA';
      const res = await authServer.postJson('/api/messages', teamsMessage(connector.url, 'help'), { authorization: `Bearer ${jwt}` });
      expect(res.status).toBe(401);
      const logs = authServer.logs.raw();
      expect(logs).toContain('"status":401');
      expect(logs).not.toContain(jwt);
      expect(logs).not.toContain('c2lnbmF0dXJlLXNlY3JldA');
      expect(logs).not.toContain('teams-app-password-value');
    } finally {
      await authServer.close();
    }
  });
});

describe('createLogger redaction', () => {
  async function logged(obj: Record<string, unknown>): Promise<Record<string, unknown>> {
    const stream = new PassThrough();
    let out = '';
    stream.on('data', (d) => (out += d));
    createLogger({ level: 'info', destination: stream, pretty: false }).info(obj, 'x');
    await new Promise((r) => setImmediate(r));
    return JSON.parse(out.trim()) as Record<string, unknown>;
  }

  it('censors secrets wherever they appear', async () => {
    const line = await logged({
      token: 'xoxb-1',
      req: { headers: { authorization: 'Bearer abc', 'x-slack-signature': 'v0=abc', cookie: 'sid=1' } },
      config: { slack: { signingSecret: 's3cret', botToken: 'xoxb-2', appToken: 'xapp-3' }, teams: { appPassword: 'pw' } },
      headers: { Authorization: 'Basic Zm9vOmJhcg==' },
    });
    const text = JSON.stringify(line);
    for (const secret of ['xoxb-1', 'Bearer abc', 'v0=abc', 'sid=1', 's3cret', 'xoxb-2', 'xapp-3', '"pw"', 'Zm9vOmJhcg==']) expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
  });

  it('replaces user text (profiles, questions, message text, bodies, card values) by its length', async () => {
    const line = await logged({
      profile: PROFILE,
      activity: { text: `fit ${PROFILE}`, value: { eduField: 'Zyxology' } },
      body: { text: PROFILE },
      command: { text: PROFILE },
    });
    expectNoProfileIn(JSON.stringify(line));
    expect(line.profile).toBe(`[${PROFILE.length} chars]`);
  });

  it('profileMeta gives the length only', () => {
    expect(profileMeta(PROFILE)).toEqual({ profileLength: PROFILE.length });
    expect(JSON.stringify(profileMeta({ education: [{ level: 'bachelor', field: 'Zyxology' }], experience: [] }))).not.toContain('Zyxology');
  });
});
