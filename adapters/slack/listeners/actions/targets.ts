/** Where the answer to a click goes: back through the message's response_url (only the clicker sees it), else a DM. */
import type { BlockAction, webApi } from '@slack/bolt';
import { dmTarget, ephemeralTarget, responseUrlTarget, type Target } from '../../deliver.js';
import type { ListenerDeps } from '../deps.js';

export function clickTargets(
  body: BlockAction,
  client: webApi.WebClient,
  deps: ListenerDeps,
  extra: { response_type?: 'ephemeral' | 'in_channel'; replace_original?: boolean } = {},
): Target[] {
  const targets: Target[] = [];
  const responseUrl = (body as { response_url?: string }).response_url;
  if (responseUrl) targets.push(responseUrlTarget(responseUrl, deps.retry, extra));
  if (body.channel?.id && extra.response_type !== 'in_channel') targets.push(ephemeralTarget(client, body.channel.id, body.user.id));
  if (!responseUrl || body.container?.type === 'view') targets.push(dmTarget(client, body.user.id));
  return targets;
}

/** The value of the clicked button or chosen option. */
export function clickedValue(action: unknown): string | undefined {
  const a = action as { type?: string; value?: string; selected_option?: { value?: string } };
  return a.type === 'static_select' ? a.selected_option?.value : a.value;
}
