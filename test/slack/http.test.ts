/**
 * Slack over HTTP, end to end: the shared server (startServer) on a free port with the real engine on index-data,
 * Bolt's real receiver, properly signed requests exactly as Slack sends them, and a fake Slack Web API /
 * response_url that records what classbot sends back.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeAction, decodeContinuation } from '../../adapters/slack/render/values.js';
import { BLOCK } from '../../adapters/slack/views/fit-modal.js';
import { expectValidSlack, parsedTextsOf, textsOf } from './helpers/blockkit.js';
import type { Recorded } from './helpers/fake-slack.js';
import { type Harness, startWithServer } from './helpers/harness.js';
import { blockActions, send, sendCommand, sendEvent, sendInteraction, signature } from './helpers/signed.js';

let h: Harness;
beforeAll(async () => {
  h = await startWithServer();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.fake.reset());

type Block = { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { action_id?: string; value?: string; type: string }[] };
const blocksOf = (r: Recorded) => (r.body.blocks ?? []) as Block[];
const flat = (r: Recorded) => textsOf(r.body).join('\n');
const buttons = (r: Recorded) => blocksOf(r).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []));

async function command(text: string, id = `cmd-${Math.random().toString(36).slice(2)}`) {
  const responseUrl = h.fake.responseUrl(id);
  const started = performance.now();
  const res = await sendCommand(h.eventsUrl, { text, response_url: responseUrl });
  const ackMs = performance.now() - started;
  const ackBody = await res.text();
  const [reply] = await h.fake.waitFor((c) => c.method === 'response_url' && c.id === id);
  return { res, ackMs, ackBody, reply: reply as Recorded };
}

describe('slash command /classbot', () => {
  it('compare A vs B: acked with an empty 200, then a Block Kit comparison carrying both grades via response_url', async () => {
    const { res, ackMs, ackBody, reply } = await command('compare Production Specialist II vs Production Coordinator');
    console.info(`[slack] /classbot compare acked in ${ackMs.toFixed(0)} ms`);
    expect(res.status).toBe(200);
    expect(ackBody).toBe(''); // the ack carries nothing: the answer comes after it
    expectValidSlack(reply.body);
    expect(reply.body.response_type).toBe('ephemeral');
    const grade = blocksOf(reply).find((b) => b.type === 'section' && /grade/i.test(b.text?.text ?? '') && b.fields?.length === 2);
    expect(grade, flat(reply)).toBeDefined();
    const cells = grade!.fields!.map((f) => f.text);
    expect(cells[0]).toMatch(/Production Specialist II[\s\S]*\b11\b/);
    expect(cells[1]).toMatch(/Production Coordinator[\s\S]*\b14\b/);
    expect(buttons(reply).some((b) => b.action_id === 'classbot_share')).toBe(true);
  });

  it('a question gets the short answer with a citation context line', async () => {
    const { reply } = await command('what is the pay grade for Production Coordinator?');
    expectValidSlack(reply.body);
    const text = flat(reply);
    expect(text).toMatch(/\b14\b/);
    expect(blocksOf(reply).some((b) => b.type === 'context')).toBe(true);
  });

  it.each([
    ['help', /compare/i],
    ['similar Provo Information Systems Technician II', /Help Desk/i],
    ['', /compare/i],
  ])('"%s" is answered within Block Kit limits', async (text, expected) => {
    const { reply } = await command(text);
    expectValidSlack(reply.body);
    expect(flat(reply)).toMatch(expected);
  });

  it('fit <profile> is answered only to the asker, with verdicts and "Share in channel"', async () => {
    const { reply } = await command('fit HS diploma, 4 yrs production support');
    expectValidSlack(reply.body);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(flat(reply)).toMatch(/Meets|Does not meet|Not assessable/);
    expect(buttons(reply).some((b) => b.action_id === 'classbot_share')).toBe(true);
  });

  it('fit with no profile opens the qualification modal', async () => {
    const res = await sendCommand(h.eventsUrl, { text: 'fit', response_url: h.fake.responseUrl(), trigger_id: 'trig-1' });
    expect(res.status).toBe(200);
    const [open] = await h.fake.waitFor((c) => c.method === 'views.open');
    expect(open!.body.trigger_id).toBe('trig-1');
    const view = open!.body.view as Record<string, unknown>;
    expectValidSlack(view, 'modal');
    expect(JSON.stringify(view)).toContain(BLOCK.duration(2));
    expect(JSON.parse(view.private_metadata as string)).toEqual({ channel: 'C0CHAN' });
  });

  it('hostile text cannot inject a broadcast, a mention or a link', async () => {
    const { reply } = await command('<!channel> <!here> <@U0VICTIM> <http://evil.example|click me> &amp; &lt;b&gt;');
    expectValidSlack(reply.body);
    // Only mrkdwn and the notification text are parsed by Slack; plain_text (sent raw) never is.
    const parsed = parsedTextsOf(reply.body).join('\n');
    expect(parsed).not.toMatch(/<!channel>|<!here>|<@U0VICTIM>|<http/);
  });

  it('very long input still gives a valid message', async () => {
    const { reply } = await command(`compare ${'Production Coordinator '.repeat(150)}`);
    expectValidSlack(reply.body);
  });
});

describe('signatures', () => {
  const body = () => new URLSearchParams({ command: '/classbot', text: 'help', response_url: h.fake.responseUrl('forged'), team_id: 'T0TEST', user_id: 'U1', channel_id: 'C1', trigger_id: 't' }).toString();
  const form = 'application/x-www-form-urlencoded';

  it.each([
    ['forged', { signature: 'v0=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' }],
    ['signed with another secret', { secret: 'not-the-secret' }],
    ['missing', { signature: null }],
    ['stale (6 minutes old)', { timestamp: Math.floor(Date.now() / 1000) - 360 }],
  ] as const)('%s signature → 401 and no handler runs', async (_name, opts) => {
    const res = await send(h.eventsUrl, body(), form, opts);
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.calls).toEqual([]);
  });

  it('an oversized body is refused with 413 before any parsing', async () => {
    const res = await send(h.eventsUrl, `text=${'x'.repeat(2 * 1024 * 1024)}`, form);
    expect(res.status).toBe(413);
  });

  it('a body changed after signing → 401', async () => {
    const ts = Math.floor(Date.now() / 1000);
    const res = await send(h.eventsUrl, `${body()}&text=x`, form, { timestamp: ts, signature: signature(body(), ts) });
    expect(res.status).toBe(401);
  });

  it('url_verification answers the challenge', async () => {
    const payload = JSON.stringify({ token: 't', challenge: 'ch-4711', type: 'url_verification' });
    const res = await send(h.eventsUrl, payload, 'application/json');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'ch-4711' });
  });

  it('signed malformed JSON → 400, and the server keeps serving', async () => {
    const res = await send(h.eventsUrl, '{"type": "event_callback", ', 'application/json');
    expect(res.status).toBe(400);
    const { reply } = await command('help');
    expectValidSlack(reply.body);
  });
});

describe('events', () => {
  it('app_mention is answered in the thread', async () => {
    const res = await sendEvent(h.eventsUrl, { type: 'app_mention', user: 'U0ASKER', text: '<@UBOT> what grade is Production Coordinator?', ts: '1700000100.000100', channel: 'C0CHAN', event_ts: '1700000100.000100' });
    expect(res.status).toBe(200);
    const [post] = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(post!.body.channel).toBe('C0CHAN');
    expect(post!.body.thread_ts).toBe('1700000100.000100');
    expectValidSlack(post!.body);
    expect(flat(post!)).toMatch(/\b14\b/);
  });

  it('a mention inside a thread answers in that thread; a fit there is shown only to the asker', async () => {
    await sendEvent(h.eventsUrl, { type: 'app_mention', user: 'U0ASKER', text: '<@UBOT> fit BS in Computer Science, 18 months production support', ts: '1700000200.000300', thread_ts: '1700000200.000100', channel: 'C0CHAN', event_ts: '1700000200.000300' });
    const [eph] = await h.fake.waitFor((c) => c.method === 'chat.postEphemeral');
    expect(eph!.body).toMatchObject({ channel: 'C0CHAN', user: 'U0ASKER', thread_ts: '1700000200.000100' });
    expectValidSlack(eph!.body);
    expect(h.fake.of('chat.postMessage')).toEqual([]);
  });

  it('a redelivered event (same event_id, X-Slack-Retry-Num) is answered only once', async () => {
    const event = { type: 'app_mention', user: 'U0ASKER', text: '<@UBOT> help', ts: '1700000700.000100', channel: 'C0CHAN', event_ts: '1700000700.000100' };
    await sendEvent(h.eventsUrl, event, { eventId: 'EvDUPLICATE1' });
    await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    const retry = await sendEvent(h.eventsUrl, event, { eventId: 'EvDUPLICATE1', retryNum: 1 });
    expect(retry.status).toBe(200);
    await new Promise((r) => setTimeout(r, 400));
    expect(h.fake.of('chat.postMessage')).toHaveLength(1);
  });

  it('a direct message is answered in the DM', async () => {
    await sendEvent(h.eventsUrl, { type: 'message', channel_type: 'im', channel: 'D0DM', user: 'U0ASKER', text: 'similar Information Systems Technician II', ts: '1700000300.000100', event_ts: '1700000300.000100' });
    const [post] = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(post!.body.channel).toBe('D0DM');
    expect(post!.body.thread_ts).toBeUndefined();
    expectValidSlack(post!.body);
  });

  it('the bot’s own messages and edits are ignored', async () => {
    await sendEvent(h.eventsUrl, { type: 'message', channel_type: 'im', channel: 'D0DM', user: 'UBOT', bot_id: 'BBOT', text: 'help', ts: '1700000400.000100' });
    await sendEvent(h.eventsUrl, { type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'D0DM', ts: '1700000400.000200', message: { text: 'help' } });
    await new Promise((r) => setTimeout(r, 400));
    expect(h.fake.of('chat.postMessage')).toEqual([]);
  });

  it('app_home_opened publishes the Home tab: capabilities, examples, specs by jurisdiction with dates', async () => {
    await sendEvent(h.eventsUrl, { type: 'app_home_opened', user: 'U0ASKER', channel: 'D0DM', tab: 'home', event_ts: '1700000500.000100' });
    const [pub] = await h.fake.waitFor((c) => c.method === 'views.publish');
    expect(pub!.body.user_id).toBe('U0ASKER');
    const view = pub!.body.view as Record<string, unknown>;
    expectValidSlack(view, 'home');
    const text = textsOf(view).join('\n');
    expect(text).toContain('Commonwealth of Kentucky');
    expect(text).toMatch(/Production Coordinator — rev\. \d{4}-\d{2}-\d{2}/);
    expect(text).toMatch(/Try one of these/);
  });

  it('an unknown event type is acknowledged and ignored', async () => {
    const res = await sendEvent(h.eventsUrl, { type: 'reaction_added', user: 'U1', reaction: 'thumbsup', item: {}, event_ts: '1' });
    expect(res.status).toBe(200);
  });
});

describe('buttons and selects', () => {
  async function firstAnswer(text: string) {
    const { reply } = await command(text);
    return reply;
  }

  it('a follow-up button runs its Action through the engine and follows up', async () => {
    const reply = await firstAnswer('what is the pay grade for Production Coordinator?');
    const followUp = buttons(reply).find((b) => b.action_id?.startsWith('classbot_run') && decodeAction(b.value)?.op !== 'fit');
    expect(followUp, flat(reply)).toBeDefined();
    const responseUrl = h.fake.responseUrl('click-1');
    const res = await sendInteraction(h.eventsUrl, blockActions({ type: 'button', action_id: followUp!.action_id, value: followUp!.value, text: { type: 'plain_text', text: 'x' } }, { responseUrl }));
    expect(res.status).toBe(200);
    const [post] = await h.fake.waitFor((c) => c.id === 'click-1');
    expectValidSlack(post!.body);
    expect(post!.body.replace_original).toBe(false);
  });

  it('"Share in channel" posts the answer for everyone', async () => {
    const reply = await firstAnswer('compare Production Specialist II vs Production Coordinator');
    const share = buttons(reply).find((b) => b.action_id === 'classbot_share')!;
    expect(decodeContinuation(share.value)).toEqual({ src: { t: 'compare Production Specialist II vs Production Coordinator' }, page: 0 });
    const responseUrl = h.fake.responseUrl('share-1');
    await sendInteraction(h.eventsUrl, blockActions({ type: 'button', action_id: 'classbot_share', value: share.value }, { responseUrl }));
    const [post] = await h.fake.waitFor((c) => c.id === 'share-1');
    expect(post!.body.response_type).toBe('in_channel');
    expectValidSlack(post!.body);
    expect(flat(post!)).toMatch(/\b14\b/);
    expect(buttons(post!).some((b) => b.action_id === 'classbot_share')).toBe(false);
  });

  it('a clarification choice replaces the question with the answer', async () => {
    const value = JSON.stringify({ op: 'show', specId: h.engine.specs()[0]!.id });
    const responseUrl = h.fake.responseUrl('choose-1');
    await sendInteraction(h.eventsUrl, blockActions({ type: 'static_select', action_id: 'classbot_choose', selected_option: { text: { type: 'plain_text', text: 'x' }, value } }, { responseUrl }));
    const [post] = await h.fake.waitFor((c) => c.id === 'choose-1');
    expect(post!.body.replace_original).toBe(true);
    expectValidSlack(post!.body);
    expect(flat(post!)).toContain(h.engine.specs()[0]!.title);
  });

  it('an ambiguous title offers the choices; picking one replaces the question with the answer', async () => {
    const reply = await firstAnswer('similar Information Systems Technician II');
    expectValidSlack(reply.body);
    const choices = buttons(reply).filter((b) => b.action_id?.startsWith('classbot_choose'));
    expect(choices.length).toBe(2);
    // The engine's per-choice follow-ups are not repeated as extra buttons.
    expect(buttons(reply).filter((b) => b.action_id?.startsWith('classbot_run'))).toEqual([]);
    const provo = choices.find((b) => decodeAction(b.value)?.op === 'similar' && b.value?.includes('provo'))!;
    const responseUrl = h.fake.responseUrl('pick-1');
    await sendInteraction(h.eventsUrl, blockActions({ type: 'button', action_id: provo.action_id, value: provo.value }, { responseUrl }));
    const [post] = await h.fake.waitFor((c) => c.id === 'pick-1');
    expect(post!.body.replace_original).toBe(true);
    expectValidSlack(post!.body);
    expect(flat(post!)).toMatch(/Help Desk Coordinator/);
  });

  it('a long answer is cut to fit, and "See the rest" brings each following part until the end', async () => {
    const five = 'compare Production Specialist II vs Production Coordinator vs Provo Information Systems Technician II vs I.T. Help Desk Coordinator vs Information Systems Technician II (Specialist)';
    let reply = await firstAnswer(five);
    const seen = [flat(reply)];
    for (let part = 1; part < 10; part++) {
      expectValidSlack(reply.body);
      const more = buttons(reply).find((b) => b.action_id === 'classbot_more');
      if (!more) break;
      expect(decodeContinuation(more.value)).toEqual({ src: { t: five }, page: part });
      const responseUrl = h.fake.responseUrl(`more-${part}`);
      await sendInteraction(h.eventsUrl, blockActions({ type: 'button', action_id: 'classbot_more', value: more.value }, { responseUrl }));
      [reply] = (await h.fake.waitFor((c) => c.id === `more-${part}`)) as [Recorded];
      expect(reply.body.replace_original).toBe(false);
      seen.push(flat(reply));
    }
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toMatch(new RegExp(`^Part ${seen.length} of ${seen.length} · Compare`, 'm'));
    // Every spec's column appears somewhere across the parts, and nothing was lost at the end.
    for (const title of ['Production Specialist II', 'Production Coordinator', 'I.T. Help Desk Coordinator', 'Information Systems Technician II (Specialist)'])
      expect(seen.join('\n')).toContain(title);
  });

  it('"Check a candidate" opens the modal with the spec preselected', async () => {
    const spec = h.engine.specs()[0]!;
    const value = JSON.stringify({ op: 'fit', specId: spec.id });
    await sendInteraction(h.eventsUrl, blockActions({ type: 'button', action_id: 'classbot_run:2', value }, { responseUrl: h.fake.responseUrl() }));
    const [open] = await h.fake.waitFor((c) => c.method === 'views.open');
    expect(JSON.stringify(open!.body.view)).toContain(`"initial_option":{"text":`);
    expectValidSlack(open!.body.view, 'modal');
  });

  it('"Check a candidate" on the Home tab opens the form; its result will go to a DM', async () => {
    await sendInteraction(h.eventsUrl, blockActions({ type: 'button', action_id: 'classbot_open_fit', value: 'home' }, { container: 'view' }));
    const [open] = await h.fake.waitFor((c) => c.method === 'views.open');
    const view = open!.body.view as Record<string, unknown>;
    expectValidSlack(view, 'modal');
    expect(JSON.parse(view.private_metadata as string)).toEqual({});
  });

  it('"fit" in a mention offers a button that opens the form for that thread', async () => {
    await sendEvent(h.eventsUrl, { type: 'app_mention', user: 'U0ASKER', text: '<@UBOT> fit', ts: '1700000600.000100', channel: 'C0CHAN', event_ts: '1700000600.000100' });
    const [prompt] = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(prompt!.body.thread_ts).toBe('1700000600.000100');
    const open = buttons(prompt!).find((b) => b.action_id === 'classbot_open_fit')!;
    await sendInteraction(h.eventsUrl, blockActions({ type: 'button', action_id: 'classbot_open_fit', value: open.value }, { container: 'message', responseUrl: h.fake.responseUrl() }));
    const [modal] = await h.fake.waitFor((c) => c.method === 'views.open');
    expect(JSON.parse((modal!.body.view as { private_metadata: string }).private_metadata)).toEqual({ channel: 'C0CHAN', threadTs: '1700000600.000100' });
  });

  it('a click on the Home tab answers in a DM', async () => {
    const value = JSON.stringify({ op: 'ask', question: 'What is the pay grade for Production Coordinator?' });
    await sendInteraction(h.eventsUrl, blockActions({ type: 'button', action_id: 'classbot_run:example:0', value }, { container: 'view' }));
    const [post] = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(post!.body.channel).toBe('U0ASKER');
    expectValidSlack(post!.body);
  });

  it('a tampered or stale button value gets a polite message, not an error', async () => {
    const responseUrl = h.fake.responseUrl('bad-1');
    const res = await sendInteraction(h.eventsUrl, blockActions({ type: 'button', action_id: 'classbot_run:0', value: '{"op":"explode"}' }, { responseUrl }));
    expect(res.status).toBe(200);
    const [post] = await h.fake.waitFor((c) => c.id === 'bad-1');
    expect(flat(post!)).toMatch(/no longer works/);
  });

  it('a button for a spec that no longer exists answers politely', async () => {
    const responseUrl = h.fake.responseUrl('gone-1');
    await sendInteraction(h.eventsUrl, blockActions({ type: 'button', action_id: 'classbot_run:0', value: JSON.stringify({ op: 'show', specId: 'no-such-spec' }) }, { responseUrl }));
    const [post] = await h.fake.waitFor((c) => c.id === 'gone-1');
    expectValidSlack(post!.body);
  });

  it('an unknown action is acknowledged at once (200) and nothing is posted', async () => {
    const res = await sendInteraction(h.eventsUrl, blockActions({ type: 'button', action_id: 'something_else', value: 'x' }, { responseUrl: h.fake.responseUrl() }));
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.calls).toEqual([]);
  });
});

describe('qualification modal', () => {
  const submission = (values: Record<string, Record<string, unknown>>, metadata = { channel: 'C0CHAN' }) => ({
    type: 'view_submission',
    team: { id: 'T0TEST', domain: 'test' },
    user: { id: 'U0ASKER', username: 'asker', name: 'asker', team_id: 'T0TEST' },
    api_app_id: 'A0APP',
    token: 't',
    trigger_id: '3333.4444.sub',
    view: {
      id: 'VMODAL',
      team_id: 'T0TEST',
      type: 'modal',
      callback_id: 'classbot_fit',
      private_metadata: JSON.stringify(metadata),
      state: { values },
      hash: 'h',
      title: { type: 'plain_text', text: 'Qualification check' },
      blocks: [],
    },
  });
  const v = (value: string) => ({ value: { type: 'plain_text_input', value } });
  const level = (value: string) => ({ value: { type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: value } } } });

  it('invalid entries come back as errors on the right blocks', async () => {
    const res = await sendInteraction(h.eventsUrl, submission({ [BLOCK.level]: level('bachelor'), [BLOCK.area(1)]: v('help desk'), [BLOCK.duration(1)]: v('forever'), [BLOCK.duration(2)]: v('2 years') }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors).sort()).toEqual([BLOCK.area(2), BLOCK.duration(1)].sort());
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.calls).toEqual([]);
  });

  it('a valid submission closes the modal and shows the verdicts only to the asker, shareable', async () => {
    const res = await sendInteraction(h.eventsUrl, submission({ [BLOCK.level]: level('high-school'), [BLOCK.area(1)]: v('production support'), [BLOCK.duration(1)]: v('4 years') }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const [eph] = await h.fake.waitFor((c) => c.method === 'chat.postEphemeral');
    expect(eph!.body).toMatchObject({ channel: 'C0CHAN', user: 'U0ASKER' });
    expectValidSlack(eph!.body);
    expect(flat(eph!)).toMatch(/Production Specialist II/);
    expect(buttons(eph!).some((b) => b.action_id === 'classbot_share')).toBe(true);
  });

  it('"Share in channel" on a form result posts it for everyone, re-run from the form values', async () => {
    await sendInteraction(h.eventsUrl, submission({ [BLOCK.level]: level('bachelor'), [BLOCK.field]: v('Computer Science'), [BLOCK.area(1)]: v('production support'), [BLOCK.duration(1)]: v('18 months') }));
    const [eph] = await h.fake.waitFor((c) => c.method === 'chat.postEphemeral');
    const share = buttons(eph!).find((b) => b.action_id === 'classbot_share')!;
    expect(decodeContinuation(share.value)?.src).toMatchObject({ f: { education: [{ level: 'bachelor', field: 'Computer Science' }], experience: [{ area: 'production support', months: 18 }] } });
    const responseUrl = h.fake.responseUrl('share-fit');
    await sendInteraction(h.eventsUrl, blockActions({ type: 'button', action_id: 'classbot_share', value: share.value }, { responseUrl }));
    const [shared] = await h.fake.waitFor((c) => c.id === 'share-fit');
    expect(shared!.body.response_type).toBe('in_channel');
    expectValidSlack(shared!.body);
    expect(flat(shared!)).toBe(flat(eph!).replace(/\nShare in channel$/, ''));
  });

  it('opened from Home (no channel), the result arrives as a DM, with nothing to share into', async () => {
    await sendInteraction(h.eventsUrl, submission({ [BLOCK.level]: level('bachelor'), [BLOCK.field]: v('Computer Science') }, {} as { channel: string }));
    const [dm] = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(dm!.body.channel).toBe('U0ASKER');
    expectValidSlack(dm!.body);
    expect(buttons(dm!).some((b) => b.action_id === 'classbot_share')).toBe(false);
  });

  it('when the channel will not take the ephemeral result (bot not a member), it arrives as a DM instead', async () => {
    h.fake.script('chat.postEphemeral', [{ slackError: 'not_in_channel' }]);
    await sendInteraction(h.eventsUrl, submission({ [BLOCK.level]: level('associate'), [BLOCK.field]: v('networking'), [BLOCK.area(1)]: v('help desk'), [BLOCK.duration(1)]: v('1 year') }));
    const [dm] = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(dm!.body.channel).toBe('U0ASKER');
    expect(flat(dm!)).toMatch(/Meets|Does not meet/);
    expect(buttons(dm!).some((b) => b.action_id === 'classbot_share')).toBe(false);
  });

  it('the profile never reaches the logs', async () => {
    const secretArea = 'zebra-wrangling-at-acme-corp';
    await sendInteraction(h.eventsUrl, submission({ [BLOCK.level]: level('master'), [BLOCK.field]: v('Astrophysics-Unique-Field'), [BLOCK.area(1)]: v(secretArea), [BLOCK.duration(1)]: v('3 years') }));
    await h.fake.waitFor((c) => c.method === 'chat.postEphemeral');
    const { reply } = await command(`fit PhD in Unique-Marker-Studies, 7 years ${secretArea}`);
    expectValidSlack(reply.body);
    const logs = h.logs.join('\n');
    expect(logs).toContain('answered');
    expect(logs).not.toContain(secretArea);
    expect(logs).not.toContain('Astrophysics-Unique-Field');
    expect(logs).not.toContain('Unique-Marker-Studies');
  });
});
