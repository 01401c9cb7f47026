/**
 * Socket Mode: with an app token the channel asks the (fake) Web API for a socket URL via apps.connections.open,
 * connects to a local WebSocket server, and answers envelopes sent over it, acknowledging each by envelope_id.
 */
import type { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectValidSlack, textsOf } from './helpers/blockkit.js';
import { type Harness, startMounted } from './helpers/harness.js';
import { commandBody, eventBody } from './helpers/signed.js';

let h: Harness;
beforeAll(async () => {
  h = await startMounted({ socketMode: true });
});
afterAll(async () => {
  await h?.close();
});

/** Send an envelope and resolve with the client's acknowledgement. */
function sendEnvelope(ws: WebSocket, envelope: Record<string, unknown>): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      const msg = JSON.parse(String(data)) as Record<string, unknown>;
      if (msg.envelope_id === envelope.envelope_id) {
        ws.off('message', onMessage);
        resolve(msg);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify(envelope));
  });
}

describe('Socket Mode', () => {
  it('connects through apps.connections.open on SLACK_API_URL with the app token, and serves no HTTP route', () => {
    const open = h.fake.of('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]!.headers.authorization).toBe('Bearer xapp-test-app-token');
    expect(h.fake.of('auth.test')[0]!.body.token ?? h.fake.of('auth.test')[0]!.headers.authorization).toMatch(/xoxb-test-bot-token/);
    expect(h.channel!.handler).toBeUndefined();
    expect(h.channel!.ready()).toBe(true);
  });

  it('a slash command envelope is acked over the socket and answered through response_url', async () => {
    const responseUrl = h.fake.responseUrl('socket-cmd');
    const payload = Object.fromEntries(new URLSearchParams(commandBody({ text: 'compare Production Specialist II vs Production Coordinator', response_url: responseUrl })));
    const ack = await sendEnvelope(h.socket!, { envelope_id: 'env-1', type: 'slash_commands', accepts_response_payload: true, payload });
    expect(ack.envelope_id).toBe('env-1');
    const [reply] = await h.fake.waitFor((c) => c.id === 'socket-cmd');
    expectValidSlack(reply!.body);
    const text = textsOf(reply!.body).join('\n');
    expect(text).toMatch(/Production Specialist II\*\n11/);
    expect(text).toMatch(/Production Coordinator\*\n14/);
  });

  it('an events_api envelope (app_mention) is answered in the thread', async () => {
    const payload = JSON.parse(eventBody({ type: 'app_mention', user: 'U0ASKER', text: '<@UBOT> help', ts: '1700000900.000100', channel: 'C0CHAN', event_ts: '1700000900.000100' }));
    const ack = await sendEnvelope(h.socket!, { envelope_id: 'env-2', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload });
    expect(ack.envelope_id).toBe('env-2');
    const [post] = await h.fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.thread_ts === '1700000900.000100');
    expectValidSlack(post!.body);
  });

  it('stop() closes the socket', async () => {
    const closed = new Promise((r) => h.socket!.once('close', r));
    await h.channel!.stop();
    await closed;
    expect(h.channel!.ready()).toBe(false);
  });
});
