/**
 * Teams end to end: real shared server, real botbuilder CloudAdapter, real engine over index-data,
 * a fake Bot Framework connector on loopback. Activities go in over HTTP; cards come out at the fake.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CARD_BYTE_BUDGET, byteSize } from '../../adapters/teams/cards/index.js';
import type { Engine } from '../../src/engine/engine.js';
import { botAdded, executeAction, installed, invoke, message, submit } from './helpers/activities.js';
import { allStrings, parseCard } from './helpers/adaptive.js';
import { startFakeConnector, type FakeConnector, type RecordedActivity } from './helpers/connector.js';
import { counting, realEngine, startTestServer, type TestServer } from './helpers/server.js';

type Card = { type: string; version: string; body: any[]; actions?: { type: string; title: string; verb?: string; data: any }[] };

let connector: FakeConnector;
let server: TestServer;
let calls: Record<string, number>;
let engine: Engine;

beforeAll(async () => {
  connector = await startFakeConnector();
  const counted = counting(await realEngine());
  engine = counted.engine;
  calls = counted.calls;
  server = await startTestServer({ engine });
});
afterAll(async () => {
  await server?.close();
  await connector?.close();
});
beforeEach(() => {
  connector.reset();
  for (const key of Object.keys(calls)) delete calls[key];
});

const o = () => ({ serviceUrl: connector.serviceUrl });

/** The one card that arrived at the connector; checked valid and within the size budget. */
function onlyCard(): { card: Card; delivery: RecordedActivity } {
  expect(connector.activities).toHaveLength(1);
  const delivery = connector.activities[0]!;
  const attachment = delivery.activity.attachments?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  const card = attachment!.content as unknown as Card;
  expect(card.version).toBe('1.5');
  expect(parseCard(card).errors).toEqual([]);
  expect(byteSize(delivery.activity)).toBeLessThan(CARD_BYTE_BUDGET + 4000);
  return { card, delivery };
}

const text = (card: unknown) => allStrings(card).join('\n');

describe('Teams commands over /api/messages', () => {
  it('compare Production Specialist II vs Production Coordinator: both grades side by side in a Table', async () => {
    const res = await server.post(message('compare Production Specialist II vs Production Coordinator', o()));
    expect(res.status).toBe(200);
    const { card, delivery } = onlyCard();
    expect(delivery.conversationId).toBe('a:personal-chat-1');
    const table = card.body.find((e) => e.type === 'Table');
    expect(table, 'a Table').toBeDefined();
    expect(table.columns).toHaveLength(3);
    const header = allStrings(table.rows[0]);
    expect(header.join(' ')).toContain('Production Specialist II');
    expect(header.join(' ')).toContain('Production Coordinator');
    const specsOrder = header.join(' ').indexOf('Production Specialist II') < header.join(' ').indexOf('Production Coordinator') ? [0, 1] : [1, 0];
    const gradeRow = card.body
      .filter((e) => e.type === 'Table')
      .flatMap((t) => t.rows)
      .find((r: any) => /grade/i.test(allStrings(r.cells[0]).join(' ')));
    expect(gradeRow, 'a grade row').toBeDefined();
    const cells = gradeRow.cells.slice(1).map((c: unknown) => allStrings(c).join(' '));
    expect(cells[specsOrder[0]!]).toMatch(/\b11\b/);
    expect(cells[specsOrder[1]!]).toMatch(/\b14\b/);
    expect(calls.handle).toBe(1);
  });

  it('ask <question> answers with a fact card and its citation footer', async () => {
    await server.post(message('ask what is the pay grade for Production Coordinator?', o()));
    const { card } = onlyCard();
    expect(text(card.body)).toMatch(/\b14\b/);
    expect(text(card.body)).toContain('Sources');
    expect(calls.ask).toBe(1);
  });

  it('a plain question works without a command word', async () => {
    await server.post(message("what's the pay grade for Production Coordinator?", o()));
    const { card } = onlyCard();
    expect(text(card.body)).toMatch(/\b14\b/);
  });

  it('similar <title> ranks similar specs with reasons', async () => {
    await server.post(message('similar Information Systems Technician II (Specialist)', o()));
    const { card } = onlyCard();
    expect(text(card.body)).toContain('Production Specialist II');
  });

  it('fit <profile> answers with verdicts', async () => {
    await server.post(message('fit BS in Computer Science, 18 months production support', o()));
    const { card } = onlyCard();
    expect(text(card.body)).toMatch(/Meets|Does not meet|Not assessable/);
    expect(calls.handle).toBe(1);
  });

  it('help lists the commands', async () => {
    await server.post(message('help', o()));
    const { card } = onlyCard();
    expect(text(card.body).toLowerCase()).toContain('compare');
    expect(calls.help).toBe(1);
  });

  it('in a channel, every mention of the bot is removed and the reply goes to the thread', async () => {
    await server.post(message('compare Production Specialist II vs Production Coordinator', { ...o(), scope: 'channel', mention: 2, id: 'root-msg-7' }));
    const { card, delivery } = onlyCard();
    expect(delivery.conversationId).toBe('19:general@thread.tacv2;messageid=1700000000000');
    expect(delivery.replyToId).toBe('root-msg-7');
    expect(card.body.some((e) => e.type === 'Table')).toBe(true);
    expect(text(card)).not.toContain('<at>');
  });

  it('a follow-up button (Action.Submit) runs its action through the engine', async () => {
    await server.post(message('ask what is the pay grade for Production Coordinator?', o()));
    const first = onlyCard().card;
    const followUp = first.actions?.find((a) => a.type === 'Action.Submit');
    expect(followUp, 'the answer offers a follow-up').toBeDefined();
    connector.reset();
    await server.post(submit(followUp!.data, o()));
    onlyCard();
    expect(calls.run).toBe(1);
  });

  it('a long answer is cut to fit, and "Show more" brings the next part', async () => {
    const question = 'compare Production Specialist II vs Production Coordinator';
    await server.post(message(question, o()));
    let { card } = onlyCard();
    const seen = [text(card.body)];
    let more = card.actions?.find((a) => a.title === 'Show more');
    expect(more, 'the comparison with its duties and sources is longer than one card').toBeDefined();
    while (more) {
      expect(more.data).toMatchObject({ classbot: 'more', request: { text: question } });
      connector.reset();
      await server.post(submit(more.data, o()));
      ({ card } = onlyCard());
      seen.push(text(card.body));
      more = card.actions?.find((a) => a.title === 'Show more');
      expect(seen.length).toBeLessThan(10);
    }
    expect(seen.at(-1)).toMatch(/Continued, part \d+ of \d+/);
    // Nothing is lost: the last citation of the answer is on some part.
    const answer = engine.handle(question);
    expect(seen.join('\n')).toContain(`[${answer.citations.length}] `);
  });

  it('a stale or foreign card payload gets a polite card, not an error', async () => {
    await server.post(submit({ classbot: 'run', action: { op: 'explode' } }, o()));
    const { card } = onlyCard();
    expect(text(card)).toContain('no longer works');
  });
});

