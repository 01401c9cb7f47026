/**
 * How classbot talks to the Bot Framework connector (Teams' side).
 *
 * botbuilder's ConnectorClient already retries where the platform says to: 429 and 503 honour
 * Retry-After, other 5xx and connection errors back off exponentially (core-rest-pipeline's
 * default retry policy, 3 retries). What it lacks is a timeout: a connector that never answers
 * would hold the turn, and the request from Teams, forever. CloudAdapter calls the connector's
 * operations without options, so this passes each one the library's own `timeout` option. A
 * timed-out post is not retried (it may have been delivered; a retry could post the reply twice).
 */
import { ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';

export const DEFAULT_CONNECTOR_TIMEOUT_MS = 10_000;

type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;

/** jsonwebtoken's verification failures (the token is bad, not the server). */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/** Conversation operations the adapter uses, and the index of their `options` argument. */
const OPTIONS_INDEX = {
  replyToActivity: 3,
  sendToConversation: 2,
  updateActivity: 3,
  deleteActivity: 2,
  createConversation: 1,
} as const;

function withTimeout(client: ConnectorClient, timeoutMs: number): ConnectorClient {
  const conversations = client.conversations as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const [name, index] of Object.entries(OPTIONS_INDEX)) {
    const original = conversations[name];
    if (typeof original !== 'function') continue;
    conversations[name] = function (this: unknown, ...args: unknown[]) {
      const options = args[index];
      if (options === undefined || options === null) args[index] = { timeout: timeoutMs };
      else if (typeof options === 'object' && !('timeout' in options)) args[index] = { ...options, timeout: timeoutMs };
      return original.apply(conversations, args);
    };
  }
  return client;
}

/** Bot Framework authentication from configuration, whose connector clients time out. */
export class ClassbotAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    settings: ConfigurationBotFrameworkAuthenticationOptions,
    private readonly timeoutMs: number = DEFAULT_CONNECTOR_TIMEOUT_MS,
  ) {
    super(settings);
  }

  /**
   * Incoming requests. A token that fails signature, expiry or not-before checks surfaces from
   * jsonwebtoken as a plain error, which CloudAdapter answers with 500 (and Teams retries): it is
   * an authentication failure, so it becomes one (401). The adapter then replies through the
   * connector factory returned here, with timeouts.
   */
  override async authenticateRequest(
    ...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
  ): ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']> {
    let result: Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;
    try {
      result = await super.authenticateRequest(...args);
    } catch (error) {
      if (error instanceof Error && TOKEN_ERRORS.has(error.name)) {
        throw new AuthenticationError(`Unauthorized: ${error.message}`, 401);
      }
      throw error;
    }
    return result.connectorFactory ? { ...result, connectorFactory: this.timed(result.connectorFactory) } : result;
  }

  /** Proactive messages. */
  override createConnectorFactory(...args: Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>): ConnectorFactory {
    return this.timed(super.createConnectorFactory(...args));
  }

  private timed(inner: ConnectorFactory): ConnectorFactory {
    const timeoutMs = this.timeoutMs;
    return Object.assign(Object.create(inner) as ConnectorFactory, {
      async create(serviceUrl: string, audience?: string) {
        return withTimeout(await inner.create(serviceUrl, audience), timeoutMs);
      },
    });
  }
}

/** The parts of a connector/HTTP error worth logging: never its request (it holds the bearer token). */
export function errorSummary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error).slice(0, 300) };
  const e = error as Error & { statusCode?: number; code?: string };
  return {
    name: e.name,
    message: e.message.split('\n')[0]!.slice(0, 300),
    ...(e.statusCode !== undefined ? { statusCode: e.statusCode } : {}),
    ...(e.code !== undefined ? { code: e.code } : {}),
  };
}
