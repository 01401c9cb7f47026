/**
 * `@classbot …` in a channel: answered in the thread. A qualification check is private, so its result goes to the
 * asker only (ephemeral in the thread, else a DM), with "Share in channel".
 */
import type { App } from '@slack/bolt';
import { answerSource } from '../../answer.js';
import { channelTarget, deliver, dmTarget, ephemeralTarget, withMessage } from '../../deliver.js';
import { stripBotMention, wantsFitForm } from '../../input.js';
import { fitFormPrompt } from './fit-prompt.js';
import type { ListenerDeps } from '../deps.js';

export function registerAppMention(app: App, deps: ListenerDeps): void {
  app.event('app_mention', async ({ event, client, context }) => {
    const text = stripBotMention(event.text, context.botUserId) || 'help';
    const threadTs = event.thread_ts ?? event.ts;
    const user = event.user ?? '';
    const inThread = channelTarget(client, event.channel, threadTs);
    if (wantsFitForm(text)) {
      await deliver([inThread], fitFormPrompt({ channel: event.channel, threadTs }), deps.logger, 'mention:fit-form');
      return;
    }
    const answered = answerSource(deps.engine, { t: text }, deps.logger, { shareable: 'when-private' });
    // Private answers go to the asker only; public ones to the thread, else (Slack refusing the post) to the asker.
    const targets = answered.private && user
      ? [ephemeralTarget(client, event.channel, user, threadTs), withMessage(dmTarget(client, user), answered.unshared)]
      : [inThread, ...(user ? [ephemeralTarget(client, event.channel, user, threadTs)] : [])];
    await deliver(targets, answered.message, deps.logger, 'mention');
  });
}