describe('welcome', () => {
  it('sends the welcome card once when installed (conversationUpdate + installationUpdate)', async () => {
    const opts = { ...o(), scope: 'channel' as const };
    await server.post(botAdded(opts));
    await server.post(installed(opts));
    const { card } = onlyCard();
    expect(text(card)).toContain('classbot');
    expect(text(card)).toContain('compare <a> vs <b>');
  });

  it('welcomes a personal install, in that chat', async () => {
    await server.post(installed({ ...o(), scope: 'personal' }));
    const { card, delivery } = onlyCard();
    expect(delivery.conversationId).toBe('a:personal-chat-1');
    expect(text(card)).toContain('Hello, I am classbot');
  });

  it('says nothing when someone else joins a team', async () => {
    const joined = { ...botAdded({ ...o(), scope: 'channel' }), membersAdded: [{ id: '29:new-colleague' }] };
    const res = await server.post(joined);
    expect(res.status).toBe(200);
    expect(connector.activities).toHaveLength(0);
  });
});

describe('the fit form', () => {
  async function openForm(): Promise<Card> {
    await server.post(message('fit', o()));
    const { card } = onlyCard();
    connector.reset();
    return card;
  }

  it('"fit" with no profile sends the form; its Execute submit returns the verdict card in the invoke response', async () => {
    const form = await openForm();
    const execute = form.actions!.find((a) => a.type === 'Action.Execute')!;
    expect(execute.verb).toBe('classbot.fit');
    const inputs = { eduLevel: 'bachelor', eduField: 'Computer Science', exp1Area: 'production support', exp1Years: '1.5', specId: 'all' };
    const res = await server.post(executeAction(execute.verb!, { ...execute.data, ...inputs }, o()));
    expect(res.status).toBe(200);
    expect(res.body.statusCode).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(parseCard(res.body.value).errors).toEqual([]);
    expect(text(res.body.value)).toMatch(/Meets|Does not meet|Not assessable/);
    expect(calls.fit).toBe(1);
  });

  it('a double submit of the same form runs the check once and answers both with the same card', async () => {
    const form = await openForm();
    const execute = form.actions!.find((a) => a.type === 'Action.Execute')!;
    const activity = executeAction(execute.verb!, { ...execute.data, eduLevel: 'high-school', exp1Area: 'production support', exp1Years: '4' }, o());
    const [a, b] = await Promise.all([server.post(activity), server.post({ ...activity, id: 'retry-2' })]);
    const c = await server.post({ ...activity, id: 'retry-3' });
    expect(calls.fit).toBe(1);
    expect(a.body.value).toEqual(b.body.value);
    expect(c.body.value).toEqual(a.body.value);
  });

  it('an empty form comes back with a message instead of a check', async () => {
    const form = await openForm();
    const execute = form.actions!.find((a) => a.type === 'Action.Execute')!;
    const res = await server.post(executeAction(execute.verb!, { ...execute.data, eduLevel: 'none' }, o()));
    expect(res.body.statusCode).toBe(200);
    expect(text(res.body.value)).toContain('Enter an education level');
    expect(calls.fit ?? 0).toBe(0);
  });

  it('a half-filled or out-of-range experience row comes back with a message naming the row (validated here, not in the card)', async () => {
    const form = await openForm();
    const execute = form.actions!.find((a) => a.type === 'Action.Execute')!;
    const cases: [Record<string, string>, RegExp][] = [
      [{ exp1Area: 'help desk', exp1Years: '2', exp2Years: '-3' }, /Experience 2: years must be a number from 0 to 60/],
      [{ exp1Area: 'help desk', exp1Years: '99' }, /Experience 1: years must be a number from 0 to 60/],
      [{ exp3Area: 'help desk' }, /Experience 3: enter the years of help desk experience/],
      [{ exp2Years: '4' }, /Experience 2: enter the area/],
    ];
    for (const [inputs, message] of cases) {
      const res = await server.post(executeAction(execute.verb!, { ...execute.data, submitId: `bad-${Object.values(inputs).join('-')}`, eduLevel: 'bachelor', ...inputs }, o()));
      expect(res.body.statusCode).toBe(200);
      expect(parseCard(res.body.value).errors).toEqual([]);
      expect(text(res.body.value)).toMatch(message);
      // The form comes back with what was typed, ready to correct.
      expect(JSON.stringify(res.body.value)).toContain('"verb":"classbot.fit"');
    }
    expect(calls.fit ?? 0).toBe(0);
  });

  it('the form submitted with Action.Submit also runs once', async () => {
    const form = await openForm();
    const data = { ...form.actions!.find((a) => a.type === 'Action.Execute')!.data, eduLevel: 'bachelor', exp1Area: 'help desk', exp1Years: '2' };
    await server.post(submit(data, o()));
    await server.post(submit(data, o()));
    expect(calls.fit).toBe(1);
    onlyCard();
  });
});

