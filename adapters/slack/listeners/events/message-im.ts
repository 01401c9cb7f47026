/** Direct messages to the bot: answered in the DM (already private, so fit results need no special handling). */
import type { App } from '@slack/bolt';
import { answerSource } from '../../answer.js';
import { channelTarget, deliver } from '../../deliver.js';
import { slackTextToPlain, wantsFitForm } from '../../input.js';
import { fitFormPrompt } from './fit-prompt.js';
import type { ListenerDeps } from '../deps.js';

export function registerDirectMessages(app: App, deps: ListenerDeps): void {
  app.message(async ({ message, client }) => {
    // Only plain user messages in a DM: not edits, joins, bot posts (our own included).
    if (message.subtype !== undefined || message.channel_type !== 'im' || message.bot_id) return;
    const text = slackTextToPlain(message.text) || 'help';
    const target = channelTarget(client, message.channel);
    if (wantsFitForm(text)) {
      await deliver([target], fitFormPrompt({}), deps.logger, 'dm:fit-form');
      return;
    }
    const answered = answerSource(deps.engine, { t: text }, deps.logger);
    await deliver([target], answered.message, deps.logger, 'dm');
  });
}
