/**
 * Submission of the qualification-check modal: invalid values go back as `response_action: "errors"` on the block
 * they belong to; otherwise the modal closes and the result is shown only to the asker — ephemeral in the channel
 * the form was opened from (with "Share in channel"), else in a DM. The profile itself is never logged.
 */
import type { App } from '@slack/bolt';
import { answerSource } from '../../answer.js';
import { afterAck, deliver, dmTarget, ephemeralTarget, withMessage } from '../../deliver.js';
import { FIT_CALLBACK_ID, readFitForm, readOrigin } from '../../views/fit-modal.js';
import type { ListenerDeps } from '../deps.js';

export function registerFitSubmission(app: App, deps: ListenerDeps): void {
  app.view(FIT_CALLBACK_ID, async ({ ack, view, body, client }) => {
    const form = readFitForm(view.state.values as Parameters<typeof readFitForm>[0]);
    if (!form.ok) {
      await ack({ response_action: 'errors', errors: form.errors });
      return;
    }
    await ack();
    await afterAck();
    const origin = readOrigin(view.private_metadata);
    const source = { f: form.profile, ...(form.spec ? { s: form.spec } : {}) };
    const answered = answerSource(deps.engine, source, deps.logger, { shareable: Boolean(origin.channel) });
    const user = body.user.id;
    // In a DM there is no channel to share into, so the DM version has no "Share in channel".
    const dm = withMessage(dmTarget(client, user), answered.unshared);
    const targets = origin.channel ? [ephemeralTarget(client, origin.channel, user, origin.threadTs), dm] : [dm];
    await deliver(targets, answered.message, deps.logger, 'fit-form');
  });
}
