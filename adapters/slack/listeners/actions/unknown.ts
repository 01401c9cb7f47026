/**
 * Interactions classbot does not know (an old message's button, another app's id): acknowledged at once so Slack
 * shows no error, and logged. Without this Bolt would leave the request open until its 3-second unhandled timeout.
 */
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';

export function registerUnknownInteractions(app: App, deps: ListenerDeps): void {
  app.action({ action_id: /^(?!classbot_)/ }, async ({ ack, action }) => {
    await ack();
    deps.logger.info({ channel: 'slack', op: 'action:unknown', actionId: String((action as { action_id?: string }).action_id).slice(0, 80) }, 'unknown action ignored');
  });
  app.view({ callback_id: /^(?!classbot_)/ }, async ({ ack }) => {
    await ack();
  });
}
