/**
 * SLACK_ALLOWED_TEAM_IDS over real HTTP through the shared server: a workspace not on the list gets a polite
 * refusal and a log line, and no listener runs; a listed workspace is served as usual.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NOT_ENABLED } from '../../adapters/slack/listeners/allow-teams.js';
import { expectValidSlack } from './helpers/blockkit.js';
import { type Harness, startWithServer } from './helpers/harness.js';
import { blockActions, sendCommand, sendEvent, sendInteraction } from './helpers/signed.js';

let h: Harness;
beforeAll(async () => {
  h = await startWithServer({ allowedTeamIds: ['T0TEST'] });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.fake.reset());

describe('SLACK_ALLOWED_TEAM_IDS', () => {
  it('a slash command from another workspace is refused politely in the ack, and nothing runs', async () => {
    const res = await sendCommand(h.eventsUrl, { text: 'help', response_url: h.fake.responseUrl('other'), team_id: 'T0OTHER' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ response_type: 'ephemeral', text: NOT_ENABLED });
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.calls).toEqual([]);
    expect(h.logs.join('\n')).toMatch(/"team":"T0OTHER".*not in SLACK_ALLOWED_TEAM_IDS/);
  });

  it('events and clicks from another workspace are ignored (clicks told why)', async () => {
    const ev = await sendEvent(h.eventsUrl, { type: 'app_mention', user: 'U1', text: '<@UBOT> help', ts: '1.1', channel: 'C1', event_ts: '1.1' }, { teamId: 'T0OTHER' });
    expect(ev.status).toBe(200);
    const click = await sendInteraction(h.eventsUrl, blockActions({ type: 'button', action_id: 'classbot_run:0', value: '{"op":"help"}' }, { responseUrl: h.fake.responseUrl('other-click'), teamId: 'T0OTHER' }));
    expect(click.status).toBe(200);
    const [told] = await h.fake.waitFor((c) => c.id === 'other-click');
    expect(told!.body.text).toBe(NOT_ENABLED);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.of('chat.postMessage')).toEqual([]);
  });

  it('the allowed workspace is served', async () => {
    await sendCommand(h.eventsUrl, { text: 'help', response_url: h.fake.responseUrl('ok'), team_id: 'T0TEST' });
    const [reply] = await h.fake.waitFor((c) => c.id === 'ok');
    expectValidSlack(reply!.body);
  });
});
