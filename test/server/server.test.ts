/**
 * The shared server, started for real on a free port: it loads the seed specs and builds the real engine itself.
 * Probes, the playground's API, Teams at /api/messages (with a local fake connector), request ids and log lines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeConnector, startTestServer, teamsMessage, type Fake, type TestServer } from './helpers.js';

let server: TestServer;
let connector: Fake;

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), fakeConnector()]);
});
afterAll(async () => {
  await Promise.all([server?.close(), connector?.close()]);
});

const COMPARE = 'compare Production Specialist II vs Production Coordinator';

describe('probes', () => {
  it('/healthz: alive', async () => {
    const res = await server.request('/healthz');
    expect(res.status).toBe(200);
    expect(res.json.status).toBe('ok');
  });

  it('/readyz: specs loaded, web and Teams up, Slack off (no credentials)', async () => {
    const res = await server.request('/readyz');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: 'ready', specs: 5, specProblems: 0 });
    expect(res.json.channels.web.ok).toBe(true);
    expect(res.json.channels.teams).toMatchObject({ ok: true, detail: 'unauthenticated (local testing)' });
    expect(res.json.channels.slack).toBeUndefined();
  });

  it('Slack over HTTP is off without credentials: /slack/events is 404', async () => {
    const res = await server.postJson('/slack/events', { type: 'url_verification', challenge: 'x' });
    expect(res.status).toBe(404);
  });
});

describe('the playground', () => {
  it('GET / serves the page with a strict content security policy', async () => {
    const res = await server.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.text).toContain('<form id="ask-form"');
    expect(res.text).toContain('vendor/adaptivecards.min.js');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves its script and the adaptivecards renderer from node_modules', async () => {
    for (const path of ['/playground.js', '/playground.css', '/vendor/adaptivecards.min.js']) {
      const res = await server.request(path);
      expect(res.status, path).toBe(200);
    }
    const ac = await server.request('/vendor/adaptivecards.min.js');
    expect(ac.headers.get('content-type')).toMatch(/javascript/);
    expect(ac.text).toContain('AdaptiveCards');
  });
});

describe('the playground API: one engine, both channel renderings', () => {
  it('POST /api/ask answers a comparison with the Slack message and the Teams card for it', async () => {
    const res = await server.postJson('/api/ask', { text: COMPARE });
    expect(res.status).toBe(200);
    const { answer, slack, teams } = res.json;
    expect(answer.kind).toBe('comparison');
    expect(answer.specs.map((s: { title: string }) => s.title)).toEqual(['Production Specialist II', 'Production Coordinator']);
    expect(slack.blocks[0]).toMatchObject({ type: 'header' });
    expect(JSON.stringify(slack.blocks)).toContain('Production Coordinator');
    expect(teams).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(JSON.stringify(teams)).toContain('Production Specialist II');
    expect(res.json.renderErrors).toBeUndefined();
  });

  it('POST /api/run runs a follow-up the answer offered (what a button click sends)', async () => {
    const first = await server.postJson('/api/ask', { text: COMPARE });
    const followUp = first.json.answer.followUps[0];
    expect(followUp, 'the comparison offers follow-ups').toBeDefined();
    const res = await server.postJson('/api/run', { action: followUp.action });
    expect(res.status).toBe(200);
    expect(res.json.answer.title).not.toBe(first.json.answer.title);
    expect(res.json.slack.blocks.length).toBeGreaterThan(0);
    expect(res.json.teams.type).toBe('AdaptiveCard');
  });

  it('a fit follow-up without a profile answers with the forms: the Teams card and the Slack modal', async () => {
    const res = await server.postJson('/api/run', { action: { op: 'fit', specId: 'ky-production-coordinator' } });
    expect(res.status).toBe(200);
    expect(res.json.form).toBe('fit');
    expect(JSON.stringify(res.json.teams)).toContain('Input.ChoiceSet');
    expect(res.json.slack).toMatchObject({ type: 'modal' });
    expect(JSON.stringify(res.json.slack)).toContain('"initial_option"');
  });

  it("POST /api/fit takes the Slack modal's state, with Slack's per-block errors", async () => {
    const state = (level: string | null, duration: string) => ({
      edu_level: { value: { selected_option: level ? { value: level } : null } },
      edu_field: { value: { value: 'Computer Science' } },
      exp_area_1: { value: { value: 'production support' } },
      exp_duration_1: { value: { value: duration } },
    });
    const ok = await server.postJson('/api/fit', { slackForm: state('bachelor', '2 years') });
    expect(ok.status).toBe(200);
    expect(ok.json.answer.kind).toBe('fit');
    const bad = await server.postJson('/api/fit', { slackForm: state(null, 'a while') });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.fieldErrors).sort()).toEqual(['edu_level', 'exp_duration_1']);
  });

  it('POST /api/fit checks a free-text profile against every spec', async () => {
    const res = await server.postJson('/api/fit', { profile: 'BS in Computer Science, 18 months production support' });
    expect(res.status).toBe(200);
    expect(res.json.answer.kind).toBe('fit');
    expect(res.json.answer.fit.results.length).toBe(5);
  });

  it("POST /api/fit takes the Teams form's inputs", async () => {
    const form = { eduLevel: 'bachelor', eduField: 'Computer Science', exp1Area: 'production support', exp1Years: '2', specId: 'all' };
    const res = await server.postJson('/api/fit', { form });
    expect(res.status).toBe(200);
    expect(res.json.answer.kind).toBe('fit');
    const empty = await server.postJson('/api/fit', { form: { eduLevel: 'none' } });
    expect(empty.status).toBe(400);
  });

  it('GET /api/specs lists the loaded specs', async () => {
    const res = await server.request('/api/specs');
    expect(res.status).toBe(200);
    expect(res.json.specs).toHaveLength(5);
  });

  it('odd input gets a helpful answer, not an error', async () => {
    for (const text of ['', '   ', 'zzqx florp', '<script>alert(1)</script>', '💼'.repeat(50)]) {
      const res = await server.postJson('/api/ask', { text });
      expect(res.status, JSON.stringify(text)).toBe(200);
      expect(typeof res.json.answer.text).toBe('string');
    }
  });
});

describe('Teams at /api/messages (no app id: unauthenticated local mode)', () => {
  it('answers a message with an Adaptive Card delivered to the connector', async () => {
    const before = connector.calls.length;
    const activity = teamsMessage(connector.url, COMPARE);
    const res = await server.postJson('/api/messages', activity);
    expect(res.status).toBeLessThan(300);
    const calls = await connector.waitFor(before + 1);
    const reply = calls.slice(before).find((c) => c.path.includes(`/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities`));
    expect(reply, `connector calls: ${calls.map((c) => c.path).join(', ')}`).toBeDefined();
    const attachment = reply!.json.attachments?.[0];
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(attachment.content)).toContain('Production Coordinator');
  });
});

describe('request ids and log lines', () => {
  it('echoes a safe X-Request-Id, replaces an unsafe one, and logs channel, op and latency per request', async () => {
    const mine = await server.postJson('/api/ask', { text: 'help' }, { 'x-request-id': 'trace-abc-123' });
    expect(mine.headers.get('x-request-id')).toBe('trace-abc-123');
    const unsafe = await server.request('/healthz', { headers: { 'x-request-id': 'bad id\twith<stuff>' } });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const line = server.logs.lines().find((l) => l.reqId === 'trace-abc-123' && l.msg === 'request');
    expect(line).toMatchObject({ level: 'info', channel: 'web', op: 'ask', method: 'POST', path: '/api/ask', status: 200 });
    expect(typeof line!.latency).toBe('number');
    expect(typeof line!.time).toBe('string');
  });

  it('Teams requests are logged as channel teams with the activity type as op', async () => {
    await server.postJson('/api/messages', teamsMessage(connector.url, 'help'), { 'x-request-id': 'teams-req-1' });
    const line = server.logs.lines().find((l) => l.reqId === 'teams-req-1' && l.msg === 'request');
    expect(line).toMatchObject({ channel: 'teams', op: 'message', path: '/api/messages' });
  });
});
