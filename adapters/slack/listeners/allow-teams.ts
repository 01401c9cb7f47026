/**
 * SLACK_ALLOWED_TEAM_IDS: when set, requests from any other workspace (or Enterprise Grid org) get a polite refusal
 * and a log line; no listener runs.
 */
import type { AnyMiddlewareArgs, AllMiddlewareArgs, Middleware } from '@slack/bolt';
import type { ListenerDeps } from './deps.js';

export const NOT_ENABLED = 'classbot is not enabled for this Slack workspace. Ask your Slack admin if you need it.';

export function allowTeams(deps: ListenerDeps): Middleware<AnyMiddlewareArgs> {
  const allowed = new Set(deps.config.allowedTeamIds ?? []);
  return async (args: AnyMiddlewareArgs & AllMiddlewareArgs) => {
    const { context, next } = args;
    if (allowed.size === 0) return next();
    const team = context.teamId;
    const enterprise = context.enterpriseId;
    if ((team && allowed.has(team)) || (enterprise && allowed.has(enterprise))) return next();
    deps.logger.warn({ channel: 'slack', op: 'refused', team: team ?? null, enterprise: enterprise ?? null }, 'request from a workspace not in SLACK_ALLOWED_TEAM_IDS');
    const ack = (args as { ack?: (response?: unknown) => Promise<void> }).ack;
    const isCommand = 'command' in args;
    if (ack) await ack(isCommand ? { response_type: 'ephemeral', text: NOT_ENABLED } : undefined);
    const respond = (args as { respond?: (m: unknown) => Promise<unknown> }).respond;
    if (!isCommand && respond) await respond({ response_type: 'ephemeral', replace_original: false, text: NOT_ENABLED }).catch(() => undefined);
  };
}
