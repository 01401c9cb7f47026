/**
 * TEAMS_ALLOWED_TENANT_IDS: when set, only those Microsoft 365 tenants may use the bot. Others get
 * a polite refusal (a message, or an invoke answer they can show) and a log line; the bot's
 * handlers never run for them.
 */
import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { Logger } from '../../src/log.js';

export const REFUSAL = 'Sorry, classbot is not available to your organisation. Ask your administrator if you need it.';

export function tenantOf(context: TurnContext): string | undefined {
  const activity = context.activity;
  const fromChannelData = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  if (typeof fromChannelData === 'string' && fromChannelData) return fromChannelData;
  return activity.conversation?.tenantId || undefined;
}

export function tenantGuard(allowed: readonly string[] | undefined, logger: Logger): Middleware {
  const allow = new Set((allowed ?? []).map((t) => t.toLowerCase()));
  return {
    async onTurn(context, next) {
      const tenant = tenantOf(context);
      if (allow.size === 0 || (tenant && allow.has(tenant.toLowerCase()))) {
        await next();
        return;
      }
      const { type, name } = context.activity;
      logger.warn({ tenant: tenant ?? null, type, name }, 'Teams request from a tenant not in TEAMS_ALLOWED_TENANT_IDS refused');
      await refuse(context);
    },
  };
}

async function refuse(context: TurnContext): Promise<void> {
  const { type, name } = context.activity;
  if (type === ActivityTypes.Message) {
    await context.sendActivity(REFUSAL);
  } else if (type === ActivityTypes.Invoke) {
    const body =
      name === 'composeExtension/query'
        ? { composeExtension: { type: 'message', text: REFUSAL } }
        : name === 'adaptiveCard/action'
          ? { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: REFUSAL }
          : { message: REFUSAL };
    const status = name === 'composeExtension/query' || name === 'adaptiveCard/action' ? 200 : 403;
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status, body } });
  }
  // Other activities (installs, member changes) get no reply: nothing to say to a foreign tenant.
}
