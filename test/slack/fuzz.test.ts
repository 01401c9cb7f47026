/**
 * Fuzzing /slack/events over real HTTP (issue 8): any text a user can type comes back as a valid, escaped Block Kit
 * message; any signed junk (bodies, content types, interaction payloads, button values) gets a 2xx/4xx, never a 5xx,
 * and never an unhandled rejection.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectValidSlack, parsedTextsOf } from './helpers/blockkit.js';
import { type Harness, startWithServer } from './helpers/harness.js';
import { blockActions, send, sendCommand, sendInteraction } from './helpers/signed.js';

let h: Harness;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  h = await startWithServer();
});
afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await h?.close();
  expect(rejections).toEqual([]);
});
beforeEach(() => h.fake.reset());

const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom('<', '>', '&', '!', '@', '|', '*', '_', '`', '~', '\n', ' ', 'é', '😀', '\u0000', '\u202e'),
    fc.constantFrom('<!channel>', '<!here>', '<@U0VICTIM>', '<http://evil.example|click>', '&amp;', 'compare ', ' vs ', 'fit ', 'similar ', 'grade ', 'Production Coordinator'),
    fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
  ),
  maxLength: 300,
});

let n = 0;
describe('fuzz: user text', () => {
  it('any command text is answered with a valid message and nothing injected', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        const id = `fz-${++n}`;
        const res = await sendCommand(h.eventsUrl, { text, response_url: h.fake.responseUrl(id) });
        expect(res.status).toBe(200);
        if (/^\s*fit\s*[:-]?\s*$/i.test(text.replace(/<[^>]*>/g, ''))) return; // opens the form instead
        const [reply] = await h.fake.waitFor((c) => c.id === id);
        expectValidSlack(reply!.body);
        expect(parsedTextsOf(reply!.body).join('\n')).not.toMatch(/<!channel>|<!here>|<@U0VICTIM>|<http/);
      }),
      { numRuns: 40 },
    );
  });
});

describe('fuzz: signed junk', () => {
  it('bodies and content types: 2xx or 4xx, never 5xx', async () => {
    // Sent concurrently: payloads Bolt cannot route wait out its 3-second ack window before their 404.
    const contentType = fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'text/plain', 'application/x-www-form-urlencoded; charset=utf-8', '');
    const body = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.json(),
      fc.constant('payload=%7B'),
      // Regression seed found by this fuzzer: Bolt threw on a null event and answered 500.
      fc.constant('{"type":"event_callback","event":null}'),
      fc.constant('{"type":"block_actions","actions":[{}]}'),
    );
    const samples = [...fc.sample(fc.tuple(body, contentType), { numRuns: 80, seed: 4711 }), ['{"type":"event_callback","event":null}', 'application/json'] as [string, string]];
    const results = await Promise.all(samples.map(async ([b, t]) => ({ b, t, status: (await send(h.eventsUrl, b, t)).status })));
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
  });

  it('interaction payloads with random action ids and values: acknowledged, never 5xx', async () => {
    const value = fc.oneof(fc.string({ maxLength: 200 }), fc.json(), fc.constant('{"op":"compare","specIds":[]}'), fc.constant('{"src":{"t":"help"},"page":99}'), fc.constant('{"op":"show","specId":"gone"}'));
    const actionId = fc.constantFrom('classbot_run:0', 'classbot_choose', 'classbot_more', 'classbot_share', 'classbot_open_fit', 'other_app_button');
    await fc.assert(
      fc.asyncProperty(actionId, value, fc.constantFrom('ephemeral', 'message', 'view') as fc.Arbitrary<'ephemeral' | 'message' | 'view'>, async (id, v, container) => {
        const res = await sendInteraction(h.eventsUrl, blockActions({ type: 'button', action_id: id, value: v }, { responseUrl: h.fake.responseUrl(), container }));
        expect(res.status).toBe(200);
      }),
      { numRuns: 40 },
    );
    // Every reply that was posted is a valid message.
    await new Promise((r) => setTimeout(r, 500));
    for (const c of h.fake.calls.filter((c) => c.method === 'response_url' || c.method.startsWith('chat.'))) expectValidSlack(c.body);
  });
});
