/**
 * classbot's Teams channel: botbuilder's CloudAdapter at POST /api/messages in front of one
 * TeamsActivityHandler (bot.ts), cards built in cards/.
 *
 * Kept thin and isolated on purpose: botbuilder is in maintenance, and moving to its successor
 * (the Microsoft 365 Agents SDK, which has a compatible TeamsActivityHandler) should only touch
 * this folder.
 */
import { CallerIdConstants, CloudAdapter, type TurnContext } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { RequestHandler } from 'express';
import type { TeamsConfig } from '../../src/config-shape.js';
import type { Engine } from '../../src/engine/engine.js';
import type { Logger } from '../../src/log.js';
import { ClassbotBot } from './bot.js';
import { ClassbotAuthentication, errorSummary } from './connector.js';
import { tenantGuard } from './tenant.js';

export interface TeamsChannel {
  /** Express handler for POST /api/messages. */
  handler: RequestHandler;
  /** Wait (bounded) for turns in flight. */
  stop(): Promise<void>;
}

export interface TeamsDeps {
  engine: Engine;
  config: TeamsConfig;
  logger: Logger;
}

const STOP_WAIT_MS = 10_000;

/** Bot Framework's public-cloud endpoints. */
const PUBLIC_CLOUD = {
  ValidateAuthority: 'true',
  ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
  ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
  ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
  OAuthUrl: AuthenticationConstants.OAuthUrl,
  ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
  CallerId: CallerIdConstants.PublicAzureChannel,
};

function authentication(config: TeamsConfig): ClassbotAuthentication {
  const settings: Record<string, string> = {};
  if (config.appId) {
    settings.MicrosoftAppId = config.appId;
    settings.MicrosoftAppType = config.appType;
    if (config.appPassword) settings.MicrosoftAppPassword = config.appPassword;
    if (config.tenantId) settings.MicrosoftAppTenantId = config.tenantId;
  }
  // No app id: no token checks and unauthenticated replies (Emulator, Agents Playground, tests).
  if (config.openIdMetadataUrl) {
    // botbuilder takes any one override as "all settings are explicit": give it the public cloud's others.
    Object.assign(settings, PUBLIC_CLOUD, { ToBotFromChannelOpenIdMetadataUrl: config.openIdMetadataUrl });
  }
  return new ClassbotAuthentication(settings, config.connectorTimeoutMs);
}

function isActivity(body: unknown): body is { type: string } {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && typeof (body as { type?: unknown }).type === 'string';
}

export function createTeamsChannel({ engine, config, logger }: TeamsDeps): TeamsChannel {
  if (config.appId && config.appType === 'SingleTenant' && !config.tenantId) {
    throw new Error('MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant');
  }
  const log = logger.child({ channel: 'teams' });
  const adapter = new CloudAdapter(authentication(config));
  adapter.use(tenantGuard(config.allowedTenantIds, log));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error({ err: errorSummary(error), type: context.activity.type, name: context.activity.name }, 'Teams turn failed');
    if (context.activity.type !== 'message') return;
    try {
      await context.sendActivity('Sorry, I could not answer that just now. Please try again in a moment.');
    } catch (sendError) {
      log.error({ err: errorSummary(sendError) }, 'could not tell the Teams user about the failure (connector unreachable?)');
    }
  };
  const bot = new ClassbotBot(engine, log);
  const inFlight = new Set<Promise<unknown>>();

  const handler: RequestHandler = async (req, res) => {
    // The shared server checks this too; botbuilder throws outside its own try/catch without it.
    if (!isActivity(req.body)) {
      res.status(400).json({ error: 'Expected a Bot Framework activity (a JSON object with a "type").' });
      return;
    }
    const turn = adapter.process(req, res, (context) => bot.run(context));
    inFlight.add(turn);
    try {
      await turn;
    } catch (error) {
      log.error({ err: errorSummary(error) }, 'Teams request failed');
      if (!res.headersSent) res.status(500).json({ error: 'classbot could not process this activity.' });
    } finally {
      inFlight.delete(turn);
    }
  };

  return {
    handler,
    async stop() {
      const wait = new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref());
      await Promise.race([Promise.allSettled([...inFlight]), wait]);
    },
  };
}
