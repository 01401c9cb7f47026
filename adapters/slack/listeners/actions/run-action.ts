/**
 * Follow-up buttons (`classbot_run:*`) and clarification choices (`classbot_choose*`): the value is the engine's
 * serialised Action, validated, then run through engine.run. A choice replaces the question it answers; other
 * follow-ups arrive as a new message. A fit action without a profile opens the form instead.
 */
import type { App, BlockAction } from '@slack/bolt';
import { answerSource } from '../../answer.js';
import { afterAck, deliver, withMessage } from '../../deliver.js';
import { renderNotice } from '../../render/index.js';
import { ACTION_IDS, decodeAction } from '../../render/values.js';
import { FORM_FAILED, openFitForm } from '../../views/open-fit.js';
import type { ListenerDeps } from '../deps.js';
import { clickTargets, clickedValue } from './targets.js';

export const EXPIRED = "That button no longer works (it may come from an older version of classbot). Ask again, or try `/classbot help`.";

const startsWith = (prefix: string) => new RegExp(`^${prefix}(:|$)`);

export function registerRunAction(app: App, deps: ListenerDeps): void {
  const handler = (replaceOriginal: boolean) =>
    async ({ ack, body, action, client }: { ack: () => Promise<void>; body: BlockAction; action: unknown; client: Parameters<typeof clickTargets>[1] }) => {
      await ack();
      await afterAck();
      const targets = clickTargets(body, client, deps, { replace_original: replaceOriginal });
      const act = decodeAction(clickedValue(action));
      if (!act) {
        deps.logger.warn({ channel: 'slack', op: 'action', actionId: (action as { action_id?: string }).action_id }, 'unreadable action value');
        await deliver(targets, renderNotice(EXPIRED), deps.logger, 'action:expired');
        return;
      }
      if (act.op === 'fit' && !act.profile) {
        const origin = body.channel?.id ? { channel: body.channel.id } : {};
        if (!(await openFitForm(client, body.trigger_id, origin, deps, act.specId)))
          await deliver(targets, renderNotice(FORM_FAILED), deps.logger, 'action:fit-form');
        return;
      }
      const answered = answerSource(deps.engine, { a: act }, deps.logger, { shareable: 'when-private' });
      const placed = targets.map((t) => (t.name === 'dm' ? withMessage(t, answered.unshared) : t));
      await deliver(placed, answered.message, deps.logger, `action:${act.op}`);
    };
  app.action<BlockAction>({ action_id: startsWith(ACTION_IDS.run) }, handler(false));
  app.action<BlockAction>({ action_id: startsWith(ACTION_IDS.choose) }, handler(true));
}
