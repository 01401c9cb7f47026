/**
 * Signed but malformed payloads (an event_callback without an event, an interaction without a user…) make Bolt throw
 * before any listener runs; its default answer is a 500. They are the sender's fault, so answer 400 instead, and
 * keep 500 for real failures.
 */
import { AuthorizationError, HTTPModuleFunctions } from '@slack/bolt';
import type { Logger } from '../../src/log.js';

type ErrorArgs = HTTPModuleFunctions.ReceiverProcessEventErrorHandlerArgs;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The minimum shape Bolt needs to route a payload. */
export function looksLikeSlackPayload(body: unknown): boolean {
  if (!isObject(body)) return false;
  if (typeof body.command === 'string') return true;
  if (body.type === 'event_callback') return isObject(body.event) && typeof body.event.type === 'string';
  if (typeof body.type === 'string' && /^(block_actions|view_submission|view_closed|shortcut|message_action|block_suggestion)$/.test(body.type))
    return isObject(body.user) && typeof body.user.id === 'string';
  return typeof body.type === 'string';
}

export function processEventErrorHandler(logger: Logger) {
  return async (args: ErrorArgs): Promise<boolean> => {
    const { error, request, response } = args;
    if (!response.headersSent && !(error instanceof AuthorizationError) && !looksLikeSlackPayload((request as { body?: unknown }).body)) {
      logger.warn({ channel: 'slack', op: 'malformed', error: error.message.slice(0, 120) }, 'malformed Slack payload refused');
      response.writeHead(400);
      response.end();
      return false;
    }
    return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
  };
}
