/** Teams-shaped activities, as Teams posts them to /api/messages. */
import { randomUUID } from 'node:crypto';

export const BOT = { id: '28:classbot-app-id', name: 'classbot' };
export const USER = { id: '29:user-1', name: 'Pat Manager', aadObjectId: '00000000-0000-0000-0000-000000000001' };
export const TENANT = 'tenant-allowed-1';

export type Scope = 'personal' | 'channel' | 'groupChat';

export interface ActivityOptions {
  serviceUrl: string;
  scope?: Scope;
  tenantId?: string;
  id?: string;
}

function conversation(scope: Scope, tenantId: string) {
  if (scope === 'channel') return { id: '19:general@thread.tacv2;messageid=1700000000000', conversationType: 'channel', isGroup: true, tenantId };
  if (scope === 'groupChat') return { id: '19:group-chat@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId };
  return { id: 'a:personal-chat-1', conversationType: 'personal', tenantId };
}

function base(type: string, o: ActivityOptions) {
  const scope = o.scope ?? 'personal';
  const tenantId = o.tenantId ?? TENANT;
  return {
    type,
    id: o.id ?? `act-${randomUUID()}`,
    timestamp: new Date().toISOString(),
    serviceUrl: o.serviceUrl,
    channelId: 'msteams',
    from: USER,
    recipient: BOT,
    conversation: conversation(scope, tenantId),
    locale: 'en-US',
    channelData: {
      tenant: { id: tenantId },
      ...(scope === 'channel' ? { team: { id: '19:team@thread.tacv2' }, channel: { id: '19:general@thread.tacv2' } } : {}),
    },
  };
}

export function message(text: string, o: ActivityOptions & { mention?: boolean | number }) {
  const mentions = o.mention === true ? 1 : typeof o.mention === 'number' ? o.mention : 0;
  const tag = `<at>${BOT.name}</at>`;
  return {
    ...base('message', o),
    text: mentions > 0 ? `${tag} ${text}${mentions > 1 ? ` ${tag}` : ''}` : text,
    textFormat: 'plain',
    entities: [
      { type: 'clientInfo', locale: 'en-US', platform: 'Web' },
      ...Array.from({ length: mentions }, () => ({ type: 'mention', text: tag, mentioned: BOT })),
    ],
  };
}

/** An Action.Submit click: a message with `value` and no text. */
export function submit(value: unknown, o: ActivityOptions) {
  return { ...base('message', o), value, replyToId: 'card-activity-1' };
}

export function invoke(name: string, value: unknown, o: ActivityOptions) {
  return { ...base('invoke', o), name, value };
}

export function executeAction(verb: string, data: unknown, o: ActivityOptions) {
  return invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' }, o);
}

export function botAdded(o: ActivityOptions) {
  return { ...base('conversationUpdate', o), membersAdded: [{ id: BOT.id }], channelData: { ...base('x', o).channelData, eventType: 'teamMemberAdded' } };
}

export function installed(o: ActivityOptions) {
  return { ...base('installationUpdate', o), action: 'add' };
}
