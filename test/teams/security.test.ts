/**
 * Teams reliability and security over real HTTP: token checks when an app id is set, the tenant
 * allow-list, connector faults (retried, logged, user told when possible, process up), privacy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFUSAL } from '../../adapters/teams/tenant.js';
import { TENANT, invoke, message } from './helpers/activities.js';
import { startFakeConnector, type FakeConnector } from './helpers/connector.js';
import { startFakeOpenId } from './helpers/openid.js';
import { counting, realEngine, startTestServer, type TestServer } from './helpers/server.js';

let connector: FakeConnector;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  connector = await startFakeConnector();
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await connector?.close();
  expect(unhandled).toEqual([]);
});

async function withServer(teams: Parameters<typeof startTestServer>[0]['teams'], fn: (s: TestServer, calls: Record<string, number>) => Promise<void>) {
  const { engine, calls } = counting(await realEngine());
  const server = await startTestServer({ engine, teams });
  connector.reset();
  for (const key of Object.keys(calls)) delete calls[key]; // the server itself counts the specs at start
  try {
    await fn(server, calls);
  } finally {
    await server.close();
  }
}

const o = () => ({ serviceUrl: connector.serviceUrl });

describe('authentication when MicrosoftAppId is set', () => {
  const APP_ID = '11111111-2222-3333-4444-555555555555';

  it('refuses a request without a valid Bot Framework token with 401, and runs nothing', async () => {
    const openid = await startFakeOpenId();
    try {
      await withServer({ appId: APP_ID, appPassword: 'not-a-real-secret', openIdMetadataUrl: openid.metadataUrl }, async (server, calls) => {
        const activity = message('help', o());
        const claims = { aud: APP_ID, serviceurl: connector.serviceUrl };
        const now = Math.floor(Date.now() / 1000);
        const attempts: [string, Record<string, string>][] = [
          ['no Authorization header', {}],
          ['not a JWT', { authorization: 'Bearer not.a.jwt' }],
          ['not Bearer', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
          ['signed with another key', { authorization: `Bearer ${openid.token(claims, { key: openid.otherKey })}` }],
          ['unknown key id', { authorization: `Bearer ${openid.token(claims, { kid: 'nope' })}` }],
          ['for another bot', { authorization: `Bearer ${openid.token({ ...claims, aud: 'someone-else' })}` }],
          ['expired', { authorization: `Bearer ${openid.token({ ...claims, exp: now - 3600, iat: now - 7200, nbf: now - 7200 })}` }],
          ['wrong issuer', { authorization: `Bearer ${openid.token({ ...claims, iss: 'https://evil.example' })}` }],
        ];
        for (const [why, headers] of attempts) {
          const res = await server.post(activity, headers);
          expect(res.status, why).toBe(401);
        }
        expect(calls).toEqual({});
        expect(connector.attempts).toBe(0);
        expect(JSON.stringify(server.logs)).not.toContain('not-a-real-secret');

        // The same request with a properly signed token gets through to the bot. (Its reply then
        // needs a token from Microsoft Entra, which is out of reach here: the turn fails politely.)
        const ok = await server.post(activity, { authorization: `Bearer ${openid.token(claims)}` });
        expect(ok.status).toBe(200);
        expect(calls.help).toBe(1);
      });
    } finally {
      await openid.close();
    }
  });

  it('without an app id (local testing) the same request is answered', async () => {
    await withServer({}, async (server) => {
      const res = await server.post(message('help', o()));
      expect(res.status).toBe(200);
      expect(connector.activities).toHaveLength(1);
    });
  });
});

describe('TEAMS_ALLOWED_TENANT_IDS', () => {
  it('refuses other tenants politely, logs it, and never reaches the engine', async () => {
    await withServer({ allowedTenantIds: [TENANT] }, async (server, calls) => {
      await server.post(message('help', { ...o(), tenantId: 'tenant-other' }));
      expect(connector.activities).toHaveLength(1);
      expect(connector.activities[0]!.activity.text).toBe(REFUSAL);
      const query = await server.post(invoke('composeExtension/query', { commandId: 'searchSpecs', parameters: [{ name: 'searchQuery', value: 'production' }] }, { ...o(), tenantId: 'tenant-other' }));
      expect(query.status).toBe(200);
      expect(query.body.composeExtension).toEqual({ type: 'message', text: REFUSAL });
      expect(calls).toEqual({});
      const lines = server.logs.filter((l) => String(l.msg).includes('TEAMS_ALLOWED_TENANT_IDS'));
      expect(lines.length).toBe(2);
      expect(lines[0]).toMatchObject({ tenant: 'tenant-other', channel: 'teams' });

      connector.reset();
      await server.post(message('help', o()));
      expect(connector.activities[0]!.activity.attachments).toHaveLength(1);
      expect(calls.help).toBe(1);
    });
  });
});

describe('connector faults', () => {
  it('a 500 is retried and the reply is delivered', async () => {
    await withServer({}, async (server) => {
      connector.behaviour = { mode: 'fail', status: 500, times: 1 };
      const res = await server.post(message('help', o()));
      expect(res.status).toBe(200);
      expect(connector.attempts).toBe(2);
      expect(connector.activities).toHaveLength(1);
    });
  });

  it('a 429 with Retry-After waits as told, then delivers', async () => {
    await withServer({}, async (server) => {
      connector.behaviour = { mode: 'fail', status: 429, times: 1, retryAfter: '1' };
      const started = Date.now();
      await server.post(message('help', o()));
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(connector.activities).toHaveLength(1);
    });
  });

  it('a connector that keeps refusing: retries stop, the failure is logged, the server stays up', async () => {
    await withServer({}, async (server) => {
      connector.behaviour = { mode: 'fail', status: 503, retryAfter: '0' };
      const res = await server.post(message('help', o()));
      expect(res.status).toBeLessThan(500);
      // 1 try + 3 retries for the answer, the same for the "sorry" message.
      expect(connector.attempts).toBe(8);
      expect(server.logs.some((l) => l.msg === 'Teams turn failed')).toBe(true);
      expect(server.logs.some((l) => String(l.msg).startsWith('could not tell the Teams user'))).toBe(true);
      expect(JSON.stringify(server.logs)).not.toMatch(/Bearer /);
      // Once it recovers, the user is told / answered again.
      connector.behaviour = { mode: 'ok' };
      await server.post(message('help', o()));
      expect(connector.activities).toHaveLength(1);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    });
  });

  it('when only the answer fails, the user is told', async () => {
    await withServer({}, async (server) => {
      connector.behaviour = { mode: 'fail', status: 400, times: 1 };
      await server.post(message('help', o()));
      expect(connector.activities).toHaveLength(1);
      expect(connector.activities[0]!.activity.text).toMatch(/could not answer that/);
    });
  });

  it('a connector that hangs times out (not retried: it may have been delivered), the server stays up', async () => {
    await withServer({ connectorTimeoutMs: 300 }, async (server) => {
      connector.behaviour = { mode: 'hang' };
      const started = Date.now();
      const res = await server.post(message('help', o()));
      expect(res.status).toBeLessThan(500);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(connector.attempts).toBe(2);
      expect(server.logs.some((l) => l.msg === 'Teams turn failed')).toBe(true);
      connector.behaviour = { mode: 'ok' };
      await server.post(message('help', o()));
      expect(connector.activities).toHaveLength(1);
    });
  });
});

describe('privacy', () => {
  it('a fit check leaves no profile text in the logs', async () => {
    await withServer({}, async (server) => {
      const profile = 'Zanzibar Quokka University MSc Xylography, 7 years Pelican wrangling';
      await server.post(message(`fit ${profile}`, o()));
      expect(connector.activities).toHaveLength(1);
      const logged = JSON.stringify(server.logs);
      for (const word of ['Zanzibar', 'Quokka', 'Xylography', 'Pelican']) expect(logged).not.toContain(word);
      expect(server.logs.some((l) => l.msg === 'teams answer')).toBe(true);
    });
  });
});
