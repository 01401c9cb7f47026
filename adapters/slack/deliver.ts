/**
 * Getting a message to the user despite a misbehaving far end.
 *
 * Web API calls go through Bolt's WebClient, which already retries (429 after Retry-After, 5xx, timeouts) per the
 * retryConfig set in ./app.ts. Bolt's respond() does not retry, so response_url posts use `postToResponseUrl` below
 * (same policy: honour Retry-After, retry 5xx and timeouts a few times). If a target still fails, the next target is
 * tried (e.g. response_url → chat.postEphemeral); if the full answer cannot be posted anywhere, a short plain notice is
 * tried so the user is told; if even that fails, it is logged. Nothing here throws.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/log.js';
import { renderNotice, type SlackMessage } from './render/index.js';

type WebClient = webApi.WebClient;

export interface RetryPolicy {
  /** Attempts after the first. */
  retries: number;
  /** First backoff delay (doubles each attempt) when the far end gives no Retry-After. */
  minDelayMs: number;
  /** Per-request timeout. */
  timeoutMs: number;
  /** Never wait longer than this for a Retry-After. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, minDelayMs: 500, timeoutMs: 10_000, maxRetryAfterMs: 30_000 };

/** One place an answer can go. */
export interface Target {
  name: string;
  post(message: SlackMessage): Promise<void>;
  /** This place's own version of the answer (e.g. without "Share in channel" in a DM, where there is nothing to share into). */
  message?: SlackMessage;
}

/** The same target, posting its own version of the answer. */
export const withMessage = (target: Target, message: SlackMessage): Target => ({ ...target, message });

class HttpStatusError extends Error {
  constructor(readonly status: number, readonly retryAfterMs?: number) {
    super(`HTTP ${status}`);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** POST a message to a response_url, retrying like the WebClient does. */
export async function postToResponseUrl(url: string, body: object, policy: RetryPolicy): Promise<void> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= policy.retries; attempt++) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(policy.timeoutMs),
        redirect: 'error',
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) return;
      const retryAfter = Number(res.headers.get('retry-after'));
      const error = new HttpStatusError(res.status, Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : undefined);
      if (res.status !== 429 && res.status < 500) throw Object.assign(error, { final: true });
      lastError = error;
    } catch (error) {
      if ((error as { final?: boolean }).final) throw error;
      lastError = error; // network error or timeout: retry
    }
    if (attempt < policy.retries) {
      const hinted = lastError instanceof HttpStatusError ? lastError.retryAfterMs : undefined;
      await sleep(Math.min(hinted ?? policy.minDelayMs * 2 ** attempt, policy.maxRetryAfterMs));
    }
  }
  throw lastError;
}

export const responseUrlTarget = (
  url: string,
  policy: RetryPolicy,
  extra: { response_type?: 'ephemeral' | 'in_channel'; replace_original?: boolean } = {},
): Target => ({
  name: 'response_url',
  post: (m) =>
    postToResponseUrl(url, { response_type: 'ephemeral', replace_original: false, ...extra, text: m.text, blocks: m.blocks }, policy),
});

export const channelTarget = (client: WebClient, channel: string, threadTs?: string): Target => ({
  name: 'chat.postMessage',
  post: async (m) => {
    await client.chat.postMessage({ channel, text: m.text, blocks: m.blocks, ...(threadTs ? { thread_ts: threadTs } : {}) });
  },
});

export const ephemeralTarget = (client: WebClient, channel: string, user: string, threadTs?: string): Target => ({
  name: 'chat.postEphemeral',
  post: async (m) => {
    await client.chat.postEphemeral({ channel, user, text: m.text, blocks: m.blocks, ...(threadTs ? { thread_ts: threadTs } : {}) });
  },
});

/** A DM from the app (posting to a user id lands in the app's Messages tab). */
export const dmTarget = (client: WebClient, user: string): Target => ({ ...channelTarget(client, user), name: 'dm' });

const describe = (error: unknown): string => {
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number; status?: number; message?: string };
  return String(e?.data?.error ?? e?.statusCode ?? e?.status ?? e?.code ?? e?.message ?? error).slice(0, 120);
};

const NOTICE =
  "Sorry, I couldn't post my answer here (Slack reported an error). Please try again in a moment.";

/**
 * Post `message` to the first target that accepts it; if none does, post a short notice; if that fails too, log.
 * Returns the name of the target that took the full answer, or undefined.
 */
export async function deliver(targets: Target[], message: SlackMessage, logger: Logger, op: string): Promise<string | undefined> {
  for (const target of targets) {
    try {
      await target.post(target.message ?? message);
      return target.name;
    } catch (error) {
      logger.warn({ channel: 'slack', op, target: target.name, error: describe(error) }, 'could not post answer; trying the next way');
    }
  }
  const notice = renderNotice(NOTICE);
  for (const target of targets) {
    try {
      await target.post(notice);
      logger.error({ channel: 'slack', op, target: target.name }, 'answer not delivered; user told');
      return undefined;
    } catch {
      // try the next one
    }
  }
  logger.error({ channel: 'slack', op }, 'answer not delivered and user could not be told');
  return undefined;
}

/**
 * Let the event loop run once after ack(): the acknowledgement is written to Slack before the (synchronous) engine
 * work starts, so a slow answer can never delay the ack past Slack's 3 seconds.
 */
export const afterAck = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
