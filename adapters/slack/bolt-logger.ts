/**
 * Bolt (and its Web API / Socket Mode clients) log through this bridge into classbot's pino logger.
 * Bolt's debug output includes request bodies (user text, candidate profiles), so it is never let below `info`.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/log.js';

export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ channel: 'slack', component: 'bolt' });
  let name = 'bolt';
  const emit =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...msg: unknown[]) => {
      if (level === 'debug') return; // see above: bodies, never logged
      const err = msg.find((m): m is Error => m instanceof Error);
      const text = msg
        .filter((m) => !(m instanceof Error))
        .map((m) => (typeof m === 'string' ? m : m && typeof m === 'object' ? '[object]' : String(m)))
        .join(' ')
        .slice(0, 500);
      log[level]({ source: name, ...(err ? { err } : {}) }, text || err?.message || '');
    };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: (n: string) => {
      name = n;
    },
  };
}