describe('message extension', () => {
  it('searches spec titles and returns previews with a spec summary card, in the HTTP reply', async () => {
    const query = { commandId: 'searchSpecs', parameters: [{ name: 'searchQuery', value: 'production' }], queryOptions: { skip: 0, count: 10 } };
    const res = await server.post(invoke('composeExtension/query', query, o()));
    expect(res.status).toBe(200);
    const result = res.body.composeExtension;
    expect(result.type).toBe('result');
    const titles = result.attachments.map((a: any) => a.preview.content.title);
    expect(titles).toEqual(expect.arrayContaining(['Production Specialist II', 'Production Coordinator']));
    for (const a of result.attachments) {
      expect(a.preview.contentType).toMatch(/thumbnail|hero/);
      expect(a.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(parseCard(a.content).errors).toEqual([]);
      expect(byteSize(a.content)).toBeLessThanOrEqual(6000);
    }
    expect(res.text.length).toBeLessThan(100_000);
    expect(connector.activities).toHaveLength(0);
  });

  it('an initial run lists specs, a query with no match says so', async () => {
    const initial = await server.post(invoke('composeExtension/query', { commandId: 'searchSpecs', parameters: [{ name: 'initialRun', value: 'true' }] }, o()));
    expect(initial.body.composeExtension.attachments.length).toBeGreaterThan(0);
    const none = await server.post(invoke('composeExtension/query', { commandId: 'searchSpecs', parameters: [{ name: 'searchQuery', value: 'zzqxv' }] }, o()));
    expect(['message', 'result']).toContain(none.body.composeExtension.type);
  });
});

describe('bad input', () => {
  it('a body without a type is a 400', async () => {
    const res = await server.post({ text: 'hello' });
    expect(res.status).toBe(400);
  });

  it('malformed JSON is a 400 and the server keeps serving', async () => {
    const res = await server.post('{"type": "message", ');
    expect(res.status).toBe(400);
    const ok = await server.post(message('help', o()));
    expect(ok.status).toBe(200);
  });

  // Regression seeds found by test/teams/fuzz.test.ts: botbuilder answered these 501.
  it('an unknown invoke, or an adaptiveCard/action without an action, is a 400', async () => {
    for (const [name, value] of [['task/unknown', {}], ['adaptiveCard/action', []], ['adaptiveCard/action', 'x']] as const) {
      const res = await server.post(invoke(name, value, o()));
      expect(res.status, `${name} ${JSON.stringify(value)}`).toBe(400);
    }
  });

  it('odd text gets a helpful answer', async () => {
    await server.post(message('**bold** [x](http://evil.example) <at>someone</at> %%%', o()));
    const { card } = onlyCard();
    // What is shown (body, button titles) has no live link or markdown; button data is never shown.
    const shown = [...allStrings(card.body), ...(card.actions ?? []).map((a) => a.title)].join('\n');
    expect(shown).not.toContain('](http://evil');
    expect(shown).not.toContain('http://evil');
  });
});
