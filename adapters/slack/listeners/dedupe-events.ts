/**
 * Slack redelivers an event when it did not see our 200 in time (`X-Slack-Retry-Num`), and Socket Mode may deliver
 * the same envelope again after a reconnect. Each event_id is answered once per process: a bounded memory of the
 * ids seen recently (Slack retries within minutes). Replicas behind a load balancer each keep their own.
 */
import type { AllMiddlewareArgs, AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { ListenerDeps } from './deps.js';

const REMEMBER = 5000;

export function dedupeEvents(deps: ListenerDeps): Middleware<AnyMiddlewareArgs> {
  const seen = new Set<string>();
  return async (args: AnyMiddlewareArgs & AllMiddlewareArgs) => {
    const id = 'event' in args ? (args.body as { event_id?: unknown }).event_id : undefined;
    if (typeof id !== 'string') return args.next();
    if (seen.has(id)) {
      deps.logger.info({ channel: 'slack', op: 'event:duplicate' }, 'event already handled; redelivery ignored');
      return;
    }
    seen.add(id);
    if (seen.size > REMEMBER) seen.delete(seen.values().next().value as string);
    return args.next();
  };
}
