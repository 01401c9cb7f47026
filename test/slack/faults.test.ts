/**
 * Far-end faults (issue 8): Slack's Web API or response_url answering 429 with Retry-After, 500, or not answering in
 * time. classbot retries where Slack says to, delivers each answer exactly once, falls back to another way of
 * reaching the user, tells the user when it could not answer, logs it, and the process keeps serving.
 * The channel runs with a short retry policy (2 retries, 300 ms timeout) so faults resolve quickly.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectValidSlack, textsOf } from './helpers/blockkit.js';
import { type Harness, startMounted } from './helpers/harness.js';
import { sendCommand, sendEvent } from './helpers/signed.js';

let h: Harness;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  h = await startMounted();
});
afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await h?.close();
});
beforeEach(() => h.fake.reset());
afterEach(() => expect(rejections).toEqual([]));

const mention = (ts: string, text = '<@UBOT> what grade is Production Coordinator?') =>
  sendEvent(h.eventsUrl, { type: 'app_mention', user: 'U0ASKER', text, ts, channel: 'C0CHAN', event_ts: ts });
const flat = (body: unknown) => textsOf(body).join('\n');

describe('Web API faults', () => {
  it('429 with Retry-After: waits as told, then the answer is delivered exactly once', async () => {
    h.fake.script('chat.postMessage', [{ status: 429, retryAfter: 1 }]);
    const sent = Date.now();
    await mention('1700001000.000100');
    const [post] = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(post!.at - sent).toBeGreaterThanOrEqual(1000);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.of('chat.postMessage')).toHaveLength(1);
    expect(h.fake.of('chat.postEphemeral')).toHaveLength(0);
    expectValidSlack(post!.body);
  });

  it('500 then success: retried, delivered once', async () => {
    h.fake.script('chat.postMessage', [{ status: 500 }]);
    await mention('1700001100.000100');
    await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.of('chat.postMessage')).toHaveLength(1);
  });

  it('posting in the thread keeps failing (500s, timeouts): the asker still gets the answer, privately', async () => {
    h.fake.script('chat.postMessage', [{ status: 500 }, { delayMs: 1000 }, { status: 503 }]);
    await mention('1700001200.000100');
    const [eph] = await h.fake.waitFor((c) => c.method === 'chat.postEphemeral');
    expect(eph!.body).toMatchObject({ channel: 'C0CHAN', user: 'U0ASKER', thread_ts: '1700001200.000100' });
    expect(flat(eph!.body)).toMatch(/\b14\b/);
    await expect.poll(() => h.logs.join('\n')).toMatch(/could not post answer; trying the next way/);
    await new Promise((r) => setTimeout(r, 1000)); // the timed-out attempt was abandoned, not delivered late
    expect(h.fake.of('chat.postMessage')).toHaveLength(0);
    expect(h.fake.of('chat.postEphemeral')).toHaveLength(1);
  });

  it('Slack refuses the message itself: the user is told in a short notice', async () => {
    h.fake.script('chat.postMessage', [{ slackError: 'invalid_blocks' }]);
    h.fake.script('chat.postEphemeral', [{ slackError: 'invalid_blocks' }]);
    await mention('1700001300.000100');
    const [notice] = await h.fake.waitFor((c) => c.method === 'chat.postMessage' && /couldn't post my answer/.test(String(c.body.text)));
    expect(notice!.body.thread_ts).toBe('1700001300.000100');
    expectValidSlack(notice!.body);
    await expect.poll(() => h.logs.join('\n')).toMatch(/answer not delivered; user told/);
  });
});

describe('response_url faults', () => {
  const command = (text: string, id: string) => sendCommand(h.eventsUrl, { text, response_url: h.fake.responseUrl(id) });

  it('429 with Retry-After on response_url: retried after it, delivered once', async () => {
    h.fake.script('response_url', [{ status: 429, retryAfter: 1 }]);
    const sent = Date.now();
    const res = await command('compare Production Specialist II vs Production Coordinator', 'ru-429');
    expect(res.status).toBe(200);
    const [reply] = await h.fake.waitFor((c) => c.id === 'ru-429');
    expect(reply!.at - sent).toBeGreaterThanOrEqual(1000);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.of('response_url')).toHaveLength(1);
    expectValidSlack(reply!.body);
  });

  it('response_url down (500s and timeouts): the answer arrives as an ephemeral message instead', async () => {
    h.fake.script('response_url', [{ status: 500 }, { delayMs: 1000 }, { status: 502 }]);
    await command('what is the pay grade for Production Coordinator?', 'ru-down');
    const [eph] = await h.fake.waitFor((c) => c.method === 'chat.postEphemeral');
    expect(eph!.body).toMatchObject({ channel: 'C0CHAN', user: 'U0ASKER' });
    expect(flat(eph!.body)).toMatch(/\b14\b/);
    expect(h.fake.of('response_url')).toHaveLength(0);
  });

  it('everything down: logged, nothing thrown, and the next request is served', async () => {
    h.fake.script('response_url', Array.from({ length: 6 }, () => ({ status: 500 as const })));
    h.fake.script('chat.postEphemeral', Array.from({ length: 6 }, () => ({ status: 500 as const })));
    const res = await command('help', 'ru-dead');
    expect(res.status).toBe(200);
    await expect.poll(() => h.logs.join('\n'), { timeout: 10_000 }).toMatch(/answer not delivered and user could not be told/);
    h.fake.reset();
    await command('help', 'ru-after');
    const [reply] = await h.fake.waitFor((c) => c.id === 'ru-after');
    expectValidSlack(reply!.body);
  });
});
