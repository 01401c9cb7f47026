/** "See the rest": re-run the request the message came from and show the next page (the server keeps no state). */
import type { App, BlockAction } from '@slack/bolt';
import { answerSource } from '../../answer.js';
import { afterAck, deliver } from '../../deliver.js';
import { renderNotice } from '../../render/index.js';
import { ACTION_IDS, decodeContinuation } from '../../render/values.js';
import type { ListenerDeps } from '../deps.js';
import { EXPIRED } from './run-action.js';
import { clickTargets, clickedValue } from './targets.js';

export function registerMore(app: App, deps: ListenerDeps): void {
  app.action<BlockAction>(ACTION_IDS.more, async ({ ack, body, action, client }) => {
    await ack();
    await afterAck();
    const targets = clickTargets(body, client, deps);
    const next = decodeContinuation(clickedValue(action));
    if (!next) return void (await deliver(targets, renderNotice(EXPIRED), deps.logger, 'more:expired'));
    const answered = answerSource(deps.engine, next.src, deps.logger, { page: next.page });
    await deliver(targets, answered.message, deps.logger, 'more');
  });
}
