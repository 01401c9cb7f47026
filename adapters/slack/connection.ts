/**
 * Is the Socket Mode connection up right now? Bolt's SocketModeClient reconnects by itself when the
 * socket drops (Slack refreshes connections, networks fail), so "started" is not "connected": follow
 * its events. `connected` is emitted when Slack says hello on a socket; every other transition
 * (a dropped socket's `close`, then `reconnecting`, `connecting`; `disconnecting`/`disconnected`)
 * means no events can arrive until the next hello.
 */
import type { SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../src/log.js';

type SocketModeClient = SocketModeReceiver['client'];

/** Client events that mean "no usable connection" until the next `connected`. */
const DOWN_EVENTS = ['close', 'connecting', 'reconnecting', 'disconnecting', 'disconnected'] as const;

export interface SocketConnection {
  up(): boolean;
}

export function trackSocketConnection(client: SocketModeClient, logger: Logger): SocketConnection {
  let up = false;
  client.on('connected', () => {
    if (!up) logger.info({ op: 'socket-mode' }, 'Socket Mode connected');
    up = true;
  });
  for (const event of DOWN_EVENTS) {
    client.on(event, () => {
      if (up) logger.warn({ op: 'socket-mode', event }, 'Socket Mode connection lost; the client reconnects by itself');
      up = false;
    });
  }
  return { up: () => up };
}
