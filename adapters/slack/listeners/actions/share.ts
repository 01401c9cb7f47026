/**
 * "Share in channel": the asker chose to make a private answer (a slash-command reply, a qualification check)
 * visible. Re-run it and post it in the channel the private message was shown in.
 */
import type { App, BlockAction } from '@slack/bolt';
import { answerSource } from '../../answer.js';
import { afterAck, channelTarget, deliver } from '../../deliver.js';
import { renderNotice } from '../../render/index.js';
import { ACTION_IDS, decodeContinuation } from '../../render/values.js';
import type { ListenerDeps } from '../deps.js';
import { EXPIRED } from './run-action.js';
import { clickTargets, clickedValue } from './targets.js';

export function registerShare(app: App, deps: ListenerDeps): void {
  app.action<BlockAction>(ACTION_IDS.share, async ({ ack, body, action, client }) => {
    await ack();
    await afterAck();
    const targets = clickTargets(body, client, deps, { response_type: 'in_channel', replace_original: false });
    if (body.channel?.id) targets.push(channelTarget(client, body.channel.id));
    const shared = decodeContinuation(clickedValue(action));
    if (!shared) return void (await deliver(clickTargets(body, client, deps), renderNotice(EXPIRED), deps.logger, 'share:expired'));
    const answered = answerSource(deps.engine, shared.src, deps.logger);
    deps.logger.info({ channel: 'slack', op: 'share' }, 'answer shared by the asker');
    await deliver(targets, answered.message, deps.logger, 'share');
  });
}
