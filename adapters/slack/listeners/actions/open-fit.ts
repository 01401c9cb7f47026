/** "Check a candidate" / "Open the qualification check": open the modal (clicks carry the trigger_id it needs). */
import type { App, BlockAction } from '@slack/bolt';
import { deliver } from '../../deliver.js';
import { renderNotice } from '../../render/index.js';
import { ACTION_IDS } from '../../render/values.js';
import { type FitOrigin, readOrigin } from '../../views/fit-modal.js';
import { FORM_FAILED, openFitForm } from '../../views/open-fit.js';
import type { ListenerDeps } from '../deps.js';
import { clickTargets, clickedValue } from './targets.js';

export function registerOpenFit(app: App, deps: ListenerDeps): void {
  app.action<BlockAction>(ACTION_IDS.openFit, async ({ ack, body, action, client }) => {
    await ack();
    const fromValue = readOrigin(clickedValue(action));
    const origin: FitOrigin = fromValue.channel ? fromValue : body.channel?.id ? { channel: body.channel.id } : {};
    if (!(await openFitForm(client, body.trigger_id, origin, deps)))
      await deliver(clickTargets(body, client, deps), renderNotice(FORM_FAILED), deps.logger, 'open-fit');
  });
}
