/** Requests exactly as Slack sends them: form-encoded commands and interactions, JSON events, all signed. */
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

export function signature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  /** Seconds since epoch; default now. */
  timestamp?: number;
  /** Override the signature header (forged) or drop it (null). */
  signature?: string | null;
  secret?: string;
  /** Mark as Slack's redelivery of an event (X-Slack-Retry-Num). */
  retryNum?: number;
}

export async function send(url: string, body: string, contentType: string, opts: SendOptions = {}): Promise<Response> {
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': contentType, 'x-slack-request-timestamp': String(ts) };
  const sig = opts.signature === undefined ? signature(body, ts, opts.secret) : opts.signature;
  if (opts.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(opts.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  if (sig !== null) headers['x-slack-signature'] = sig;
  return fetch(url, { method: 'POST', headers, body });
}

export interface CommandFields {
  text: string;
  response_url: string;
  team_id?: string;
  user_id?: string;
  channel_id?: string;
  trigger_id?: string;
  command?: string;
}

export function commandBody(f: CommandFields): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: f.team_id ?? 'T0TEST',
    team_domain: 'test',
    channel_id: f.channel_id ?? 'C0CHAN',
    channel_name: 'hr',
    user_id: f.user_id ?? 'U0ASKER',
    user_name: 'asker',
    command: f.command ?? '/classbot',
    text: f.text,
    api_app_id: 'A0APP',
    is_enterprise_install: 'false',
    response_url: f.response_url,
    trigger_id: f.trigger_id ?? '1234.5678.abcdef',
  }).toString();
}

export const sendCommand = (url: string, f: CommandFields, opts?: SendOptions) =>
  send(url, commandBody(f), 'application/x-www-form-urlencoded', opts);

export function eventBody(event: Record<string, unknown>, teamId = 'T0TEST', eventId?: string): string {
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: teamId,
    api_app_id: 'A0APP',
    event,
    type: 'event_callback',
    event_id: eventId ?? `Ev${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: teamId, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
  });
}

export const sendEvent = (url: string, event: Record<string, unknown>, opts?: SendOptions & { teamId?: string; eventId?: string; retryNum?: number }) =>
  send(url, eventBody(event, opts?.teamId, opts?.eventId), 'application/json', opts);

export const sendInteraction = (url: string, payload: Record<string, unknown>, opts?: SendOptions) =>
  send(url, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', opts);

/** A block_actions payload for a click on `action` in a message (ephemeral by default) or the Home tab. */
export function blockActions(
  action: Record<string, unknown>,
  opts: { responseUrl?: string; container?: 'message' | 'ephemeral' | 'view'; teamId?: string; user?: string } = {},
): Record<string, unknown> {
  const container = opts.container ?? 'ephemeral';
  return {
    type: 'block_actions',
    user: { id: opts.user ?? 'U0ASKER', username: 'asker', name: 'asker', team_id: opts.teamId ?? 'T0TEST' },
    api_app_id: 'A0APP',
    token: 'deprecated-verification-token',
    team: { id: opts.teamId ?? 'T0TEST', domain: 'test' },
    trigger_id: '2222.3333.click',
    is_enterprise_install: false,
    enterprise: null,
    actions: [{ block_id: 'b1', action_ts: '1700000001.000200', ...action }],
    ...(container === 'view'
      ? { container: { type: 'view', view_id: 'VHOME' }, view: { id: 'VHOME', type: 'home' } }
      : {
          container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0CHAN', is_ephemeral: container === 'ephemeral' },
          channel: { id: 'C0CHAN', name: 'hr' },
          response_url: opts.responseUrl,
        }),
  };
}
