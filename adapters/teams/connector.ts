/**
 * How classbot talks to the Bot Framework connector (Teams' side).
 *
 * botbuilder's ConnectorClient already retries where the platform says to: 429 and 503 honour
 * Retry-After, other 5xx and connection errors back off exponentially (core-rest-pipeline's
 * default retry policy, 3 retries). What it lacks is a timeout: a connector that never answers
 * would hold the turn forever. This adds one per attempt; a timed-out post is not retried (it may
 * have been delivered, and a retry could post the reply twice).
 */
import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

export type ConnectorClientOptions = NonNullable<ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[4]>;

export const DEFAULT_CONNECTOR_TIMEOUT_MS = 10_000;

interface WebResourceLike {
  timeout: number;
}
interface RequestPolicy {
  sendRequest(request: WebResourceLike): Promise<unknown>;
}

export function connectorClientOptions(timeoutMs: number = DEFAULT_CONNECTOR_TIMEOUT_MS): ConnectorClientOptions {
  const timeoutPolicy = {
    create: (next: RequestPolicy): RequestPolicy => ({
      sendRequest(request) {
        if (!request.timeout || request.timeout > timeoutMs) request.timeout = timeoutMs;
        return next.sendRequest(request);
      },
    }),
  };
  return { requestPolicyFactories: [timeoutPolicy] } as unknown as ConnectorClientOptions;
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
