/**
 * `/classbot <question>` · `compare <a> vs <b>` · `similar <title>` · `fit <profile>` · `fit` (opens the form) · `help`.
 * Acked at once (empty ack: nothing shown), then answered through response_url, visible only to the asker with a
 * "Share in channel" button.
 */
import type { App } from '@slack/bolt';
import { answerSource } from '../../answer.js';
import { afterAck, deliver, ephemeralTarget, responseUrlTarget } from '../../deliver.js';
import { slackTextToPlain, wantsFitForm } from '../../input.js';
import { renderNotice } from '../../render/index.js';
import { FORM_FAILED, openFitForm } from '../../views/open-fit.js';
import type { ListenerDeps } from '../deps.js';

export const SLASH_COMMAND = '/classbot';

export function registerClassbotCommand(app: App, deps: ListenerDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, client }) => {
    await ack();
    await afterAck();
    const text = slackTextToPlain(command.text) || 'help';
    const targets = [
      responseUrlTarget(command.response_url, deps.retry),
      ephemeralTarget(client, command.channel_id, command.user_id),
    ];
    if (wantsFitForm(text)) {
      const opened = await openFitForm(client, command.trigger_id, { channel: command.channel_id }, deps);
      if (!opened) await deliver(targets, renderNotice(FORM_FAILED), deps.logger, 'command:fit-form');
      return;
    }
    const answered = answerSource(deps.engine, { t: text }, deps.logger, { shareable: true });
    await deliver(targets, answered.message, deps.logger, 'command');
  });
}
