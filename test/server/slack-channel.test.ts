/**
 * Slack on the shared server, the parts the server owns: Socket Mode started and stopped with the server (no
 * /slack/events route then), and a Slack that fails at start-up (bad token, API down) never stops the server:
 * /readyz says why, Teams and the playground keep working, and the start is retried in the background.
 * Uses the Slack suite's local fake of the Web API and Socket Mode endpoint.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AppConfig } from '../../src/config-shape.js';
import { createLogger } from '../../src/log.js';
import { startServer, type RunningServer } from '../../src/server/app.js';
import { startFakeSlack, type FakeSlack } from '../slack/helpers/fake-slack.js';
import { captureLogs } from './helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function config(fake: FakeSlack, socketMode: boolean): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: 'index-data',
    logLevel: 'info',
    slack: {
      signingSecret: 'server-test-signing-secret',
      botToken: 'xoxb-server-test',
      apiUrl: fake.apiUrl,
      ...(socketMode && { appToken: 'xapp-server-test' }),
    },
    teams: { appType: 'MultiTenant' },
  };
}

async function json(url: string, init?: RequestInit) {
  const res = await fetch(url, init);
  return { status: res.status, body: (await res.json()) as any };
}

describe('Socket Mode on the shared server', () => {
  it('connects at start, reports ready, serves no /slack/events route, and closes the socket on shutdown', async () => {
    const fake = await startFakeSlack();
    cleanups.push(() => fake.close());
    const logs = captureLogs();
    const starting = startServer({ config: config(fake, true), logger: createLogger({ level: 'info', destination: logs.destination }) });
    const socket = await fake.nextSocket();
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0APP' }, debug_info: { host: 'fake' } }));
    const server: RunningServer = await starting;
    let closed = false;
    socket.on('close', () => (closed = true));

    const ready = await json(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.body.channels.slack).toEqual({ ok: true, detail: 'socket-mode' });
    expect(fake.calls.some((c) => c.method === 'apps.connections.open')).toBe(true);
    expect((await fetch(`${server.url}/slack/events`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).status).toBe(404);

    await server.close();
    await expect.poll(() => closed, { timeout: 5_000 }).toBe(true);
    expect(logs.raw()).not.toContain('xapp-server-test');
  });
});

describe('Socket Mode connection dropped by Slack', () => {
  it('/readyz goes 503 while the socket is down and back to 200 when the client has reconnected', { timeout: 30_000 }, async () => {
    const fake = await startFakeSlack();
    cleanups.push(() => fake.close());
    const logs = captureLogs();
    const hello = JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0APP' }, debug_info: { host: 'fake' } });
    const starting = startServer({ config: config(fake, true), logger: createLogger({ level: 'info', destination: logs.destination }) });
    const first = await fake.nextSocket();
    first.send(hello);
    const server = await starting;
    cleanups.push(() => server.close());
    expect((await json(`${server.url}/readyz`)).status).toBe(200);

    // Slack (the fake) closes the connection from its side.
    const reconnected = fake.nextSocket();
    first.close(1001, 'going away');
    await expect.poll(async () => (await json(`${server.url}/readyz`)).status, { timeout: 5_000, interval: 50 }).toBe(503);
    const down = await json(`${server.url}/readyz`);
    expect(down.body.reasons).toContain('slack: not connected to Slack');
    expect(logs.lines().some((l) => l.msg === 'Socket Mode connection lost; the client reconnects by itself')).toBe(true);

    // The client reconnects by itself (new apps.connections.open, new socket); ready again once Slack says hello.
    const second = await reconnected;
    expect(fake.of('apps.connections.open').length).toBe(2);
    expect((await json(`${server.url}/readyz`)).status).toBe(503);
    second.send(hello);
    await expect.poll(async () => (await json(`${server.url}/readyz`)).status, { timeout: 5_000, interval: 50 }).toBe(200);
  });
});

describe('Slack failing at start-up', () => {
  it('does not stop the server: /readyz explains, other channels work, and the start is retried', async () => {
    const fake = await startFakeSlack();
    cleanups.push(() => fake.close());
    fake.script('auth.test', [{ slackError: 'invalid_auth' }]);
    const logs = captureLogs();
    const server = await startServer({ config: config(fake, false), logger: createLogger({ level: 'info', destination: logs.destination }) });
    cleanups.push(() => server.close());

    const first = await json(`${server.url}/readyz`);
    expect(first.status).toBe(503);
    expect(first.body.reasons.join(' ')).toMatch(/slack: start failed: .*invalid_auth/);
    // The playground keeps answering meanwhile, and Slack's route says it is not ready yet (no 5xx crash).
    const ask = await json(`${server.url}/api/ask`, { method: 'POST', body: JSON.stringify({ text: 'help' }), headers: { 'content-type': 'application/json' } });
    expect(ask.status).toBe(200);
    expect(logs.lines().some((l) => l.msg === 'Slack channel failed to start; retrying')).toBe(true);

    // The retry (2 s later) succeeds against the healthy fake.
    await expect.poll(async () => (await json(`${server.url}/readyz`)).status, { timeout: 15_000, interval: 250 }).toBe(200);
    expect(fake.calls.filter((c) => c.method === 'auth.test').length).toBeGreaterThanOrEqual(2);
  });
});
